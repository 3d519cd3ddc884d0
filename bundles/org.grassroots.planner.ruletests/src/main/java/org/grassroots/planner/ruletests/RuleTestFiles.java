package org.grassroots.planner.ruletests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanImporter;
import org.grassroots.planner.importer.ReferenceImporter;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolver;
import org.grassroots.planner.rules.ExpectedFinding;
import org.grassroots.planner.rules.RuleTest;
import org.grassroots.planner.rules.RuleTestResult;

/**
 * Reads the rule tests kept beside the rules ({@code rules/tests/<name>/}): the plan through the
 * importer service for its format, the optional {@code reference.json} through the reference importer
 * service (else the suite's
 * {@code tests/reference.json}, else the shipped reference of the plan's newest year),
 * {@code expected.csv} and the optional {@code test.properties}. The format is described in
 * {@code rules/tests/README.md}. The command line ({@code planner test-rules}) and the workbench's Rule Tests view
 * read them here; {@link RuleTestRunner} reads and runs them.
 */
public final class RuleTestFiles {
    public static final String EXPECTED = "expected.csv";
    public static final String REFERENCE = "reference.json";
    public static final String PROPERTIES = "test.properties";
    private static final List<String> SUBJECT = List.of("rule", "severity", "initiative", "mission", "state");

    /** The tests that could be read, and the results of those that could not. */
    public record Suite(List<RuleTest> tests, List<RuleTestResult> broken) {
    }

    private RuleTestFiles() {
    }

    /** Reads every test folder of this folder (a folder with an {@code expected.csv}). */
    public static Suite readAll(Path testsFolder) throws IOException {
        List<RuleTest> tests = new ArrayList<>();
        List<RuleTestResult> broken = new ArrayList<>();
        for (Path dir : folders(testsFolder)) {
            try {
                tests.add(read(dir));
            } catch (BrokenTest e) {
                broken.add(RuleTestResult.broken(dir.getFileName().toString(), dir.toString(), e.problems()));
            }
        }
        return new Suite(tests, broken);
    }

    /** @return the test folders of this folder (those with an {@code expected.csv}), by name */
    public static List<Path> folders(Path testsFolder) throws IOException {
        try (Stream<Path> children = Files.list(testsFolder)) {
            return children.filter(d -> Files.isRegularFile(d.resolve(EXPECTED))).sorted().toList();
        }
    }

    public static RuleTest read(Path dir) throws BrokenTest {
        ImportedPlan plan = plan(dir);
        FiscalYearReference reference = reference(dir, plan.newestFiscalYear());
        Properties properties = properties(dir.resolve(PROPERTIES));
        List<String> scope = Arrays.stream(properties.getProperty("rules", "").split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        return new RuleTest(dir.getFileName().toString(), dir.toString(), properties.getProperty("description", ""),
                plan.initiatives(), reference, ReferenceData.shipped().themes(), ReferenceData.shipped().outreachStates(),
                expected(dir.resolve(EXPECTED)), scope);
    }

    private static ImportedPlan plan(Path dir) throws BrokenTest {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(dir)) {
            candidates = files.filter(f -> f.getFileName().toString().startsWith("plan.")).sorted().toList();
        } catch (IOException e) {
            throw new BrokenTest(dir + ": " + e.getMessage());
        }
        for (Path file : candidates) {
            PlanImporter importer = Importers.forFile(file);
            if (importer != null) {
                try {
                    return importer.read(file);
                } catch (ImportException e) {
                    throw new BrokenTest(e.getProblems().stream().map(ImportProblem::toString).toList());
                }
            }
        }
        throw new BrokenTest(Messages.get("no.plan", dir));
    }

    /**
     * @return the test's reference: its own {@code reference.json} (or the tests folder's), else the one the
     *         planning service would check the year against without a store (shipped, else carried over)
     */
    private static FiscalYearReference reference(Path dir, int newestYear) throws BrokenTest {
        FiscalYearReference file = null;
        for (Path candidate : List.of(dir.resolve(REFERENCE), dir.getParent().resolve(REFERENCE))) {
            if (Files.isRegularFile(candidate)) { // read as planner check --reference reads it
                ReferenceImporter importer = Importers.referenceImporter();
                if (importer == null) {
                    throw new BrokenTest(candidate + ": " + Messages.get("no.reference.reader"));
                }
                try {
                    file = importer.read(candidate);
                } catch (ImportException e) {
                    throw new BrokenTest(e.getProblems().stream().map(ImportProblem::toString).toList());
                }
                break;
            }
        }
        try {
            return ReferenceResolver.withoutStore().resolve(newestYear, file).reference();
        } catch (ReferenceResolver.NoReferenceException e) {
            throw new BrokenTest(file != null ? dir + ": " + e.getMessage() : Messages.get("no.reference", dir, newestYear));
        }
    }

    private static Properties properties(Path file) throws BrokenTest {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new BrokenTest(file + ": " + e.getMessage());
            }
        }
        return p;
    }

    public static List<ExpectedFinding> expected(Path file) throws BrokenTest {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BrokenTest(file + ": " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) { // as Excel writes UTF-8
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<ExpectedFinding> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("rule", "severity")) {
                if (!header.contains(required)) {
                    problems.add(file + ":1:1: " + Messages.get("missing.column", required));
                }
            }
            if (!problems.isEmpty()) {
                throw new BrokenTest(problems);
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String rule = row.get("rule");
                Severity severity = Severity.fromCode(row.get("severity"));
                if (rule.isEmpty()) {
                    problems.add(file + ":" + line + ":" + (header.indexOf("rule") + 1) + ": " + Messages.get("no.rule"));
                }
                if (severity == null) {
                    problems.add(file + ":" + line + ":" + (header.indexOf("severity") + 1) + ": "
                            + Messages.get("bad.severity", row.get("severity")));
                    continue;
                }
                Map<String, String> facts = new LinkedHashMap<>();
                for (String name : header) {
                    if (!SUBJECT.contains(name) && row.isSet(name) && !row.get(name).isEmpty()) {
                        facts.put(name, row.get(name));
                    }
                }
                out.add(new ExpectedFinding(rule, severity, cell(row, "initiative"), cell(row, "mission"),
                        cell(row, "state"), facts, line));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(file + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BrokenTest(problems);
        }
        return out;
    }

    private static String cell(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) && !row.get(column).isEmpty() ? row.get(column) : null;
    }

    /** A test whose files cannot be read, with every problem (file:line:column where known). */
    public static final class BrokenTest extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        BrokenTest(String problem) {
            this(List.of(problem));
        }

        BrokenTest(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        /** @return every problem, as file:line:column: message where the position is known */
        public List<String> problems() {
            return problems;
        }
    }
}
