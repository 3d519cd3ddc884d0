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

    private static List<String> withResults(String id, String cost, String participants, String views, String media,
            String dignitaries, String outcome, String best) {
        List<String> row = new ArrayList<>(List.of(id, "2021", "cg-chicago", "草の根キャラバン", "", "company-support",
                "workers-middle-class", "ND", "", "in-person", "2022-01-10", "2022-01-12", "1500000", "done"));
        row.addAll(List.of(cost, participants, views, media, dignitaries, outcome, best));
        return row;
    }

    @Test
    void theResultColumnsAreReadIntoTheInitiative() throws Exception {
        PlanRows rows = new PlanRows("p.csv", PlanRows.COLUMNS, 1);
        rows.add(2, withResults("R-1", "1,480,000", "120", "3400", "2", "州知事; 市長", "知事から協力強化への期待", "TRUE"));
        rows.add(3, withResults("R-2", "", "", "", "", "", "", ""));
        List<org.grassroots.planner.model.Initiative> plan = rows.result().initiatives();
        org.grassroots.planner.model.Initiative done = plan.get(0);
        assertEquals(1_480_000L, done.getActualCostJpy());
        assertEquals(120L, done.getParticipants());
        assertEquals(3400L, done.getOnlineViews());
        assertEquals(2L, done.getMediaReports());
        assertEquals(List.of("州知事", "市長"), done.getDignitaries());
        assertEquals("知事から協力強化への期待", done.getOutcome());
        assertEquals(Boolean.TRUE, done.getBestPractice());
        org.grassroots.planner.model.Initiative empty = plan.get(1);
        assertFalse(empty.hasResults());
        assertEquals(null, empty.getBestPractice());
    }

    @Test
    void badResultValuesAreProblemsWithLineAndColumn() {
        Locale.setDefault(Locale.ENGLISH);
        PlanRows rows = new PlanRows("p.csv", PlanRows.COLUMNS, 1);
        rows.add(2, withResults("R-1", "-1", "12.5", "many", "-3", "", "", "yes"));
        rows.add(3, withResults("R-2", "1000000000001", "", "", "", "x".repeat(201), "o".repeat(4001), ""));
        ImportException e = assertThrows(ImportException.class, rows::result);
        assertEquals(List.of("2:15:actual_cost_jpy must be from 0 to 1,000,000,000,000 yen: \"-1\"",
                "2:16:participants must be a whole number from 0 to 1,000,000,000,000: \"12.5\"",
                "2:17:online_views must be a whole number from 0 to 1,000,000,000,000: \"many\"",
                "2:18:media_reports must be a whole number from 0 to 1,000,000,000,000: \"-3\"",
                "2:21:best_practice must be true or false: \"yes\"",
                "3:15:actual_cost_jpy must be from 0 to 1,000,000,000,000 yen: \"1000000000001\"",
                "3:19:dignitaries is longer than 200 characters", "3:20:outcome is longer than 4000 characters"),
                e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.message()).toList());
    }
}
