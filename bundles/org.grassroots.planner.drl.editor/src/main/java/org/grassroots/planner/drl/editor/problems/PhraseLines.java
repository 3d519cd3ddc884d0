package org.grassroots.planner.drl.editor.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.grassroots.planner.rules.Diagnostic;
import org.grassroots.planner.rules.Phrases.Phrase;

/**
 * Puts the errors of a {@code .dslr} file on the line a rule author meant as a phrase when no phrase matches it. Drools
 * reads such a line as DRL and often reports the error on another line (the {@code then} below a condition phrase that
 * is not one, or the pattern above a constraint phrase a phrase matched only in part, as {@code - パートナーがいないよ});
 * the line meant as a phrase is the one to mark.
 */
public final class PhraseLines {
    private static final Pattern SECTION = Pattern.compile("^\\s*(when|then|end)\\b");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private PhraseLines() {
    }

    /**
     * @param diagnostics the file's diagnostics
     * @param text the file's text
     * @param phrases the phrases of its folder
     * @return the diagnostics, each error that the engine did not place on a phrase line moved to the nearest line of
     *         its rule's conditions or consequence that is meant as a phrase (it starts with {@code -} or holds
     *         Japanese words outside strings) and that no phrase matches in full, naming that line
     */
    public static List<Diagnostic> placed(List<Diagnostic> diagnostics, String text, List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            return diagnostics;
        }
        String[] lines = text.split("\r?\n", -1);
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            int at = d.line() - 1;
            if (d.message().startsWith("no phrase") || at < 0 || at >= lines.length) {
                out.add(d);
                continue;
            }
            boolean onKeyword = SECTION.matcher(lines[at]).find();
            int start = at - 1;
            while (start >= 0 && !SECTION.matcher(lines[start]).find()) {
                start--;
            }
            int end = at;
            if (!onKeyword) {
                while (end + 1 < lines.length && !SECTION.matcher(lines[end + 1]).find()) {
                    end++;
                }
            }
            if (start < 0 || lines[start].strip().startsWith("end")) {
                out.add(d); // not inside a rule's conditions or consequence
                continue;
            }
            int best = -1;
            for (int i = start + 1; i <= end; i++) {
                if (!SECTION.matcher(lines[i]).find() && meantAsPhrase(lines[i]) && !matched(lines[i], phrases)
                        && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) {
                    best = i;
                }
            }
            if (best < 0) {
                out.add(d);
                continue;
            }
            String written = lines[best].strip();
            int column = lines[best].indexOf(written) + 1;
            out.add(new Diagnostic(d.file(), d.rule(), best + 1, column, "no phrase of the .dsl files matches \"" + written
                    + "\" (read as DRL: " + d.message() + ")"));
        }
        return out;
    }

    /** @return whether a line looks meant as a phrase: it starts with {@code -}, or has non-ASCII letters outside strings */
    static boolean meantAsPhrase(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("//") || s.startsWith("#")) {
            return false;
        }
        if (s.startsWith("-")) {
            return true;
        }
        String code = STRING.matcher(s).replaceAll("\"\"");
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        return code.codePoints().anyMatch(c -> c > 127 && Character.isLetter(c));
    }

    /** @return whether a phrase matches the whole line (its indentation aside), as Drools' expander matches phrases */
    static boolean matched(String line, List<Phrase> phrases) {
        String s = line.strip();
        return phrases.stream().anyMatch(p -> p.pattern().matcher(s).matches());
    }
}
