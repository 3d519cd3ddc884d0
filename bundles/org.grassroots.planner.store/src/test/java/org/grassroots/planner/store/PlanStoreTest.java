package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded H2 database; {@link PostgresPlanStoreTest} runs the same tests on a PostgreSQL server. */
class PlanStoreTest {

    @TempDir
    Path dir;

    private DatabaseLogin login;

    /** @return where this test's store is, the same for each call of one test */
    DatabaseLogin login() {
        if (login == null) {
            login = DatabaseLogin.of(PlanStore.embeddedUrl(dir));
        }
        return login;
    }

    /** @return who the store records as the author of changes */
    String expectedUser() {
        return System.getProperty("user.name");
    }

    PlanStore open() {
        return PlanStore.open(login());
    }

    private static Initiative caravan(String id) {
        return Initiative.builder().id(id).fiscalYear(2023).mission("cg-chicago").titleJa("草の根キャラバン")
                .titleEn("Grassroots Caravan").kind(Kind.OTHER).themes(List.of("climate-energy", "dgc-agriculture"))
                .states(List.of("ND")).partners(List.of("Honorary Consul")).format(Format.IN_PERSON)
                .startDate(LocalDate.of(2023, 9, 1)).endDate(LocalDate.of(2023, 9, 3)).budgetJpy(1_500_000L)
                .status(Status.DRAFT).build();
    }

    @Test
    void roundTripKeepsEveryValueAcrossReopening() {
        Initiative sparse = Initiative.builder().id("I-2").fiscalYear(2023).mission("cg-miami").titleJa("日本食PR")
                .kind(Kind.FOOD_PR).states(List.of("FL")).status(Status.PROPOSED).build();
        try (PlanStore store = open()) {
            assertEquals(new SaveResult(2, 0, 0), store.save(List.of(caravan("I-1"), sparse)));
        }
        try (PlanStore store = open()) {
            assertEquals(List.of(caravan("I-1"), sparse), store.initiatives(2023));
            assertEquals(Set.of(2023), store.fiscalYears());
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
        }
    }

    @Test
    void theResultsOfADoneInitiativeAreKeptRecordedInTheHistoryAndFrozenInAProposal() {
        Initiative done = caravan("I-1").toBuilder().status(Status.DONE).actualCostJpy(1_480_000L).participants(120L)
                .onlineViews(0L).mediaReports(3L).dignitaries(List.of("州知事", "市長")).outcome("知事から協力強化への期待")
                .bestPractice(true).build();
        String url = PlanStore.embeddedUrl(dir);
        try (PlanStore store = PlanStore.open(url)) {
            store.save(List.of(caravan("I-1")));
            store.save(List.of(done));
            // as the server's audit trigger writes them too: codes, lists as in the plan file, nothing as null
            assertEquals("status: draft -> done; actual_cost_jpy: null -> 1480000"
                    + "; participants: null -> 120; online_views: null -> 0; media_reports: null -> 3"
                    + "; dignitaries:  -> 州知事;市長; outcome: null -> 知事から協力強化への期待; best_practice: null -> true",
                    store.history("I-1").get(1).changes());
            assertEquals(new HistoryEntry.Field("dignitaries", "", "州知事;市長"), store.history("I-1").get(1).fields().stream()
                    .filter(f -> f.name().equals("dignitaries")).findFirst().orElseThrow());
            store.proposals().propose(2023, "cg-chicago", List.of(done), List.of(), java.util.Map.of());
        }
        try (PlanStore store = PlanStore.open(url)) {
            Initiative read = store.initiatives(2023).get(0);
            assertEquals(done, read);
            assertEquals(List.of("州知事", "市長"), read.getDignitaries());
            assertEquals(Boolean.TRUE, read.getBestPractice());
            assertEquals(List.of(done), store.proposals().lastSnapshot(2023, "cg-chicago").orElseThrow().initiatives());
            store.save(List.of(caravan("I-1")));
            assertEquals(caravan("I-1"), store.initiatives(2023).get(0));
        }
    }

    @Test
    void savingAgainUpdatesByIdAndRecordsHistory() {
        try (PlanStore store = open()) {
            store.save(List.of(caravan("I-1")));
            assertEquals(new SaveResult(0, 0, 1), store.save(List.of(caravan("I-1"))));
            Initiative edited = caravan("I-1").toBuilder().budgetJpy(2_000_000L).build();
            assertEquals(new SaveResult(1, 1, 0), store.save(List.of(edited, caravan("I-3"))));
            assertEquals(2_000_000L, store.initiatives(2023).get(0).getBudgetJpy());
            List<HistoryEntry> history = store.history("I-1");
            assertEquals(List.of("insert", "update"), history.stream().map(HistoryEntry::action).toList());
            assertEquals("budget_jpy: 1500000 -> 2000000", history.get(1).changes());
            assertEquals(expectedUser(), history.get(1).who());
            assertEquals(List.of(new HistoryEntry.Field("budget_jpy", "1500000", "2000000")), history.get(1).fields());
        }
    }

