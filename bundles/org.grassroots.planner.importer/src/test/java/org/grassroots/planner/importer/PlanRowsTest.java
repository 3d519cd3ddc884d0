package org.grassroots.planner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PlanRowsTest {

    @Test
    void aHeaderWithoutARequiredColumnIsRejectedAtTheHeaderLine() {
        Locale.setDefault(Locale.ENGLISH);
        PlanRows rows = new PlanRows("p.csv", List.of("id", "fiscal_year", "mission", "title_ja", "kind", "states"), 1);
        assertFalse(rows.add(2, List.of("I-1", "2023", "cg-miami", "t", "other", "FL")));
        ImportException e = assertThrows(ImportException.class, rows::result);
        assertEquals(List.of(new ImportProblem("p.csv", 1, 1, null, "the header has no column \"status\"")),
                e.getProblems());
    }

    @Test
    void problemsStopAtTheLimit() {
        PlanRows rows = new PlanRows("p.csv", PlanRows.COLUMNS, 1);
        int line = 2;
        List<String> bad = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "", "", "", "", ""));
        while (rows.add(line, bad)) {
            line++;
        }
        ImportException e = assertThrows(ImportException.class, rows::result);
        assertEquals(PlanRows.MAX_PROBLEMS + 1, e.getProblems().size());
    }

    @Test
    void theHeaderIsFoundBelowTitleAndGroupRows() throws Exception {
        PlanRows rows = new PlanRows("p.xlsx");
        rows.row(1, List.of("令和5年度 案件計画"));
        rows.row(2, List.of("", "", ""));
        rows.row(3, List.of("基本情報", "", "", "", "日程"));
        rows.row(4, List.of("ID", " fiscal_year", "mission", "title_ja", "kind", "states", "status "));
        assertEquals("mission", rows.columnNameAt(3));
        rows.row(5, List.of("I-1", "2023", "cg-miami", "t", "other", "FL", "draft"));
        ImportedPlan plan = rows.result();
        assertEquals(5, plan.lineOfId().get("I-1"));
    }

    @Test
    void withoutAHeaderTheMissingColumnsAreReportedOnTheRowMostLikeOne() {
        Locale.setDefault(Locale.ENGLISH);
        PlanRows rows = new PlanRows("p.csv");
        boolean more = true;
        int line = 1;
        while (more) {
            more = rows.row(line, line == 3 ? List.of("id", "fiscal_year", "mission", "title_ja", "kind", "states")
                    : List.of("note " + line));
            line++;
        }
        assertEquals(PlanRows.HEADER_SEARCH_ROWS + 1, line);
        ImportException e = assertThrows(ImportException.class, rows::result);
        assertEquals(List.of(new ImportProblem("p.csv", 3, 1, null, "the header has no column \"status\"")),
                e.getProblems());
    }

    @Test
    void aFileOfBlankRowsHasNoHeader() {
        Locale.setDefault(Locale.ENGLISH);
        PlanRows rows = new PlanRows("p.csv");
        rows.row(1, List.of(" ", ""));
        ImportException e = assertThrows(ImportException.class, rows::result);
        assertEquals("the file has no header row", e.getProblems().get(0).message());
    }

    @Test
    void valuesLongerThanTheStoreHoldsAreProblems() {
        Locale.setDefault(Locale.ENGLISH);
        PlanRows rows = new PlanRows("p.csv", PlanRows.COLUMNS, 1);
        String longTitle = "題".repeat(1001);
        String manyThemes = String.join(";", java.util.Collections.nCopies(101, "digital"));
        rows.add(2, List.of("I-1", "2023", "cg-miami", longTitle, "", "other", manyThemes, "FL", "p".repeat(401), "", "",
                "", "", "draft"));
        rows.add(3, List.of("I-2", "2023", "cg-miami", "題".repeat(1000), "", "other", "", "FL", "p".repeat(400), "",
                "", "", "", "draft"));
        ImportException e = assertThrows(ImportException.class, rows::result);
        assertEquals(List.of("2:4:title_ja is longer than 1000 characters", "2:7:themes lists more than 100 items",
                "2:9:partners is longer than 400 characters"),
                e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.message()).toList());
    }
}
