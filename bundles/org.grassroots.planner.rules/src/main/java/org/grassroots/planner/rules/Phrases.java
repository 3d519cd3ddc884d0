package org.grassroots.planner.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;

/**
 * The phrases of a rules folder's {@code .dsl} files, as Drools' own DSL reader ({@link DSLTokenizedMappingFile})
 * reads them, for the tools of a rule author (the DRL editor's completion and colours): each phrase as written, where
 * it may be used, the DRL it stands for, and the pattern by which Drools' expander recognises it in a line. No Drools
 * type is in this API.
 */
public final class Phrases {
    /** Where a phrase may be written: in a rule's conditions, its consequence, anywhere, or as a keyword. */
    public enum Scope {
        CONDITION, CONSEQUENCE, ANY, KEYWORD
    }

    /**
     * One phrase.
     *
     * @param text the phrase as written in the {@code .dsl} file, with its {@code {name}} placeholders (a phrase that
     *            adds a constraint to the pattern above it starts with {@code -})
     * @param drl what it stands for
     * @param pattern how Drools' expander finds the phrase in a line (placeholders as groups)
     * @param variables the names of the placeholders, in the order of the pattern's groups
     * @param file the {@code .dsl} file that holds it
     * @param line the 1-based line of the file that holds it (0 if not found)
     */
    public record Phrase(Scope scope, String text, String drl, Pattern pattern, List<String> variables, Path file,
            int line) {
        /** @return whether the phrase is written in the conditions ({@link Scope#CONDITION} or {@link Scope#ANY}) */
        public boolean inConditions() {
            return scope == Scope.CONDITION || scope == Scope.ANY;
        }

        /** @return whether the phrase is written in a consequence ({@link Scope#CONSEQUENCE} or {@link Scope#ANY}) */
        public boolean inConsequence() {
            return scope == Scope.CONSEQUENCE || scope == Scope.ANY;
        }

        /** @return whether the phrase adds a constraint to the pattern above it (it starts with {@code -}) */
        public boolean isConstraint() {
            return text.startsWith("-");
        }
    }

    /** A {@code .dsl} file that does not read as phrases: the file, the line (0 if unknown) and what is wrong. */
    public record Problem(Path file, int line, String message) {
    }

    /** The phrases of a folder, and the problems of its {@code .dsl} files. */
    public record Read(List<Phrase> phrases, List<Problem> problems) {
    }

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]*)\\](?:\\s*\\[[^\\]]*\\])?(.*)$");

    private Phrases() {
    }

    /** @return the phrases of the folder's {@code .dsl} files (its sub-folders' too, as the engine reads them) */
    public static Read of(Path folder) throws IOException {
        return of(folder, Map.of());
    }

    /**
     * @param unsaved texts of {@code .dsl} files (an editor's unsaved text) in place of the files on disk, by file
     * @return the phrases of the folder's {@code .dsl} files, sorted by file, each file's in its order
     */
    public static Read of(Path folder, Map<Path, String> unsaved) throws IOException {
        Map<Path, String> texts = new HashMap<>();
        unsaved.forEach((f, t) -> texts.put(f.toAbsolutePath().normalize(), t));
        List<Phrase> phrases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Read(phrases, problems);
        }
        for (Path file : RuleFiles.list(folder)) {
            if (RuleFiles.isDsl(file)) {
                String text = texts.get(file.toAbsolutePath().normalize());
                Read read = parse(file, text != null ? text : Files.readString(file, StandardCharsets.UTF_8));
                phrases.addAll(read.phrases());
                problems.addAll(read.problems());
            }
        }
        return new Read(List.copyOf(phrases), List.copyOf(problems));
    }

    /** @return the phrases of one {@code .dsl} text */
    public static Read parse(Path file, String text) {
        List<Phrase> phrases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        DSLTokenizedMappingFile dsl = new DSLTokenizedMappingFile();
        try {
            if (!dsl.parseAndLoad(new StringReader(text))) {
                dsl.getErrors().forEach(e -> {
                    int[] lines = e.getLines();
                    problems.add(new Problem(file, lines != null && lines.length > 0 ? lines[0] : 0, e.getMessage()));
                });
                return new Read(phrases, problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(file, 0, String.valueOf(e.getMessage())));
            return new Read(phrases, problems);
        }
        List<String> lines = text.lines().toList();
        int from = 0;
        for (DSLMappingEntry entry : dsl.getMapping().getEntries()) {
            String key = entry.getMappingKey().strip();
            List<String> variables = new ArrayList<>(entry.getVariables().keySet());
            variables.sort((a, b) -> Integer.compare(entry.getVariables().get(a), entry.getVariables().get(b)));
            int line = lineOf(lines, key, from);
            if (line > 0) {
                from = line;
            }
            phrases.add(new Phrase(scope(entry.getSection()), key, entry.getMappingValue().strip(),
                    entry.getKeyPattern(), List.copyOf(variables), file, line));
        }
        return new Read(phrases, problems);
    }

    private static Scope scope(DSLMappingEntry.Section section) {
        if (section == DSLMappingEntry.CONDITION) {
            return Scope.CONDITION;
        }
        if (section == DSLMappingEntry.CONSEQUENCE) {
            return Scope.CONSEQUENCE;
        }
        return section == DSLMappingEntry.KEYWORD ? Scope.KEYWORD : Scope.ANY;
    }

    /** @return the 1-based line, from the given 0-based index on, whose phrase (between the section and "=") is this */
    private static int lineOf(List<String> lines, String key, int from) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? from : 0; i < lines.size(); i++) {
                Matcher m = SECTION.matcher(lines.get(i));
                if (m.matches()) {
                    String rest = m.group(2);
                    int eq = rest.indexOf('=');
                    if (eq >= 0 && rest.substring(0, eq).strip().equals(key)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }
}
