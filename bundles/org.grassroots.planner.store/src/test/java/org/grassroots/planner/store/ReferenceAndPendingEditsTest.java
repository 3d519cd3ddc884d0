package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's edited reference, and pending edits written at once, survive reopening — or nothing does. */
class ReferenceAndPendingEditsTest {

    @TempDir
    Path dir;

    private static Initiative initiative(String id, String title) {
        return Initiative.builder().id(id).fiscalYear(2024).mission("cg-chicago").titleJa(title).kind(Kind.OTHER)
                .states(List.of("IL")).status(Status.DRAFT).build();
    }

    @Test
    void aSavedReferenceComesBackAfterReopeningAndReplacesTheOneBefore() {
        FiscalYearReference first = new FiscalYearReference(2024, 230_000_000L, 0.2, Set.of("digital", "covid-19"),
                Set.of("IL", "OH"), List.of(new Mission("cg-chicago", "在シカゴ総領事館", "Consulate-General in Chicago",
                        List.of("IL", "IN", "MN"))));
        FiscalYearReference second = new FiscalYearReference(2024, 210_000_000L, 0.25, Set.of("digital"), Set.of("TX"),
                List.of());
        String url = PlanStore.embeddedUrl(dir);
        try (PlanStore store = PlanStore.open(url)) {
            assertTrue(store.reference(2024).isEmpty(), "no reference saved yet");
            store.saveReference(first);
        }
        try (PlanStore store = PlanStore.open(url)) {
            FiscalYearReference back = store.reference(2024).orElseThrow();
            assertEquals(230_000_000L, back.getBudgetCapJpy());
            assertEquals(0.2, back.getMissionShareMax());
            assertEquals(Set.of("digital", "covid-19"), back.getPriorityThemes());
            assertEquals(Set.of("IL", "OH"), back.getPriorityStates());
            assertEquals(List.of("IL", "IN", "MN"), back.mission("cg-chicago").getStates());
            assertEquals("在シカゴ総領事館", back.mission("cg-chicago").getNameJa());
            assertEquals(FiscalYearReference.DEFAULT_PRIORITY_SHARE_MIN, back.getPriorityShareMin());
            store.saveReference(second);
            FiscalYearReference replaced = store.reference(2024).orElseThrow();
            assertEquals(210_000_000L, replaced.getBudgetCapJpy());
            assertEquals(Set.of("TX"), replaced.getPriorityStates());
            assertTrue(replaced.getMissions().isEmpty());
            assertTrue(store.reference(2023).isEmpty(), "other years untouched");
        }
    }

    @Test
    void theLeastShareReachingPriorityRegionsIsKeptAndAYearSavedBeforeItHasTheDefault() throws Exception {
        String url = PlanStore.embeddedUrl(dir);
        try (PlanStore store = PlanStore.open(url)) {
            store.saveReference(new FiscalYearReference(2024, 1L, 0.3, Set.of("digital"), Set.of("TX"), List.of(), 0.35));
            assertEquals(0.35, store.reference(2024).orElseThrow().getPriorityShareMin());
            // a row as the schema before priority_share_min wrote it: the column takes its default
            try (java.sql.Statement s = store.connection().createStatement()) {
                s.execute("INSERT INTO fiscal_year_reference (fiscal_year, budget_cap_jpy, mission_share_max, priority_themes,"
                        + " priority_states, changed_at, changed_by) VALUES (2025, 1, 0.3, ARRAY['digital'], ARRAY['TX'],"
                        + " CURRENT_TIMESTAMP, 'v7')");
                store.connection().commit();
            }
            assertEquals(0.5, store.reference(2025).orElseThrow().getPriorityShareMin());
            assertTrue(store.reference(2025).orElseThrow().getThresholds().isEmpty(), "a year saved before V10 takes the defaults");
            // the judgements' thresholds (V10) are kept with the reference
            store.saveReference(new FiscalYearReference(2026, 1L, 0.3, Set.of("digital"), Set.of("TX"), List.of())
                    .withThresholds(java.util.Map.of("cost_median_factor", 4.5, "format_share_min", 0.15)));
            FiscalYearReference kept = store.reference(2026).orElseThrow();
            assertEquals(4.5, kept.getCostMedianFactor());
            assertEquals(0.15, kept.getFormatShareMin());
            assertEquals(0.4, kept.getLastQuarterShareMax(), "the default of a key not given");
        }
    }

    @Test
    void pendingEditsAndDeletionsAreWrittenTogetherOrNotAtAll() {
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            store.save(List.of(initiative("A", "one"), initiative("B", "two")));
            assertEquals(new SaveResult(1, 1, 0),
                    store.apply(List.of(initiative("A", "one, edited"), initiative("C", "three")), List.of("B")));
            assertEquals(List.of("A", "C"), store.initiatives(2024).stream().map(Initiative::getId).toList());
            assertEquals("delete", store.history("B").get(1).action());

            Initiative tooLong = initiative("D", "x".repeat(1001));
            assertThrows(StoreException.class, () -> store.apply(List.of(initiative("A", "again"), tooLong), List.of("C")));
            List<Initiative> after = store.initiatives(2024);
            assertEquals(List.of("A", "C"), after.stream().map(Initiative::getId).toList(), "C not deleted, D not added");
            assertEquals("one, edited", after.get(0).getTitleJa());
        }
    }
}
