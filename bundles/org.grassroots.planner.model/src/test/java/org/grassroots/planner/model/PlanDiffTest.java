package org.grassroots.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The diff on a constructed pair of plans: the previous year against this one, and a snapshot against now. */
class PlanDiffTest {

    private static Initiative.Builder i(String id, int year, String title, Long budget) {
        return Initiative.builder().id(id).fiscalYear(year).mission("cg-chicago").titleJa(title).kind(Kind.JAPAN_EVENT)
                .themes(List.of("digital")).states(List.of("IL")).startDate(LocalDate.of(year, 6, 1)).budgetJpy(budget)
                .status(Status.DRAFT);
    }

    @Test
    void budgetTotalsBeyondTheRangeOfLongSaturateInsteadOfTurningNegative() {
        long huge = 9_200_000_000_000_000_000L;
        PlanDiff d = PlanDiff.sinceSnapshot(List.of(i("A", 2023, "一", 1L).build()),
                List.of(i("A", 2023, "一", huge).build(), i("B", 2023, "二", huge).build()));
        assertEquals(1L, d.budgetBeforeJpy());
        assertEquals(Long.MAX_VALUE, d.budgetAfterJpy());
        assertEquals(huge - 1, d.budgetChanged().get(0).budgetDeltaJpy());
    }

    @Test
    void sinceThePreviousYear() {
        List<Initiative> fy2022 = List.of(
                i("A-22", 2022, "草の根キャラバン", 3_000_000L).build(),
                i("B-22", 2022, "日本食PRイベント", 1_000_000L).build(), // not continued: dropped
                i("C-22", 2022, "ウェビナー", 500_000L).build(), // continued with the same budget
                i("D-22", 2022, "中止された案件", 900_000L).status(Status.CANCELLED).build()); // not in the plan
        List<Initiative> fy2023 = List.of(
                i("A-23", 2023, "草の根キャラバン", 3_500_000L).build(), // same title: budget +500,000
                i("C-23", 2023, "ウェビナー", 500_000L).build(),
                i("E-23", 2023, "新規シンポジウム", 2_000_000L).build(), // added
                i("F-23", 2023, "中止された案件", 700_000L).status(Status.CANCELLED).build()); // cancelled: not added

        PlanDiff d = PlanDiff.sincePreviousYear(fy2022, fy2023);

        assertEquals(List.of("E-23"), d.added().stream().map(Initiative::getId).toList());
        assertEquals(List.of("B-22"), d.dropped().stream().map(Initiative::getId).toList());
        assertEquals(1, d.budgetChanged().size());
        assertEquals("A-22", d.budgetChanged().get(0).before().getId());
        assertEquals("A-23", d.budgetChanged().get(0).after().getId());
        assertEquals(500_000, d.budgetChanged().get(0).budgetDeltaJpy());
        assertTrue(d.otherwiseChanged().isEmpty(), "the continued webinar is the same apart from its year");
        assertEquals(4_500_000, d.budgetBeforeJpy());
        assertEquals(6_000_000, d.budgetAfterJpy());
    }

    @Test
    void sinceTheSnapshotMatchesById() {
        Initiative a = i("A", 2023, "草の根キャラバン", 3_000_000L).build();
        Initiative b = i("B", 2023, "日本食PRイベント", null).build();
        Initiative c = i("C", 2023, "ウェビナー", 500_000L).build();
        List<Initiative> snapshot = List.of(a, b, c);
        List<Initiative> now = List.of(
                a.toBuilder().budgetJpy(2_000_000L).build(), // budget −1,000,000
                b.toBuilder().budgetJpy(800_000L).build(), // from no budget to 800,000
                c.toBuilder().status(Status.CANCELLED).build(), // cancelled: dropped
                i("D", 2023, "草の根キャラバン", 3_000_000L).build(), // same title, other id: added (ids match here)
                a.toBuilder().id("A2").titleJa("別件").startDate(LocalDate.of(2023, 7, 1)).budgetJpy(100L).build());

        PlanDiff d = PlanDiff.sinceSnapshot(snapshot, now);

        assertEquals(List.of("A2", "D"), d.added().stream().map(Initiative::getId).toList());
        assertEquals(List.of("C"), d.dropped().stream().map(Initiative::getId).toList());
        assertEquals(List.of(-1_000_000L, 800_000L), d.budgetChanged().stream().map(PlanDiff.Change::budgetDeltaJpy).toList());
        assertTrue(PlanDiff.sinceSnapshot(snapshot, snapshot).isEmpty());
        Initiative moved = a.toBuilder().startDate(LocalDate.of(2023, 8, 1)).build();
        assertEquals(1, PlanDiff.sinceSnapshot(List.of(a), List.of(moved)).otherwiseChanged().size());
    }
}
