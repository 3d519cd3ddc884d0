package org.grassroots.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Budgets whose sum is beyond the range of long: the documents' totals saturate, never turn negative. */
class HugeBudgetsTest {
    private static final long HUGE = 9_200_000_000_000_000_000L;

    @Test
    void totalsOfHugeBudgetsAreNeverNegativeAndTheCapFindingIsThere() throws Exception {
        List<Initiative> plan = List.of(Plans.initiative("C-1", 2023, "cg-chicago", HUGE).build(),
                Plans.initiative("C-2", 2023, "cg-chicago", HUGE).build());
        ProposalContent c = ProposalContent.prepare(Plans.rules(), plan, 2023, null, ReferenceData.shipped().referenceFor(2023),
                Plans.names(), Map.of(), Plans.AT);
        assertEquals(Long.MAX_VALUE, c.plannedJpy());
        assertEquals(Long.MAX_VALUE, c.yearBudgetJpy());
        assertEquals(List.of(new ProposalContent.Total("cg-chicago", 2, Long.MAX_VALUE)), c.byMission());
        assertTrue(c.byKind().get(0).budgetJpy() > 0);
        assertTrue(c.byState().get("IL")[1] > 0);
        assertTrue(c.remainingJpy() < 0, "over the cap");
        assertTrue(c.years().stream().allMatch(y -> y.plannedJpy() == null || y.plannedJpy() >= 0));
        assertTrue(c.findings().stream().anyMatch(f -> f.finding().getRule().equals("BUDGET-OVER-CAP")));
        String html = new String(HtmlReport.write(c, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(html.contains("9,223,372,036,854,775,807"), "the saturated total");
        assertTrue(!html.contains("46,744,073,709,551,616"), "no wrapped total (2 × 9.2e18 − 2^64)");
    }
}
