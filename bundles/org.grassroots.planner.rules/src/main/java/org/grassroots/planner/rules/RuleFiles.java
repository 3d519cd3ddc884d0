package org.grassroots.planner.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * The rule files of a folder as the engine and the verifier read them: {@code .drl} files as they are, and
 * {@code .dslr} files (rules written in the phrases of the folder's {@code .dsl} files, English or Japanese) expanded
 * to DRL by Drools' own DSL expander. An expanded file keeps the lines of its source: Drools merges a
 * {@code - constraint} line into the pattern above it, and the lines it takes away are given back blank, so a
 * diagnostic's line and a rule's location are those the rule author sees.
 */
final class RuleFiles {
    /** The file types the engine compiles. */
    static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".dslr");
    }

    static boolean isDsl(Path file) {
        return file.getFileName().toString().endsWith(".dsl");
    }

    /**
     * The folder's rule files as DRL.
     *
     * @param drl the DRL text of each rule file, sorted by file ({@code .dslr} files expanded)
     * @param sources the text of each file as written (rule and {@code .dsl} files)
     * @param problems the {@code .dsl} files' errors, each with file and line
     * @param unexpanded by {@code .dslr} file, the lines no phrase matched (passed on as DRL), with their text
     */
    record Read(Map<Path, String> drl, Map<Path, String> sources, List<Diagnostic> problems,
            Map<Path, Map<Integer, String>> unexpanded) {
    }

    private RuleFiles() {
    }

    /** @return the rule files ({@code .drl}, {@code .dslr}) and phrase files ({@code .dsl}) of the folder, sorted */
    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> isRuleFile(p) || isDsl(p)).sorted().toList();
        }
    }

    /**
     * Reads the folder, with these unsaved texts in place of (or beside) the files on disk.
     *
     * @param unsaved texts by absolute, normalized file
     */
    static Read read(Path folder, Map<Path, String> unsaved) throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        for (Path file : list(folder)) {
            String text = unsaved.get(file.toAbsolutePath().normalize());
            sources.put(file, text != null ? text : Files.readString(file, StandardCharsets.UTF_8));
        }
        unsaved.forEach((file, text) -> {
            if ((isRuleFile(file) || isDsl(file))
                    && sources.keySet().stream().noneMatch(f -> f.toAbsolutePath().normalize().equals(file))) {
                sources.put(file, text);
            }
        });
        List<Diagnostic> problems = new ArrayList<>();
        DefaultExpander expander = new DefaultExpander();
        boolean phrases = false;
        for (Map.Entry<Path, String> e : sources.entrySet()) {
            if (!isDsl(e.getKey())) {
                continue;
            }
            DSLTokenizedMappingFile dsl = new DSLTokenizedMappingFile();
            if (dsl.parseAndLoad(new StringReader(e.getValue()))) {
                expander.addDSLMapping(dsl.getMapping());
                phrases = true;
            } else {
                dsl.getErrors().forEach(err -> problems.add(dslProblem(e.getKey(), err)));
            }
        }
        Map<Path, String> drl = new LinkedHashMap<>();
        Map<Path, Map<Integer, String>> unexpanded = new LinkedHashMap<>();
        for (Map.Entry<Path, String> e : sources.entrySet()) {
            Path file = e.getKey();
            if (file.getFileName().toString().endsWith(".drl")) {
                drl.put(file, e.getValue());
            } else if (file.getFileName().toString().endsWith(".dslr")) {
                if (!phrases) {
                    problems.add(new Diagnostic(file.toString(), null, 1, 1,
                            "a .dslr file needs the phrases of a .dsl file in the rules folder, and there is none"));
                    continue;
                }
                String expanded = expander.expand(new StringReader(e.getValue()));
                drl.put(file, aligned(e.getValue(), expanded));
                Map<Integer, String> missed = new TreeMap<>();
                for (ExpanderException error : expander.getErrors()) {
                    String message = error.getMessage();
                    int at = message.indexOf("Unable to expand:");
                    if (at >= 0) {
                        String line = message.substring(at + "Unable to expand:".length()).strip();
                        if (looksLikeAPhrase(line)) { // not a line of DRL that the expander rightly left alone
                            linesOf(e.getValue(), line).forEach(n -> missed.put(n, line));
                        }
                    }
                }
                expander.getErrors().clear();
                unexpanded.put(file, missed);
            }
        }
        return new Read(drl, sources, problems, unexpanded);
    }

    private static Diagnostic dslProblem(Path file, KnowledgeBuilderResult error) {
        int[] lines = error.getLines();
        return new Diagnostic(file.toString(), null, lines != null && lines.length > 0 ? lines[0] : 0, 1, error.getMessage());
    }

    /**
     * @return whether a line the expander left alone was meant as a phrase: a condition line ({@code - …}), or words
     *         without the parentheses, colons, operators and semicolons of DRL
     */
    static boolean looksLikeAPhrase(String stripped) {
        return stripped.startsWith("-") || !stripped.matches(".*[()\\[\\]{}:;=<>!\"].*");
    }

    /** @return the 1-based numbers of the lines whose text, stripped, is this */
    private static Set<Integer> linesOf(String text, String stripped) {
        Set<Integer> out = new TreeSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(stripped)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /**
     * The expanded text with the source's line numbers: lines the expander left alike anchor the two texts (their
     * longest common subsequence); between two anchors, the expanded lines take the first source lines of the gap and
     * the rest are blank (a pattern with its {@code -} lines, a block comment, become fewer lines).
     */
    static String aligned(String source, String expanded) {
        List<String> in = source.lines().toList();
        List<String> out = new ArrayList<>(expanded.lines().toList());
        while (out.size() > in.size() && !out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        int n = in.size();
        int m = out.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = in.get(i).equals(out.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> result = new ArrayList<>(n);
        int i = 0;
        int j = 0;
        List<String> pending = new ArrayList<>();
        int gap = 0;
        while (i < n || j < m) {
            if (i < n && j < m && in.get(i).equals(out.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
                flush(result, pending, gap);
                pending.clear();
                gap = 0;
                result.add(out.get(j));
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                pending.add(out.get(j++));
            } else {
                gap++;
                i++;
            }
        }
        flush(result, pending, gap);
        return String.join("\n", result) + "\n";
    }

    private static void flush(List<String> result, List<String> expandedLines, int sourceLines) {
        if (expandedLines.size() <= sourceLines) {
            result.addAll(expandedLines);
            for (int k = expandedLines.size(); k < sourceLines; k++) {
                result.add("");
            }
        } else { // more lines than the source had (a phrase expanding to several lines): joined onto the gap's lines
            for (int k = 0; k < sourceLines; k++) {
                result.add(k < sourceLines - 1 ? expandedLines.get(k)
                        : String.join(" ", expandedLines.subList(k, expandedLines.size())));
            }
            if (sourceLines == 0 && !expandedLines.isEmpty()) {
                if (result.isEmpty()) {
                    result.add(String.join(" ", expandedLines));
                } else {
                    int last = result.size() - 1;
                    result.set(last, result.get(last) + " " + String.join(" ", expandedLines));
                }
            }
        }
    }
}