    @Test
    void aFailedSaveLeavesNothingBehind() {
        try (PlanStore store = open()) {
            store.save(List.of(caravan("I-1")));
            // a state code longer than the column allows fails the second row, after the first was merged
            Initiative bad = caravan("I-9").toBuilder().states(List.of("TOO-LONG")).build();
            Initiative changed = caravan("I-1").toBuilder().budgetJpy(9L).build();
            assertThrows(StoreException.class, () -> store.save(List.of(changed, caravan("I-2"), bad)));
            List<Initiative> after = store.initiatives(2023);
            assertEquals(List.of(caravan("I-1")), after);
            assertEquals(1, store.history("I-1").size());
            assertTrue(store.history("I-2").isEmpty());
        }
    }

    @Test
    void queriesByMissionStateAndTotals() {
        try (PlanStore store = open()) {
            store.save(List.of(caravan("I-1"),
                    caravan("I-2").toBuilder().states(List.of("IL", "WI")).budgetJpy(500_000L).build(),
                    caravan("I-3").toBuilder().mission("cg-houston").states(List.of("TX")).kind(Kind.FOOD_PR).build(),
                    caravan("I-4").toBuilder().status(Status.CANCELLED).build()));
            assertEquals(List.of("I-3"), store.initiativesOfMission(2023, "cg-houston").stream().map(Initiative::getId).toList());
            assertEquals(List.of("I-2"), store.initiativesTargeting(2023, "WI").stream().map(Initiative::getId).toList());
            assertEquals(List.of(new Total("cg-chicago", 2, 2_000_000L), new Total("cg-houston", 1, 1_500_000L)),
                    store.totalsByMission(2023));
            assertEquals(List.of(new Total("food-pr", 1, 1_500_000L), new Total("other", 2, 2_000_000L)),
                    store.totalsByKind(2023));
        }
    }

    @Test
    void totalsBeyondTheRangeOfLongAreExactAndNeverNegative() {
        long huge = 9_200_000_000_000_000_000L;
        try (PlanStore store = open()) {
            store.save(List.of(caravan("I-1").toBuilder().budgetJpy(huge).build(), caravan("I-2").toBuilder().budgetJpy(huge).build()));
            Total total = store.totalsByMission(2023).get(0);
            assertEquals(java.math.BigInteger.valueOf(huge).multiply(java.math.BigInteger.TWO), total.exactBudgetJpy());
            assertEquals(Long.MAX_VALUE, total.budgetJpy(), "saturated, not wrapped");
            assertTrue(store.totalsByKind(2023).get(0).budgetJpy() > 0);
        }
    }

    @Test
    void deletionIsRecorded() {
        try (PlanStore store = open()) {
            store.save(List.of(caravan("I-1"), caravan("I-2")));
            assertEquals(1, store.delete(List.of("I-1", "nope")));
            assertEquals(List.of(caravan("I-2")), store.initiatives(2023));
            assertEquals("delete", store.history("I-1").get(1).action());
        }
    }

    @Test
    void progressIsReportedWhileOneTransactionWritesAll() {
        List<Initiative> many = new java.util.ArrayList<>();
        for (int n = 0; n < 2 * PlanStore.PROGRESS_STEP + 10; n++) {
            many.add(caravan(String.format("I-%05d", n)));
        }
        List<Integer> reports = new java.util.ArrayList<>();
        try (PlanStore store = open()) {
            assertEquals(many.size(), store.save(many, reports::add).added());
            assertEquals(List.of(PlanStore.PROGRESS_STEP, 2 * PlanStore.PROGRESS_STEP), reports);
            assertEquals(many.size(), store.initiatives(2023).size());
        }
    }

    @Test
    void theYearsAuditTrailKeepsEveryChangeWithItsMissionDeletionsIncluded() {
        try (PlanStore store = open()) {
            store.save(List.of(caravan("I-1"), caravan("I-2").toBuilder().mission("cg-houston").build(),
                    caravan("I-9").toBuilder().fiscalYear(2024).build()));
            store.save(List.of(caravan("I-1").toBuilder().budgetJpy(9L).build()));
            store.delete(List.of("I-2"));
            List<HistoryEntry> audit = store.audit(2023);
            assertEquals(List.of("I-1 insert cg-chicago", "I-2 insert cg-houston", "I-1 update cg-chicago",
                    "I-2 delete cg-houston"), audit.stream().map(e -> e.initiativeId() + " " + e.action() + " " + e.mission())
                            .toList());
            assertTrue(audit.stream().allMatch(e -> e.fiscalYear() == 2023 && expectedUser().equals(e.who())));
            assertEquals(new HistoryEntry.Field("budget_jpy", "1500000", "9"), audit.get(2).fields().get(0));
            assertTrue(audit.get(3).fields().contains(new HistoryEntry.Field("states", "ND", null)), audit.get(3).fields().toString());
            assertEquals(1, store.audit(2024).size());
        }
    }
}
