package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleTestResult;
import org.grassroots.planner.rules.RuleTests;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.ruletests.RuleTestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planner test-rules}: the shipped rule tests pass (so {@code ./mvnw verify} fails when one
 * does not), and a failing test is named with the finding that was missing or unexpected.
 */
class TestRulesCommandTest {
    private static final List<String> CONTRACT_RULES = List.of("AP2-NO-PRIORITY-THEME", "AP2-UNKNOWN-THEME",
            "AP2-NO-PARTNER", "REGION-OUTSIDE-PRIORITY", "REGION-OUTSIDE-JURISDICTION", "BUDGET-OVER-CAP",
            "BUDGET-MISSION-SHARE", "DATA-NO-BUDGET", "DATA-INVALID-DATES", "COVERAGE-UNCOVERED-STATE", "REGION-PRIORITY-SHARE");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private int planner(String... args) {
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One JUnit test per shipped rule test, so that a failure shows under the rule test's name. */
    @TestFactory
    Stream<DynamicTest> eachShippedRuleTestPasses() throws Exception {
        RuleSet rules = RuleEngine.compile(ShippedRules.folder());
        RuleTestFiles.Suite suite = RuleTestFiles.readAll(ShippedRules.folder().resolve("tests"));
        assertEquals(List.of(), suite.broken());
        assertTrue(suite.tests().size() >= 10, suite.tests().toString());
        return suite.tests().stream().map(test -> DynamicTest.dynamicTest(test.name(), () -> {
            RuleTestResult r = RuleTests.run(rules, test);
            assertTrue(r.passed(), () -> test.name() + ": missing " + r.missing() + ", unexpected " + r.unexpected()
                    + ", wrong facts " + r.wrongFacts() + ", problems " + r.problems());
        }));
    }

    @Test
    void theShippedTestsPassAndEveryContractRuleFires() {
        assertEquals(Planner.OK, planner("test-rules"), stdout() + err.toString(StandardCharsets.UTF_8));
        String text = stdout();
        assertTrue(text.contains("0 failed"), text);
        assertTrue(text.contains("Every rule fired at least once."), text);
        for (String rule : CONTRACT_RULES) {
            assertTrue(text.lines().anyMatch(l -> l.strip().startsWith(rule + " ") && !l.strip().endsWith(" 0")), rule + "\n" + text);
        }
    }

    @Test
    void aMissingAndAnUnexpectedFindingFailTheTestByName() throws Exception {
        Path rules = copyShippedRules();
        Path expected = rules.resolve("tests/no-partner/expected.csv");
        Files.writeString(expected, Files.readString(expected).replace("P-NONE", "P-ONE"));
        assertEquals(Planner.ERROR_FINDINGS, planner("test-rules", "--rules", rules.toString()));
        String text = stdout();
        assertTrue(text.contains("FAIL no-partner"), text);
        assertTrue(text.contains("missing finding:    AP2-NO-PARTNER info initiative=P-ONE (expected.csv line 2)"), text);
        assertTrue(text.contains("unexpected finding: AP2-NO-PARTNER info initiative=P-NONE: P-NONE has no partner."), text);
        assertTrue(text.contains("PASS clean-plan"), text);
        assertTrue(text.contains("1 failed"), text);
    }

    @Test
    void aFactWithAnotherValueIsNamed() throws Exception {
        Path rules = copyShippedRules();
        Path expected = rules.resolve("tests/budget-over-cap/expected.csv");
        Files.writeString(expected, Files.readString(expected).replace("10500000", "10400000"));
        assertEquals(Planner.ERROR_FINDINGS, planner("test-rules", "--rules", rules.toString()));
        assertTrue(stdout().contains("wrong fact of BUDGET-OVER-CAP error (the year): total_jpy is \"10500000\", expected \"10400000\" (expected.csv line 2)"),
                stdout());
    }

    @Test
    void aRuleThatNoTestMakesFireIsReported() throws Exception {
        Path rules = copyShippedRules();
        Files.writeString(rules.resolve("extra.drl"), String.join("\n",
                "package extra",
                "import org.grassroots.planner.model.Initiative",
                "import org.grassroots.planner.model.Severity",
                "import org.grassroots.planner.rules.Findings",
                "rule \"DATA-TITLE-TOO-LONG\"",
                "when",
                "    $i : Initiative( titleJa.length() > 500 )",
                "then",
                "    Findings.report( drools, Findings.initiative( \"DATA-TITLE-TOO-LONG\", Severity.INFO, $i ) );",
                "end", ""));
        assertEquals(Planner.OK, planner("test-rules", "--rules", rules.toString()));
        assertTrue(stdout().contains("Rules that never fired: DATA-TITLE-TOO-LONG"), stdout());
    }

    @Test
    void anUnreadableTestFailsWithFileLineAndColumn() throws Exception {
        Path rules = copyShippedRules();
        Path expected = rules.resolve("tests/no-budget/expected.csv");
        Files.writeString(expected, Files.readString(expected).replace("DATA-NO-BUDGET,warning,N-ZERO", "DATA-NO-BUDGET,warn,N-ZERO"));
        assertEquals(Planner.ERROR_FINDINGS, planner("test-rules", "--rules", rules.toString()));
        assertTrue(stdout().contains("FAIL no-budget"), stdout());
        assertTrue(stdout().contains(expected + ":3:2: unknown severity \"warn\""), stdout());
    }

    @Test
    void rulesThatDoNotCompileOrNoTestsExitTwo() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("no-tests"));
        Files.copy(ShippedRules.folder().resolve("phrases.dsl"), rules.resolve("phrases.dsl"));
        Files.copy(ShippedRules.folder().resolve("themes.dslr"), rules.resolve("themes.dslr"));
        assertEquals(Planner.BAD_INPUT, planner("test-rules", "--rules", rules.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no rule tests in"), err.toString(StandardCharsets.UTF_8));

        Files.writeString(rules.resolve("broken.drl"), "package x\nrule \"R\"\nwhen\n    Strin( )\nthen\nend\n");
        assertEquals(Planner.BAD_INPUT, planner("test-rules", "--rules", rules.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(rules.resolve("broken.drl") + ":4:"));
        assertFalse(stdout().contains("PASS"));
    }

    @Test
    void japaneseReport() {
        Locale.setDefault(Locale.JAPANESE);
        assertEquals(Planner.OK, planner("test-rules"));
        assertTrue(stdout().contains("失敗 0 件"), stdout());
        assertTrue(stdout().contains("すべてのルールが一度以上発火しました。"), stdout());
    }

    private Path copyShippedRules() throws IOException {
        Path source = ShippedRules.folder();
        Path target = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
