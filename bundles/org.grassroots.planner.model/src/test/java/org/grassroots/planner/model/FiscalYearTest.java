package org.grassroots.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void japaneseEraFormFollowsTheWesternStartYear() {
        assertEquals("令和5年度", new FiscalYear(2023).japanese());
        assertEquals("令和元年度", new FiscalYear(2019).japanese());
        assertEquals("平成29年度", new FiscalYear(2017).japanese());
    }

    @Test
    void rangeRunsFromAprilToMarch() {
        FiscalYear fy = new FiscalYear(2023);
        assertTrue(fy.contains(LocalDate.of(2023, 4, 1)));
        assertTrue(fy.contains(LocalDate.of(2024, 3, 31)));
        assertFalse(fy.contains(LocalDate.of(2023, 3, 31)));
        assertFalse(fy.contains(LocalDate.of(2024, 4, 1)));
        assertEquals(new FiscalYear(2021), FiscalYear.of(LocalDate.of(2022, 1, 15)));
        assertEquals(new FiscalYear(2022), FiscalYear.of(LocalDate.of(2022, 4, 1)));
    }

    @Test
    void contractCodesMapBothWays() {
        for (Kind k : Kind.values()) {
            assertEquals(k, Kind.fromCode(k.code()));
        }
        assertEquals(Status.CANCELLED, Status.fromCode("cancelled"));
        assertEquals(Format.HYBRID, Format.fromCode("hybrid"));
        assertNull(Kind.fromCode("party"));
    }

    @Test
    void editedCopyKeepsUntouchedValues() {
        Initiative a = Initiative.builder().id("I-1").fiscalYear(2023).mission("cg-chicago").titleJa("キャラバン")
                .kind(Kind.OTHER).states(java.util.List.of("ND")).status(Status.DRAFT).build();
        Initiative b = a.toBuilder().budgetJpy(1000L).build();
        assertEquals(a.getStates(), b.getStates());
        assertEquals(1000L, b.getBudgetJpy());
        assertFalse(a.equals(b));
        assertEquals(a, a.toBuilder().build());
    }
}
