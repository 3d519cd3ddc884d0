package org.grassroots.planner.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Checks a rule set itself, not a plan: what {@code planner verify-rules} reports, each problem with its rule and
 * file:line. The calls a rule may make are the rule API and the model: a call to the system, threads, files, the
 * network, reflection or class loading anywhere in a rules file is a {@linkplain #forbiddenCalls forbidden call},
 * and {@link RuleEngine#compile} refuses such a rule set as it refuses one that does not compile.
 * <p>
 * The conditions are read with Drools' DRL parser (an internal API: the public KIE API gives compiled rules, not
 * their conditions).
 */
public final class RuleVerifier {
    /** What is wrong. */
    public enum Kind {
        /** a call to something other than the rule API and the model; {@code detail} names it */
        FORBIDDEN_CALL,
        /** the rule's own conditions include all of another's; {@code detail} is the other rule and its file:line */
        REPEATED_CONDITIONS,
        /** a string in a condition that is no known code; {@code detail} is the string */
        UNKNOWN_CODE,
        /** no rule test makes the rule fire */
        NO_TEST_FIRES,
        /** no message for the rule in {@code messages.properties} ({@code detail} "en") or {@code messages_ja.properties} ("ja") */
        NO_MESSAGE
    }

    /** One problem of a rule set: {@code rule} may be null for a problem outside any rule (an import, a function). */
    public record Problem(Kind kind, String rule, String file, int line, String detail) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + kind + " " + detail;
        }
    }

    /** The names that a rules file may not mention: the system, threads, files, the network, reflection, class loading. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bSystem\\s*\\.\\s*\\w+|\\bRuntime\\b|\\bProcessBuilder\\b|\\bProcess\\b|\\bThread\\b|\\bThreadLocal\\b"
                    + "|\\bExecutors?\\b|\\bExecutorService\\b|\\bForkJoinPool\\b|\\bCompletableFuture\\b|\\bTimer\\b"
                    + "|\\bClass\\s*\\.\\s*forName\\b|\\.\\s*getClass\\s*\\(|\\bgetDeclared\\w*\\s*\\(|\\bgetMethods?\\s*\\("
                    + "|\\bgetFields?\\s*\\(|\\bsetAccessible\\s*\\(|\\bnewInstance\\s*\\(|\\bClassLoader\\b|\\bMethodHandles?\\b"
                    + "|\\bjava\\s*\\.\\s*(?:io|nio|net|lang\\s*\\.\\s*reflect|lang\\s*\\.\\s*invoke|util\\s*\\.\\s*concurrent)\\b"
                    + "|\\bjavax\\s*\\.\\s*(?:net|naming|script|management)\\b|\\bFiles\\b|\\bPaths\\b|\\bFile\\b"
                    + "|\\bFile(?:Input|Output)Stream\\b|\\bFile(?:Reader|Writer)\\b|\\bRandomAccessFile\\b|\\bSocket\\b"
                    + "|\\bServerSocket\\b|\\bDatagramSocket\\b|\\bURL\\b|\\bURLConnection\\b|\\bURI\\b|\\bHttpClient\\b"
                    + "|\\bInetAddress\\b|\\bScriptEngine\\w*\\b");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private RuleVerifier() {
    }


    /** @return the forbidden calls of these rule files' texts, by file */
    public static List<Problem> forbiddenCalls(Map<Path, String> texts) {
        List<Problem> out = new ArrayList<>();
        texts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String code = blank(e.getValue());
            DrlSource source = new DrlSource(e.getValue());
            Matcher m = FORBIDDEN.matcher(code);
            while (m.find()) {
                int line = lineOf(code, m.start());
                out.add(new Problem(Kind.FORBIDDEN_CALL, source.ruleAt(line), e.getKey().toString(), line,
                        m.group().replaceAll("\\s+", "")));
            }
        });
        return out;
    }

    /** @return the forbidden calls of the folder's rule files ({@code .dslr} files as their phrases expand) */
    public static List<Problem> forbiddenCalls(Path folder) throws IOException {
        return forbiddenCalls(RuleFiles.read(folder, Map.of()).drl());
    }

    /**
     * Every problem of the folder's rules but those that need the rule tests run (see {@link #notFired}).
     *
     * @param knownCodes every code a condition may name: themes, states ({@code US} too), missions, kinds, formats,
     *            statuses, severities
     */
    public static List<Problem> verify(Path folder, Set<String> knownCodes) throws IOException {
        RuleFiles.Read read = RuleFiles.read(folder, Map.of());
        Map<Path, String> drl = read.drl();
        List<Problem> out = new ArrayList<>(forbiddenCalls(drl));
        Map<String, Own> rules = new LinkedHashMap<>();
        Set<String> parents = new LinkedHashSet<>();
        for (Map.Entry<Path, String> entry : drl.entrySet()) {
            Path file = entry.getKey();
            String text = entry.getValue();
            DrlSource source = new DrlSource(text);
            parents.addAll(source.parents());
            PackageDescr descr;
            try {
                descr = new DrlParser().parse(false, text);
            } catch (Exception e) {
                continue; // a file that does not parse is RuleEngine.compile's to report
            }
            if (descr == null) {
                continue;
            }
            Map<String, Integer> lines = source.ruleLines();
            for (RuleDescr rule : descr.getRules()) {
                int line = lines.getOrDefault(rule.getName(), rule.getLine());
                Set<String> own = new TreeSet<>();
                collect(rule.getLhs(), own);
                rules.putIfAbsent(rule.getName(), new Own(rule.getName(), file.toString(), line, own, rule.getParentName()));
                unknownCodes(file, rule.getName(), source.ruleText(line), line, knownCodes,
                        read.sources().getOrDefault(file, text).lines().toList(), out);
            }
        }
        for (Own a : rules.values()) {
            for (Own b : rules.values()) {
                if (a == b || a.constraints.isEmpty() || b.constraints.isEmpty() || parents.contains(a.name)
                        || parents.contains(b.name) || !java.util.Objects.equals(a.parent, b.parent)) {
                    continue;
                }
                boolean same = a.constraints.equals(b.constraints);
                int order = a.file.equals(b.file) ? Integer.compare(a.line, b.line) : a.file.compareTo(b.file);
                if (same ? order > 0 : a.constraints.containsAll(b.constraints)) {
                    out.add(new Problem(Kind.REPEATED_CONDITIONS, a.name, a.file, a.line, b.name + " (" + b.file + ":" + b.line + ")"));
                }
            }
        }
        List<Diagnostic> matrixErrors = new ArrayList<>();
        Path matrix = folder.resolve(KindThemeMatrix.FILE);
        for (KindThemeMatrix.Cell cell : KindThemeMatrix.read(matrix, KindThemeMatrix.text(folder), matrixErrors)) {
            for (String code : List.of(cell.misfit().getKind(), cell.misfit().getTheme())) {
                if (!knownCodes.contains(code)) {
                    out.add(new Problem(Kind.UNKNOWN_CODE, null, matrix.toString(), cell.line(), '"' + code + '"'));
                }
            }
        }
        Properties en = properties(folder.resolve("messages.properties"));
        Properties ja = properties(folder.resolve("messages_ja.properties"));
        for (Own rule : rules.values()) {
            if (parents.contains(rule.name)) {
                continue;
            }
            if (!en.containsKey(rule.name)) {
                out.add(new Problem(Kind.NO_MESSAGE, rule.name, rule.file, rule.line, "en"));
            }
            if (!ja.containsKey(rule.name)) {
                out.add(new Problem(Kind.NO_MESSAGE, rule.name, rule.file, rule.line, "ja"));
            }
        }
        return out;
    }

    /** @return a problem for each of these rules that no rule test fires, at the rule's declaration */
    public static List<Problem> notFired(RuleSet rules, Collection<String> neverFired) {
        List<Problem> out = new ArrayList<>();
        for (String rule : neverFired) {
            String location = rules.location(rule);
            int colon = location == null ? -1 : location.lastIndexOf(':');
            out.add(new Problem(Kind.NO_TEST_FIRES, rule, colon < 0 ? String.valueOf(rules.folder()) : location.substring(0, colon),
                    colon < 0 ? 0 : Integer.parseInt(location.substring(colon + 1)), ""));
        }
        return out;
    }

    private record Own(String name, String file, int line, Set<String> constraints, String parent) {
    }

    /** Gathers the rule's own conditions: each constraint of each pattern as "Type: constraint", and their sources. */
    private static void collect(BaseDescr d, Set<String> out) {
        if (d == null) {
            return;
        }
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType();
            int before = out.size();
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    out.add(type + ": " + normal(e.getExpression()));
                }
            }
            if (p.getSource() instanceof FromDescr from) {
                out.add(type + " from " + normal(from.getDataSource().toString()));
            } else if (p.getSource() instanceof AccumulateDescr acc) {
                collect(acc.getInput(), out);
                acc.getFunctions().forEach(f -> out.add(type + " accumulate " + f.getFunction() + f.getParams().length));
            }
            if (out.size() == before) {
                out.add(type + "()");
            }
        } else if (d instanceof EvalDescr e) {
            out.add("eval " + normal(String.valueOf(e.getContent())));
        } else if (d instanceof ConditionalElementDescr ce) {
            String prefix = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
            if (prefix.equals("and")) {
                ce.getDescrs().forEach(x -> collect((BaseDescr) x, out));
            } else {
                Set<String> inner = new TreeSet<>();
                ce.getDescrs().forEach(x -> collect((BaseDescr) x, inner));
                out.add(prefix + " " + inner);
            }
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * @param written the file's lines as written: in a {@code .dslr} file a phrase's constraint lands on its pattern's
     *            line, and the code is said where it was written, the first line of the rule that holds it
     */
    private static void unknownCodes(Path file, String rule, String ruleText, int firstLine, Set<String> knownCodes,
            List<String> written, List<Problem> out) {
        int when = indexOfWord(ruleText, "when");
        int then = indexOfWord(ruleText, "then");
        if (when < 0 || then < when) {
            return;
        }
        String conditions = ruleText.substring(0, then);
        Matcher m = STRING.matcher(blankComments(conditions));
        while (m.find()) {
            if (m.start() < when) {
                continue; // the rule's name, extends, metadata
            }
            String literal = m.group(1);
            if (!knownCodes.contains(literal)) {
                int line = firstLine + lineOf(conditions, m.start()) - 1;
                Matcher word = Pattern.compile("(?<![\\w-])" + Pattern.quote(literal) + "(?![\\w-])").matcher("");
                for (int n = line; n <= Math.min(written.size(), firstLine + ruleText.lines().count()); n++) {
                    if (word.reset(written.get(n - 1)).find()) {
                        line = n;
                        break;
                    }
                }
                out.add(new Problem(Kind.UNKNOWN_CODE, rule, file.toString(), line, '"' + literal + '"'));
            }
        }
    }

    private static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\b").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return the text with comments blanked (lines kept) */
    private static String blankComments(String text) {
        StringBuilder b = new StringBuilder(text);
        int i = 0;
        boolean inString = false;
        while (i < b.length()) {
            char c = b.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"' || c == '\n') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
                while (i < b.length() && b.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
                continue;
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
                while (i < b.length() && !(b.charAt(i) == '*' && i + 1 < b.length() && b.charAt(i + 1) == '/')) {
                    if (b.charAt(i) != '\n') {
                        b.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < b.length()) {
                    b.setCharAt(i, ' ');
                    if (i + 1 < b.length()) {
                        b.setCharAt(i + 1, ' ');
                    }
                    i += 2;
                }
                continue;
            }
            i++;
        }
        return b.toString();
    }

    /** @return the text with comments and the insides of string literals blanked (lines kept) */
    private static String blank(String text) {
        String noComments = blankComments(text);
        StringBuilder b = new StringBuilder(noComments);
        Matcher m = STRING.matcher(noComments);
        while (m.find()) {
            for (int i = m.start(1); i < m.end(1); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
