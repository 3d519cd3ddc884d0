package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file written by schema version 1 (committed as made by that version) opens in the newest. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseOpensWithItsDataIntact() throws Exception {
        try (InputStream in = MigrationTest.class.getResourceAsStream("/v1/planner.mv.db")) {
            Files.copy(in, dir.resolve("planner.mv.db"));
        }
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            List<Initiative> fy2022 = store.initiatives(2022);
            assertEquals(List.of("V1-001", "V1-002"), fy2022.stream().map(Initiative::getId).toList());
            Initiative caravan = fy2022.get(0);
            assertEquals("草の根キャラバン(ノースダコタ州)", caravan.getTitleJa());
            assertEquals(List.of("climate-energy", "dgc-agriculture"), caravan.getThemes());
            assertEquals(LocalDate.of(2022, 6, 3), caravan.getEndDate());
            assertEquals(1_200_000L, caravan.getBudgetJpy());
            assertEquals(Status.DONE, caravan.getStatus());
            assertNull(fy2022.get(1).getBudgetJpy());
            assertNull(caravan.getActualCostJpy()); // the result columns of version 6 are empty
            assertEquals(List.of(), caravan.getDignitaries());
            assertNull(caravan.getBestPractice());
            // the history written by version 1 has no changes column value; new writes fill it
            assertNull(store.history("V1-001").get(0).changes());
            store.save(List.of(caravan.toBuilder().budgetJpy(1_300_000L).build()));
            assertEquals("budget_jpy: 1200000 -> 1300000", store.history("V1-001").get(1).changes());
        }
    }
}
