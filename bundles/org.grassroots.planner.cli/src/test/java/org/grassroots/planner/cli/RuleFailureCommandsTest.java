package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ProposalState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check that cannot finish never reports success: a rule that throws, a rule that loops and a check that
 * runs out of time end every command with exit 2 and one line naming the rule, writing nothing.
 */
class RuleFailureCommandsTest {
    private static final String HEADER = "package failing\nimport org.grassroots.planner.model.Initiative\n\n";

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();


    private int planner(String... args) {
        return run.planner(args);
    }

    private String stderr() {
        return run.stderr();
    }

    private String plan() throws Exception {
        Path file = dir.resolve("sample-fy2023-plan.csv");
        if (!Files.exists(file)) {
            try (InputStream in = ReferenceData.openSample("sample-fy2023-plan.csv")) {
                Files.copy(in, file);
            }
        }
        return file.toString();
    }

    /** @return a copy of the shipped rules with one more file */
    private String rulesWith(String name, String drl) throws Exception {
        Path rules = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(ShippedRules.folder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(rules.resolve("failing.drl"), HEADER + drl);
        return rules.toString();
    }

    private void assertOneLineNaming(String rule) {
        String text = stderr().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("\"" + rule + "\"") && text.contains("failing.drl:4"), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
    }

    @Test
    void aRuleThatThrowsEndsTheCheckWithExitTwoNamingItAndWritesNothing() throws Exception {
        String rules = rulesWith("throwing", "rule \"THROWS\"\nwhen\n    $i : Initiative( )\nthen\n"
                + "    throw new IllegalStateException(\"boom\");\nend\n");
        Path report = dir.resolve("report.json");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan(), "--rules", rules, "--format", "json", "--out",
                report.toString()));
        assertOneLineNaming("THROWS");
        assertTrue(stderr().contains("boom"), stderr());
        assertFalse(Files.exists(report), "nothing written");
        assertEquals("", run.stdout());

        // propose and export fail closed the same way: nothing proposed, nothing written
        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, planner("import", "--plan", plan(), "--db", url));
        assertEquals(Planner.BAD_INPUT, planner("propose", "--fy", "2023", "--mission", "cg-denver", "--db", url, "--rules", rules));
        assertOneLineNaming("THROWS");
        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(ProposalState.DRAFT, store.proposals().get(2023, "cg-denver").state());
        }
        Path pdf = dir.resolve("p.pdf");
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--db", url, "--rules", rules, "--format", "pdf",
                "--out", pdf.toString()));
        assertOneLineNaming("THROWS");
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aRuleThatLoopsEndsAtTheFiringLimitWithExitTwo() throws Exception {
        String rules = rulesWith("looping", "rule \"LOOPS\"\nwhen\n    $i : Initiative( )\nthen\n    update( $i );\nend\n");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan(), "--rules", rules));
        // its update( $i ) wakes the other rules too: the one that fired last is named, with the limit
        String text = stderr().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("limit of") && text.contains("firings") && text.contains(".drl:"), text);
    }

    /**
     * Runs out of time on any machine, however loaded, and names the rule: the rule never comes to rest (each firing
     * updates its initiative, so it fires again, and its salience puts it before every other rule, first firing
     * included), each firing is busy for a while (a rule may not read the clock nor sleep: System and Thread are
     * forbidden calls), and the firing limit (1,000 × (facts + 1) firings, each one busy) lies hundreds of seconds
     * past the 1 s of --timeout. One initiative: nothing but inserting it (milliseconds) comes before the first
     * firing, so the time runs out while the rule fires, never before. No wall-clock time is asserted.
     */
    @Test
    void aCheckThatRunsOutOfTimeEndsWithExitTwo() throws Exception {
        String rules = rulesWith("slow", "rule \"SLOW\" salience 1000000\nwhen\n    $i : Initiative( )\nthen\n"
                + "    double x = 1;\n    for ( int k = 0; k < 20000000; k++ ) { x = Math.sqrt( x + k ); }\n"
                + "    if ( x > 0 ) { update( $i ); }\nend\n");
        List<String> sample = Files.readAllLines(Path.of(plan()));
        Path one = dir.resolve("one-initiative.csv");
        Files.write(one, List.of(sample.get(0), sample.stream().filter(l -> l.startsWith("SAMPLE-002,")).findFirst().orElseThrow()));
        // 3 s, not 1: on a loaded machine (load 13 seen) starting the session took over a second before SLOW first fired
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", one.toString(), "--rules", rules, "--timeout", "3"));
        String text = stderr().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("within 3 s") && text.contains("\"SLOW\"") && text.contains("failing.drl:4"), text);
        assertEquals("", run.stdout());
    }
}
