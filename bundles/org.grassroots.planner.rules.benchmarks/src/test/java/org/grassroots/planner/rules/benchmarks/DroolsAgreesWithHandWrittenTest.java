package org.grassroots.planner.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSession;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential test: on random plans of several seeds and sizes, and after random edits in a
 * live session, the DRL rules of {@code mirrored/} (a frozen copy of the shipped contract rules, in the shipped
 * style: a parent rule, {@code @severity}, {@code Report}) and the hand-written checks make exactly the same
 * findings (rule, severity, subject and facts). The shipped rules are held to their behaviour by the rule tests.
 */
class DroolsAgreesWithHandWrittenTest {
    /** The frozen copy of the rules that {@link HandWrittenChecks} mirrors: a rule added to rules/ needs no Java. */
    static final Path MIRRORED = Path.of("mirrored");
    static RuleSet rules;
    static List<Theme> themes;
    static Set<String> outreach;

    @BeforeAll
    static void compile() throws RuleSetException {
        rules = RuleEngine.compile(MIRRORED);
        themes = ReferenceData.shipped().themes();
        outreach = ReferenceData.shipped().outreachStates();
    }

    private static void assertSameFindings(List<Finding> hand, List<Finding> drools, String what) {
        List<Finding> expected = new ArrayList<>(hand);
        expected.sort(RuleEngine.ORDER);
        if (!expected.equals(drools)) {
            Set<Finding> onlyHand = new HashSet<>(expected);
            drools.forEach(onlyHand::remove);
            Set<Finding> onlyDrools = new HashSet<>(drools);
            expected.forEach(onlyDrools::remove);
            assertEquals(expected, drools, what + ": only hand-written " + onlyHand.stream().limit(5).toList()
                    + ", only Drools " + onlyDrools.stream().limit(5).toList());
        }
    }

    @Test
    void fullChecksAgreeOnRandomPlans() {
        int compared = 0;
        for (long seed : new long[] { 1, 7, 42, 2023 }) {
            for (int size : new int[] { 1, 10, 200, 5_000 }) {
                List<Initiative> plan = RandomPlans.mixedYears(size, seed);
                for (FiscalYearReference ref : List.of(RandomPlans.shippedReference(), RandomPlans.narrowReference(seed))) {
                    List<Finding> drools = RuleEngine.check(rules, plan, ref, themes, outreach);
                    assertSameFindings(HandWrittenChecks.check(plan, ref, themes, outreach), drools,
                            "seed " + seed + ", " + size + " initiatives, reference " + ref.getPriorityStates());
                    compared += drools.size();
                }
            }
        }
        assertTrue(compared > 10_000, "the plans make findings to compare: " + compared);
    }

    @Test
    void everyRuleFiresOnTheRandomPlans() {
        List<Initiative> plan = RandomPlans.mixedYears(2_000, 5);
        Set<String> fired = new HashSet<>();
        RuleEngine.check(rules, plan, RandomPlans.narrowReference(5), themes, outreach).forEach(f -> fired.add(f.getRule()));
        RuleEngine.check(rules, PlanGenerator.generate(3, 5, 2023), RandomPlans.shippedReference(), themes, outreach)
                .forEach(f -> fired.add(f.getRule()));
        assertEquals(Set.copyOf(rules.ruleIds()), fired);
    }

    @Test
    void theOutreachStatesSpareInitiativesOnTheRandomPlans() {
        List<Initiative> plan = RandomPlans.mixedYears(2_000, 5);
        FiscalYearReference ref = RandomPlans.shippedReference();
        long with = outsidePriority(RuleEngine.check(rules, plan, ref, themes, outreach));
        long without = outsidePriority(RuleEngine.check(rules, plan, ref, themes, Set.of()));
        assertTrue(0 < with && with < without, "REGION-OUTSIDE-PRIORITY with the outreach states " + with + ", without " + without);
        assertEquals(without, outsidePriority(HandWrittenChecks.check(plan, ref, themes, Set.of())));
    }

    private static long outsidePriority(List<Finding> findings) {
        return findings.stream().filter(f -> f.getRule().equals("REGION-OUTSIDE-PRIORITY")).count();
    }

    @Test
    void aLiveSessionAgreesAfterEveryRandomEdit() {
        for (long seed : new long[] { 3, 11 }) {
            Map<String, Initiative> plan = new LinkedHashMap<>();
            RandomPlans.mixedYears(400, seed).forEach(i -> plan.put(i.getId(), i));
            FiscalYearReference ref = seed == 3 ? RandomPlans.narrowReference(seed) : RandomPlans.shippedReference();
            RandomEdits edits = new RandomEdits(seed, themes);
            try (RuleSession session = RuleEngine.open(rules, plan.values(), ref, themes, outreach)) {
                Set<Finding> heard = new HashSet<>(session.findings());
                session.addListener(change -> {
                    assertTrue(heard.containsAll(change.removed()), "removed findings were there");
                    heard.removeAll(change.removed());
                    heard.addAll(change.added());
                });
                for (int n = 0; n < 300; n++) {
                    String what = edits.apply(plan, session);
                    List<Finding> findings = session.findings();
                    assertSameFindings(HandWrittenChecks.check(plan.values(), ref, themes, outreach), findings,
                            "seed " + seed + ", edit " + n + " (" + what + ")");
                    assertEquals(new HashSet<>(findings), heard, "what the listener heard after edit " + n + " (" + what + ")");
                }
            }
        }
    }
}
