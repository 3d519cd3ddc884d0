package org.grassroots.planner.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.grassroots.planner.model.FiscalYearReference;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.shipped();

    @Test
    void shipsTheSeventeenMissionsAndTheirJurisdictions() {
        assertEquals(17, data.missions().size());
        assertTrue(data.mission("cg-chicago").getStates().contains("ND"));
        // CA is split between Los Angeles and San Francisco
        assertTrue(data.mission("cg-los-angeles").getStates().contains("CA"));
        assertTrue(data.mission("cg-san-francisco").getStates().contains("CA"));
        assertTrue(data.hasMissionSeat("IL"));
        assertFalse(data.hasMissionSeat("ND")); // the Chicago caravan worked with the honorary consul there
    }

    @Test
    void theOutreachStatesAreThoseOfTheContract() {
        ReferenceData data = ReferenceData.shipped();
        java.util.Set<String> seats = java.util.Set.of("DC", "GA", "MA", "IL", "CO", "MI", "GU", "HI", "TX", "CA", "FL", "TN",
                "NY", "WA", "OR", "AK"); // INTERFACES.md, Codes: outreach states are all but these
        java.util.Set<String> expected = new java.util.TreeSet<>(data.states().keySet());
        expected.removeAll(seats);
        assertEquals(40, expected.size());
        assertEquals(expected, data.outreachStates());
        assertTrue(data.outreachStates().contains("ND"));
        assertFalse(data.outreachStates().contains("US"));
        data.states().keySet().forEach(s -> assertEquals(!data.hasMissionSeat(s), data.outreachStates().contains(s), s));
    }

    @Test
    void shipsThemesAndStatesOfTheContract() {
        assertEquals(17, data.themes().size());
        assertEquals(56, data.states().size());
        assertEquals("ノースダコタ州", data.states().get("ND").nameJa());
        assertEquals(12, data.states().get("ME").col());
        assertTrue(data.isKnownTarget("US"));
        assertFalse(data.isKnownTarget("XX"));
    }

    @Test
    void referenceOfALaterYearFallsBackToTheNewestShipped() {
        FiscalYearReference fy2023 = data.referenceFor(2023);
        assertEquals(2023, fy2023.getFiscalYear());
        assertEquals(220_000_000L, fy2023.getBudgetCapJpy());
        assertEquals(2023, data.referenceFor(2030).getFiscalYear());
        assertNull(data.referenceFor(2019));
    }

    @Test
    void referenceFileMissionsReplaceShippedJurisdictions() {
        String json = "{\"fiscal_year\": 2024, \"budget_cap_jpy\": 1000, \"mission_share_max\": 0.5,"
                + " \"priority_themes\": [\"digital\"], \"priority_states\": [\"ND\"],"
                + " \"missions\": [{\"code\": \"cg-chicago\", \"states\": [\"IL\"]}]}";
        FiscalYearReference ref = ReferenceJson.read(new StringReader(json), "r.json", data.missions());
        assertEquals(List.of("IL"), ref.mission("cg-chicago").getStates());
        assertEquals(500L, ref.getMissionShareCapJpy());
        assertEquals(17, ref.getMissions().size());
    }

    @Test
    void missingRequiredKeyNamesFileAndKey() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> ReferenceJson.read(new StringReader("{\"fiscal_year\": 2024}"), "bad.json", data.missions()));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
        assertTrue(e.getMessage().contains("budget_cap_jpy"), e.getMessage());
    }

    @Test
    void knownFiguresComeWithTheirSourcesAndUnknownOnesAreAbsent() {
        List<org.grassroots.planner.model.Figure> ca = data.figures("CA", org.grassroots.planner.model.Figure.EMPLOYMENT);
        assertEquals(1, ca.size());
        assertEquals(124_700L, ca.get(0).value());
        assertEquals(2019, ca.get(0).year());
        assertTrue(ca.get(0).source().contains("BEA"));
        assertTrue(data.figures("WY", org.grassroots.planner.model.Figure.EMPLOYMENT).isEmpty());
        assertTrue(data.figures().stream().allMatch(f -> !f.source().isBlank()));
        assertTrue(data.figures("FY2022", org.grassroots.planner.model.Figure.BUDGET_JPY).get(0).approximate());
    }

    @Test
    void everyShippedFigureIsCitedInJapaneseToo() {
        java.util.Locale ja = java.util.Locale.JAPANESE;
        for (org.grassroots.planner.model.Figure f : data.figures()) {
            // the source document's names (外務省, 米商務省経済分析局, ジェトロ): no English left in the Japanese citation
            assertTrue(f.sourceJa() != null && !f.sourceJa().matches("(?s).*[A-Za-z].*"), f + " has no Japanese citation");
            assertEquals(f.sourceJa(), f.source(ja));
            assertEquals(f.source(), f.source(java.util.Locale.ENGLISH), "English keeps the English citation");
        }
        org.grassroots.planner.model.Figure ca = data.figures("CA", org.grassroots.planner.model.Figure.EMPLOYMENT).get(0);
        assertEquals("\u7c73\u5546\u52d9\u7701\u7d4c\u6e08\u5206\u6790\u5c40 2019\u5e74\u3001\u4e0a\u4f4d5\u5dde"
                + "\uff08\u30b8\u30a7\u30c8\u30ed\u300c\u30d3\u30b8\u30cd\u30b9\u77ed\u4fe1\u300d2021-08-23\uff09", ca.source(ja));
        // a figure without a Japanese citation (a planner's own, imported) is cited as given
        assertEquals("my source", new org.grassroots.planner.model.Figure("CA", "x", 2020, 1, false, "my source").source(ja));
    }
}
