package org.grassroots.planner.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

    @Test
    void theSameSeedGivesTheSamePlan() {
        List<Initiative> a = PlanGenerator.generate(2_000, 42, 2023);
        assertEquals(a, PlanGenerator.generate(2_000, 42, 2023));
        assertNotEquals(a, PlanGenerator.generate(2_000, 43, 2023));
        assertEquals(2_000, a.stream().map(Initiative::getId).distinct().count());
    }

    @Test
    void plansUseKnownCodesAndCarryFlawsForTheRules() {
        ReferenceData data = ReferenceData.shipped();
        List<Initiative> plan = PlanGenerator.generate(10_000, 7, 2023);
        assertTrue(plan.stream().allMatch(i -> data.mission(i.getMission()) != null
                && i.getStates().stream().allMatch(data::isKnownTarget)));
        assertTrue(plan.stream().anyMatch(i -> i.getThemes().isEmpty()));
        assertTrue(plan.stream().anyMatch(i -> i.getBudgetJpy() == null));
        assertTrue(plan.stream().anyMatch(i -> i.getStatus() == Status.CANCELLED));
        assertTrue(plan.stream().anyMatch(i -> i.getEndDate().isBefore(i.getStartDate())));
    }
}
