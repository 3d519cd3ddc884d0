package org.grassroots.planner.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one DRL file, to place Drools' diagnostics: which rule encloses a line, and a real
 * column where Drools reports none (0), found from the token its message quotes.
 */
final class DrlSource {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern EXTENDS = Pattern.compile("\\bextends\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.$]+)");

    private final List<String> lines;

    DrlSource(String text) {
        this.lines = text.lines().toList();
    }

    /** @return the package the file declares, or "" if none is found */
    String packageName() {
        for (String text : lines) {
            Matcher m = PACKAGE.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    /** @return the 1-based line of each rule's {@code rule "NAME"} declaration, by name, in the order of the file */
    java.util.Map<String, Integer> ruleLines() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = RULE.matcher(lines.get(i));
            if (m.find()) {
                out.putIfAbsent(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3), i + 1);
            }
        }
        return out;
    }

    /** @return the names of the rules that a rule of this file extends */
    java.util.Set<String> parents() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String text : lines) {
            if (RULE.matcher(text).find()) {
                Matcher m = EXTENDS.matcher(text);
                if (m.find()) {
                    out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
        }
        return out;
    }

    /** @return the text of the rule declared on this 1-based line, to its {@code end} line (included) */
    String ruleText(int line) {
        StringBuilder out = new StringBuilder();
        for (int i = line - 1; i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
            if (i > line - 1 && lines.get(i).strip().equals("end")) {
                break;
            }
        }
        return out.toString();
    }

    /** @return the name of the rule that this 1-based line is in, or null */
    String ruleAt(int line) {
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            String text = lines.get(i);
            Matcher m = RULE.matcher(text);
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            }
            if (i < line - 1 && text.strip().equals("end")) {
                return null;
            }
        }
        return null;
    }

    /**
     * @return Drools' column when it has one (1-based), else the column of the token the message
     *         quotes on that line, else the first non-blank column of the line
     */
    int column(int line, int droolsColumn, String message) {
        if (droolsColumn > 0) {
            return droolsColumn;
        }
        if (line < 1 || line > lines.size()) {
            return 1;
        }
        String text = lines.get(line - 1);
        Matcher m = QUOTED.matcher(message == null ? "" : message);
        while (m.find()) {
            int at = text.indexOf(m.group(1));
            if (at >= 0) {
                return at + 1;
            }
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first + 1;
    }
}
