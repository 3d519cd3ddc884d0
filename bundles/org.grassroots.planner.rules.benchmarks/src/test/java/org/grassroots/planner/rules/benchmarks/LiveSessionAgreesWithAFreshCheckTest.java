package org.grassroots.planner.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSession;
import org.grassroots.planner.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule, the reviewer's judgements included, in a live session: after each random edit the session holds
 * exactly the findings of a fresh check of the plan as it now is. The statistics those judgements compare with (a
 * kind's median, the major missions, the states not reached for three years, last year's work) are brought up to
 * date only for what an edit touches; this holds them to what a full recount gives.
 */
class LiveSessionAgreesWithAFreshCheckTest {
    private static final Path SHIPPED = Path.of(System.getProperty("planner.rules.dir", "../../rules"));

    @Test
    void everyShippedRuleAgreesWithAFreshCheckAfterEveryRandomEdit() throws Exception {
        RuleSet every = RuleEngine.compile(SHIPPED);
        List<Theme> themes = ReferenceData.shipped().themes();
        Set<String> outreach = ReferenceData.shipped().outreachStates();
        Set<String> fired = new TreeSet<>();
        for (long seed : new long[] { 5, 13 }) {
            Map<String, Initiative> plan = new LinkedHashMap<>();
            // a small plan (some states of the missions' jurisdictions stay unreached) that holds the two years before
            RandomPlans.mixedYears(80, seed).forEach(i -> plan.put(i.getId(), i));
            PlanGenerator.generate(10, seed + 2, 2021).forEach(i -> plan.put("Y21-" + i.getId(), i.toBuilder().id("Y21-" + i.getId()).build()));
            FiscalYearReference ref = seed == 5 ? RandomPlans.narrowReference(seed) : RandomPlans.shippedReference();
            RandomEdits edits = new RandomEdits(seed, themes);
            try (RuleSession session = RuleEngine.open(every, plan.values(), ref, themes, outreach)) {
                for (int n = 0; n < 300; n++) {
                    String what = edits.apply(plan, session);
                    List<Finding> fresh = RuleEngine.check(every, plan.values(), ref, themes, outreach);
                    assertEquals(fresh, session.findings(), "seed " + seed + ", edit " + n + " (" + what + ")");
                    fresh.forEach(f -> fired.add(f.getRule()));
                }
            }
        }
        for (String judgement : List.of("STATE-NOT-REACHED-3Y", "POLICY-WORKERS-MAJOR-MISSION", "KIND-THEME-MISMATCH",
                "REPEAT-WITHOUT-RESULTS", "BUDGET-MISSION-SHARE")) {
            assertTrue(fired.contains(judgement), judgement + " among the findings compared: " + fired);
        }
    }
}
