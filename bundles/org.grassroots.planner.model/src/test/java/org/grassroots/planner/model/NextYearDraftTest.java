package org.grassroots.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class NextYearDraftTest {

    private static Initiative.Builder fy2023(String id) {
        return Initiative.builder().id(id).fiscalYear(2023).mission("cg-chicago").titleJa("草の根キャラバン")
                .kind(Kind.OTHER).themes(List.of("climate-energy")).states(List.of("ND")).budgetJpy(1_500_000L)
                .status(Status.DONE);
    }

    @Test
    void carriesEveryInitiativeButTheCancelledOnesIntoTheNextYearAsDrafts() {
        Initiative caravan = fy2023("CHI-007").startDate(LocalDate.of(2023, 9, 1)).endDate(LocalDate.of(2024, 2, 29))
                .build();
        Initiative undated = fy2023("NYC-001-FY2023").build();
        Initiative cancelled = fy2023("NYC-002").status(Status.CANCELLED).build();

        List<Initiative> draft = NextYearDraft.of(List.of(caravan, undated, cancelled), 2024);

        assertEquals(List.of("CHI-007-FY2024", "NYC-001-FY2024"), draft.stream().map(Initiative::getId).toList());
        Initiative next = draft.get(0);
        assertEquals(2024, next.getFiscalYear());
        assertEquals(Status.DRAFT, next.getStatus());
        assertEquals(LocalDate.of(2024, 9, 1), next.getStartDate());
        assertEquals(LocalDate.of(2025, 2, 28), next.getEndDate(), "29 February has no twin in 2025");
        assertEquals(caravan.getTitleJa(), next.getTitleJa());
        assertEquals(caravan.getBudgetJpy(), next.getBudgetJpy());
        assertEquals(caravan.getThemes(), next.getThemes());
        assertEquals(null, draft.get(1).getStartDate());
    }
}
