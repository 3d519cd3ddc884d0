package org.grassroots.planner.rules;

import static org.grassroots.planner.rules.RuleEngineTest.FY2023;
import static org.grassroots.planner.rules.RuleEngineTest.OUTREACH;
import static org.grassroots.planner.rules.RuleEngineTest.SHIPPED;
import static org.grassroots.planner.rules.RuleEngineTest.THEMES;
import static org.grassroots.planner.rules.RuleEngineTest.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check never reports success when the rules could not finish: a consequence that throws, a rule that
 * loops, rules that take too long. Each throwaway rule folder is made in the test's temp dir.
 */
class RuleFailureTest {
    private static final String HEADER = """
            package t
            import org.grassroots.planner.model.Initiative
            """;

    /** A rule whose consequence throws (the id is not a number): line 3 of boom.drl. */
    private static final String BOOM = HEADER + """
            rule "T-BOOM"
            when
                $i : Initiative()
            then
                int n = Integer.parseInt( $i.getId() );
            end
            """;

    /** A rule that updates the fact it matched, without no-loop: it fires forever. Line 4 of loop.drl. */
    private static final String LOOP = HEADER + """

            rule "T-LOOP"
            when
                $i : Initiative( budgetJpy > 5000000 )
            then
                update( $i );
            end
            """;

    /**
     * A loop whose every firing takes tens of milliseconds (arithmetic: a rule may not read the clock, System is a
     * forbidden call): the firing limit would take minutes, the timeout stops it.
     */
    private static final String SLOW = HEADER + """
            rule "T-SLOW"
            when
                $i : Initiative()
            then
                double x = 1;
                for ( int k = 0; k < 20000000; k++ ) { x = Math.sqrt( x + k ); }
                if ( x > 0 ) { update( $i ); }
            end
            """;

    private static RuleSet rules(Path dir, String file, String text) throws IOException, RuleSetException {
        Files.writeString(dir.resolve(file), text);
        return RuleEngine.compile(dir);
    }

