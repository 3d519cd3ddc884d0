package org.grassroots.planner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void blanksOfEveryKindAroundAValueAreIgnored() {
        assertEquals("草の根", CellValues.clean(" \u3000草の根\u00A0\t"));
        assertNull(CellValues.clean(" \u00A0 "));
        assertNull(CellValues.clean(""));
        assertEquals("a b", CellValues.clean("a b"));
    }

    @Test
    void wholeNumbersAsPlannersWriteThem() {
        assertEquals(1_500_000L, CellValues.wholeNumber("1500000"));
        assertEquals(1_500_000L, CellValues.wholeNumber("1,500,000"));
        assertEquals(1_500_000L, CellValues.wholeNumber("￥1,500,000"));
        assertEquals(1_500_000L, CellValues.wholeNumber("１５０００００"));
        assertEquals(2023L, CellValues.wholeNumber("2023.0"));
        assertEquals(-5L, CellValues.wholeNumber("-5"));
        assertNull(CellValues.wholeNumber("1500000.5"));
        assertNull(CellValues.wholeNumber("15,00,000"));
        assertNull(CellValues.wholeNumber("12x"));
        assertNull(CellValues.wholeNumber("99999999999999999999"));
    }

    @Test
    void fiscalYearsAsNumbersOrInTheEraForm() {
        assertEquals(2023, CellValues.fiscalYear("2023"));
        assertEquals(2023, CellValues.fiscalYear("令和5年度"));
        assertEquals(2019, CellValues.fiscalYear("令和元年度"));
        assertEquals(2017, CellValues.fiscalYear("平成29年度"));
        assertNull(CellValues.fiscalYear("R5"));
        assertNull(CellValues.fiscalYear("9999999999"));
    }

    @Test
    void datesInIsoOrAsJapaneseExcelWritesThem() {
        assertEquals(LocalDate.of(2023, 9, 1), CellValues.date("2023-09-01"));
        assertEquals(LocalDate.of(2023, 9, 1), CellValues.date("2023/9/1"));
        assertEquals(LocalDate.of(2023, 9, 1), CellValues.date("２０２３／９／１"));
        assertNull(CellValues.date("2023-13-01"));
        assertNull(CellValues.date("2023/02/30"));
        assertNull(CellValues.date("2023-9/1"));
        assertNull(CellValues.date("1 Sept 2023"));
    }
}
