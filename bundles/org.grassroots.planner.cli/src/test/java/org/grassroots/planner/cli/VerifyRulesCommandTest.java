package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code planner verify-rules}: each kind of problem of a rule set named with its rule and file:line; a rule set
 * with a forbidden call refused by every command that runs rules; {@code test-rules --format json|junit --out}.
 */
class VerifyRulesCommandTest {
    private static final String EXTRA = String.join("\n",
            "package rules",
            "",
            "import org.grassroots.planner.model.Initiative",
            "import org.grassroots.planner.rules.Report",
            "",
            "rule \"EXTRA-NO-PARTNER-AGAIN\" @severity(info)", // line 6
            "when",
            "    an active initiative of the year",
            "    - with no partner",
            "    - of kind food-pr",
            "then",
            "    report it",
            "end",
            "",
            "rule \"EXTRA-MARS\" @severity(info)", // line 15
            "when",
            "    an active initiative of the year",
            "    - targeting the state XX", // line 18
            "then",
            "    report it",
            "end",
            "");
    private static final String EXIT = String.join("\n",
            "package rules",
            "",
            "import org.grassroots.planner.model.Initiative",
            "import org.grassroots.planner.rules.Report",
            "",
            "rule \"AP2-NO-PARTNER-EXIT\" @severity(info)",
            "when",
            "    $i : Initiative( titleJa == \"x\" )",
            "then",
            "    System.exit( 3 );", // line 10
            "end",
            "");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private int planner(String... args) {
        out.reset();
        err.reset();
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path copyOfTheShippedRules() throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(ShippedRules.folder())) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(ShippedRules.folder().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return copy;
    }

    private String sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ReferenceData.openSample(name)) {
            Files.copy(in, file);
        }
        return file.toString();
    }

    @Test
    void theShippedRulesAreClean() {
        assertEquals(Planner.OK, planner("verify-rules"), stdout() + stderr());
        assertTrue(stdout().contains("have no problem"), stdout());
    }

    @Test
    void eachKindOfProblemIsNamedWithItsRuleAndFileLine() throws Exception {
        Path rules = copyOfTheShippedRules();
        Path extra = rules.resolve("extra.dslr");
        Files.writeString(extra, EXTRA);
        assertEquals(Planner.ERROR_FINDINGS, planner("verify-rules", "--rules", rules.toString()), stdout() + stderr());
        String text = stdout();
        List<String> expected = List.of(
                extra + ":6: rule \"EXTRA-NO-PARTNER-AGAIN\": its own conditions include all of those of AP2-NO-PARTNER (" + rules.resolve("themes.dslr"),
                extra + ":18: rule \"EXTRA-MARS\": the string \"XX\" in a condition is no known",
                extra + ":6: rule \"EXTRA-NO-PARTNER-AGAIN\": has no message in en",
                extra + ":15: rule \"EXTRA-MARS\": has no message in ja",
                extra + ":15: rule \"EXTRA-MARS\": no rule test makes it fire");
        for (String line : expected) {
            assertTrue(text.contains(line), line + "\n" + text);
        }
        assertFalse(text.contains("AP2-NO-PARTNER\": "), "the shipped rule is not the one to blame: " + text);
        assertTrue(text.contains("have 8 problem(s)"), text); // each rule: its messages, no test fires; and one more each
    }

    @Test
    void aForbiddenCallIsAProblemAndEveryCommandRefusesTheRuleSet() throws Exception {
        Path rules = copyOfTheShippedRules();
        Path exit = rules.resolve("exit.drl");
        Files.writeString(exit, EXIT);
        assertEquals(Planner.ERROR_FINDINGS, planner("verify-rules", "--rules", rules.toString()), stdout() + stderr());
        assertTrue(stdout().contains(exit + ":10: rule \"AP2-NO-PARTNER-EXIT\": calls System.exit"), stdout());
        assertTrue(stdout().contains("its rule tests were not run"), stdout());

        String plan = sample("one-row.csv");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan, "--rules", rules.toString()));
        assertTrue(stderr().contains(exit + ":10:1: rule \"AP2-NO-PARTNER-EXIT\": forbidden call System.exit"), stderr());
        assertEquals(Planner.BAD_INPUT, planner("test-rules", "--rules", rules.toString()));
        assertTrue(stderr().contains("forbidden call System.exit"), stderr());
        assertFalse(stdout().contains("PASS"), stdout());
        String url = org.grassroots.planner.store.PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, planner("import", "--plan", plan, "--db", url), stderr());
        assertEquals(Planner.BAD_INPUT, planner("propose", "--fy", "2023", "--mission", "cg-chicago", "--db", url,
                "--rules", rules.toString()), stdout() + stderr());
        assertTrue(stderr().contains("forbidden call System.exit"), stderr());
    }

    @Test
    void rulesThatDoNotCompileExitTwo() throws Exception {
        Path rules = copyOfTheShippedRules();
        Files.writeString(rules.resolve("broken.drl"), "package rules\nrule \"R\"\nwhen\n    Strin( )\nthen\nend\n");
        assertEquals(Planner.BAD_INPUT, planner("verify-rules", "--rules", rules.toString()));
        assertTrue(stderr().contains(rules.resolve("broken.drl") + ":4:"), stderr());
    }

    @Test
    void testRulesWritesJsonAndJUnitForCiSystems() throws Exception {
        Path json = dir.resolve("rule-tests.json");
        assertEquals(Planner.OK, planner("test-rules", "--format", "json", "--out", json.toString()), stderr());
        assertEquals("", stdout());
        JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(0, root.get("failed").getAsInt());
        assertTrue(root.get("tests").getAsInt() >= 10, root.toString());
        assertTrue(root.getAsJsonObject("coverage").get("REGION-PRIORITY-SHARE").getAsInt() > 0, root.toString());
        assertEquals(0, root.getAsJsonArray("never_fired").size());

        Path copy = copyOfTheShippedRules();
        Path expected = copy.resolve("tests").resolve("no-partner").resolve("expected.csv");
        Files.writeString(expected, Files.readString(expected).replace("P-NONE", "P-SOMEONE-ELSE"));
        Path xml = dir.resolve("rule-tests.xml");
        assertEquals(Planner.ERROR_FINDINGS, planner("test-rules", "--rules", copy.toString(), "--format", "junit",
                "--out", xml.toString()));
        String junit = Files.readString(xml);
        assertTrue(junit.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"rule tests\" tests=\""), junit);
        assertTrue(junit.contains("failures=\"1\""), junit);
        assertEquals(1, junit.split("<failure ", -1).length - 1, junit);
        String failure = junit.substring(junit.indexOf("<failure "), junit.indexOf("</failure>"));
        assertTrue(failure.contains("P-SOMEONE-ELSE") && failure.contains("P-NONE"), failure);
        assertTrue(junit.lastIndexOf("<testcase classname=\"rules.tests\" name=\"no-partner\">", junit.indexOf("<failure ")) >= 0, junit);

        assertEquals(Planner.BAD_INPUT, planner("test-rules", "--format", "yaml"));
        assertEquals(Planner.BAD_INPUT, planner("test-rules", "--rules", copy.toString(), "--out",
                expected.toString()), "an input is never the output");
    }
}