    /** @return what the work printed on System.err */
    private static String stderrOf(Executable work) throws Throwable {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            work.execute();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRuleThatThrowsFailsTheCheckNamingTheRuleItsFileAndLineAndTheCause(@TempDir Path dir) throws Throwable {
        RuleSet rules = rules(dir, "boom.drl", BOOM);
        String location = dir.resolve("boom.drl") + ":3";
        assertEquals(location, rules.location("T-BOOM"));
        List<RuleFailureException> thrown = new ArrayList<>();
        String stderr = stderrOf(() -> thrown.add(assertThrows(RuleFailureException.class,
                () -> RuleEngine.check(rules, List.of(clean("A").build()), FY2023, THEMES, OUTREACH))));
        RuleFailureException e = thrown.get(0);
        assertEquals("T-BOOM", e.getRuleName());
        assertEquals(location, e.getLocation());
        assertInstanceOf(NumberFormatException.class, e.getCause());
        assertEquals("rule \"T-BOOM\" (" + location + ") failed: NumberFormatException: For input string: \"A\"", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("", stderr, "nothing printed");
        assertThrows(RuleFailureException.class, () -> RuleEngine.checkInAnyOrder(rules, List.of(clean("A").build()), FY2023, THEMES, OUTREACH));
        assertThrows(RuleFailureException.class, () -> RuleEngine.open(rules, List.of(clean("A").build()), FY2023, THEMES, OUTREACH));
    }

    @Test
    void aConditionThatThrowsFailsTheCheckToo(@TempDir Path dir) throws Throwable {
        RuleSet rules = rules(dir, "condition.drl", HEADER + """
                rule "T-BAD-CONDITION"
                when
                    Initiative( Integer.parseInt( id ) > 0 )
                then
                end
                """);
        List<RuleFailureException> thrown = new ArrayList<>();
        String stderr = stderrOf(() -> thrown.add(assertThrows(RuleFailureException.class,
                () -> RuleEngine.check(rules, List.of(clean("A").build()), FY2023, THEMES, OUTREACH))));
        RuleFailureException e = thrown.get(0);
        assertEquals("T-BAD-CONDITION", e.getRuleName(), e.getMessage());
        assertEquals(dir.resolve("condition.drl") + ":3", e.getLocation());
        assertInstanceOf(NumberFormatException.class, e.getCause(), e.getMessage());
        assertEquals("rule \"T-BAD-CONDITION\" (" + e.getLocation() + ") failed in a condition: NumberFormatException: For input string:"
                + " \"A\"", e.getMessage());
        assertEquals("", stderr);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // only so that a broken limit fails instead of hanging the build
    void aRuleThatLoopsFailsTheCheckAtTheFiringLimitNamingTheRule(@TempDir Path dir) throws Throwable {
        RuleSet rules = rules(dir, "loop.drl", LOOP);
        List<Initiative> plan = List.of(clean("A").budgetJpy(6_000_000L).build(), clean("B").build());
        List<RuleFailureException> thrown = new ArrayList<>();
        String stderr = stderrOf(() -> thrown.add(assertThrows(RuleFailureException.class,
                () -> RuleEngine.check(rules, plan, FY2023, THEMES, OUTREACH))));
        RuleFiringLimitException e = assertInstanceOf(RuleFiringLimitException.class, thrown.get(0));
        assertEquals("T-LOOP", e.getRuleName());
        assertEquals(dir.resolve("loop.drl") + ":4", e.getLocation());
        long facts = plan.size() + 1 + FY2023.getMissions().size() + THEMES.size(); // initiatives, reference, missions, themes
        assertEquals(1_000 * (facts + 1), e.getLimit());
        assertEquals(RuleEngine.firingLimit(facts), e.getLimit());
        assertTrue(e.getMessage().startsWith("rule \"T-LOOP\" (" + e.getLocation() + ") fired last"), e.getMessage());
        assertTrue(e.getMessage().contains("9,000 firings"), e.getMessage()); // 8 facts: A, B, the reference, 3 missions, 2 themes
        assertEquals("", stderr);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSlowRuleFailsTheCheckWhenTheTimeRunsOut(@TempDir Path dir) throws Exception {
        RuleSet rules = rules(dir, "slow.drl", SLOW);
        RuleTimeoutException e = assertThrows(RuleTimeoutException.class,
                () -> RuleEngine.check(rules, List.of(clean("A").build()), FY2023, THEMES, OUTREACH, Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(1), e.getTimeout());
        assertEquals("T-SLOW", e.getRuleName());
        assertEquals(dir.resolve("slow.drl") + ":3", e.getLocation());
        assertTrue(e.getMessage().startsWith("the rules did not finish within 1 s"), e.getMessage());
    }

    @Test
    void theShippedRulesFinishWithinTheLimitsAndSayWhereEachRuleIs() throws Exception {
        RuleSet shipped = RuleEngine.compile(SHIPPED);
        List<Finding> findings = RuleEngine.check(shipped, List.of(clean("A").partners(List.of()).build(),
                clean("B").mission("cg-houston").states(List.of("TX")).build()), FY2023, THEMES, OUTREACH, Duration.ofSeconds(60));
        assertTrue(findings.stream().map(Finding::getRule).toList().contains("AP2-NO-PARTNER"), findings.toString());
        assertTrue(findings.stream().allMatch(f -> shipped.location(f.getRule()) != null), "every finding's rule is located");
        assertThrows(IllegalArgumentException.class, () -> RuleEngine.check(shipped, List.of(), FY2023, THEMES, OUTREACH, Duration.ZERO));
        List<String> budget = Files.readAllLines(SHIPPED.resolve("budget.drl"));
        assertEquals(SHIPPED.resolve("budget.drl") + ":" + (budget.stream().filter(l -> l.startsWith("rule \"BUDGET-OVER-CAP\"")).findFirst().map(budget::indexOf).orElseThrow() + 1),
                shipped.location("BUDGET-OVER-CAP"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aLiveSessionThatFailsKeepsItsLastGoodFindingsAndMustBeReopened(@TempDir Path dir) throws Exception {
        copyShipped(dir);
        RuleSet looping = rules(dir, "loop.drl", LOOP);
        RuleSet shippedOnly = RuleEngine.compile(RuleEngineTest.contractRules());
        List<FindingsChange> heard = new ArrayList<>();
        RuleSession session = RuleEngine.open(looping, List.of(clean("A").build(), clean("B").mission("cg-houston")
                .states(List.of("TX")).build()), FY2023, THEMES, OUTREACH);
        try {
            session.addListener(heard::add);
            session.update(clean("A").partners(List.of()).build());
            List<Finding> good = session.findings();
            assertEquals(List.of("AP2-NO-PARTNER"), good.stream().map(Finding::getRule).toList());
            heard.clear();

            Initiative big = clean("A").partners(List.of()).budgetJpy(6_000_000L).build();
            RuleFiringLimitException e = assertThrows(RuleFiringLimitException.class, () -> session.update(big));
            assertEquals("T-LOOP", e.getRuleName());
            assertTrue(session.isFailed());
            assertSame(e, session.failure());
            assertEquals(good, session.findings(), "the last good findings");
            assertEquals(List.of(), heard, "the listeners heard nothing of the failed evaluation");
            assertTrue(session.initiatives().contains(big), "the edit is kept for the reopening");
            assertThrows(IllegalStateException.class, () -> session.update(clean("A").build()));
            assertThrows(IllegalStateException.class, () -> session.remove("B"));

            assertThrows(RuleFiringLimitException.class, () -> session.reopen(session.ruleSet()), "the same rules fail again");
            assertTrue(session.isFailed(), "and the failed session stays as it was");

            RuleSession next = session.reopen(shippedOnly);
            try {
                assertFalse(next.isFailed());
                assertNull(next.failure());
                assertEquals(List.of("BUDGET-MISSION-SHARE", "AP2-NO-PARTNER"), next.findings().stream().map(Finding::getRule).toList());
                assertEquals(1, heard.size());
                assertEquals(List.of("BUDGET-MISSION-SHARE"), heard.get(0).added().stream().map(Finding::getRule).toList());
                assertEquals(List.of(), heard.get(0).removed(), "the change since the last good findings");
                next.update(clean("A").build());
                assertEquals(List.of(), next.findings());
            } finally {
                next.close();
            }
        } finally {
            session.close();
        }
    }

    @Test
    void aSessionThatFailsToOpenThrows(@TempDir Path dir) throws Exception {
        RuleSet rules = rules(dir, "boom.drl", BOOM);
        RuleFailureException e = assertThrows(RuleFailureException.class,
                () -> RuleEngine.open(rules, List.of(clean("A").build()), FY2023, THEMES, OUTREACH, Duration.ofSeconds(30)));
        assertEquals("T-BOOM", e.getRuleName());
    }

    private static void copyShipped(Path target) throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().matches(".*\\.(drl|dslr|dsl)")
                    && !RuleEngineTest.JUDGEMENTS.contains(p.getFileName().toString()))::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
