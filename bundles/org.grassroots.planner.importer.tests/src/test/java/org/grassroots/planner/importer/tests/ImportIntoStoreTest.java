package org.grassroots.planner.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importers accept, the store holds: the limits of PlanRows match the store's columns. */
class ImportIntoStoreTest {
    @TempDir
    Path dir;

    @Test
    void theLongestValuesTheImporterAcceptsFitTheStore() throws Exception {
        List<String> row = new ArrayList<>(Collections.nCopies(PlanRows.COLUMNS.size(), ""));
        row.set(PlanRows.COLUMNS.indexOf("id"), "I".repeat(PlanRows.MAX_LENGTH.get("id")));
        row.set(PlanRows.COLUMNS.indexOf("fiscal_year"), Integer.toString(PlanRows.LAST_FISCAL_YEAR));
        row.set(PlanRows.COLUMNS.indexOf("mission"), "cg-chicago");
        row.set(PlanRows.COLUMNS.indexOf("title_ja"), "題".repeat(PlanRows.MAX_LENGTH.get("title_ja")));
        row.set(PlanRows.COLUMNS.indexOf("title_en"), "T".repeat(PlanRows.MAX_LENGTH.get("title_en")));
        row.set(PlanRows.COLUMNS.indexOf("kind"), "other");
        row.set(PlanRows.COLUMNS.indexOf("themes"), String.join(";",
                Collections.nCopies(PlanRows.MAX_LIST_ITEMS, "t".repeat(PlanRows.MAX_LENGTH.get("themes")))));
        row.set(PlanRows.COLUMNS.indexOf("states"), "ND");
        row.set(PlanRows.COLUMNS.indexOf("partners"), String.join(";",
                Collections.nCopies(PlanRows.MAX_LIST_ITEMS, "パ".repeat(PlanRows.MAX_LENGTH.get("partners")))));
        row.set(PlanRows.COLUMNS.indexOf("budget_jpy"), Long.toString(PlanRows.MAX_BUDGET_JPY));
        row.set(PlanRows.COLUMNS.indexOf("status"), "draft");
        Path file = dir.resolve("longest.csv");
        Files.writeString(file, String.join(",", PlanRows.COLUMNS) + "\n" + String.join(",", row) + "\n");
        List<Initiative> plan = Importers.forFile(file).read(file).initiatives();
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir.resolve("db")))) {
            assertEquals(1, store.save(plan).added());
            assertEquals(plan, store.initiatives(PlanRows.LAST_FISCAL_YEAR));
        }
    }
}
