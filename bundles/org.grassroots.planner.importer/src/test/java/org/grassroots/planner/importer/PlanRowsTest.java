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
}
