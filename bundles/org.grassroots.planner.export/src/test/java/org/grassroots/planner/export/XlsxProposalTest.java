package org.grassroots.planner.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported workbook, opened again with POI: totals, counts, formulas, frozen headers, determinism. */
class XlsxProposalTest {

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return Poi.call(() -> new XSSFWorkbook(new ByteArrayInputStream(bytes)));
    }

    @Test
    void totalsAndCountsMatchThePlan() throws Exception {
        ProposalContent c = Plans.content(null, Map.of());
        byte[] bytes = XlsxProposal.write(c, Locale.ENGLISH);
        try (XSSFWorkbook wb = open(bytes)) {
            assertEquals(5, wb.getNumberOfSheets());
            assertEquals("Summary", wb.getSheetName(0));
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            // Initiatives: header, the six FY2023 initiatives, a total row whose SUMIF leaves out the cancelled one
            Sheet initiatives = wb.getSheet("Initiatives");
            assertEquals(6 + 1, initiatives.getLastRowNum());
            assertTrue(initiatives.getPaneInformation().isFreezePane());
            for (Sheet sheet : wb) {
                // printed, each sheet is one landscape page wide
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
            }
            assertEquals("1:1", initiatives.getRepeatingRows().formatAsString().replace("$", ""));
            Cell total = initiatives.getRow(7).getCell(12);
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals(3_000_000 + 2_500_000 + 700_000 + 4_000_000 + 1_200_000, eval.evaluate(total).getNumberValue());
            assertEquals(c.plannedJpy(), (long) eval.evaluate(total).getNumberValue());
            Row first = initiatives.getRow(1);
            assertEquals("C-1", first.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(2023, first.getCell(1).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(10)), "start is a date cell");
            assertEquals(java.time.LocalDate.of(2023, 9, 1), first.getCell(10).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(3_000_000, first.getCell(12).getNumericCellValue());
            assertTrue(initiatives.getColumnWidth(3) > initiatives.getColumnWidth(1), "the title column is wider");

            // Summary: the by-mission table's SUM equals the planned total; cached values are there too
            Sheet summary = wb.getSheet("Summary");
            Cell missionTotal = total(summary, "By mission", 2);
            assertEquals(CellType.FORMULA, missionTotal.getCellType());
            assertEquals(c.plannedJpy(), (long) missionTotal.getNumericCellValue(), "cached value");
            assertEquals(c.plannedJpy(), (long) eval.evaluate(missionTotal).getNumberValue());
            Cell kindCount = total(summary, "By kind", 1);
            assertEquals(5, (long) eval.evaluate(kindCount).getNumberValue());
            assertTrue(summary.getPaneInformation() == null || !summary.getPaneInformation().isFreezePane());
            // the years beside it: FY2021 and FY2022 with the sourced figures (never invented)
            Cell fy2021 = findText(summary, "FY2021");
            assertEquals(239_000_000, (long) summary.getRow(fy2021.getRowIndex()).getCell(3).getNumericCellValue());
            Row fy2022 = summary.getRow(findText(summary, "FY2022").getRowIndex());
            assertEquals(2_900_000, (long) fy2022.getCell(1).getNumericCellValue(), "the plan's FY2022 total");
            assertEquals(220_000_000, (long) fy2022.getCell(3).getNumericCellValue());

            // Findings: one row per finding, with the explanation
            Sheet findings = wb.getSheet("Findings");
            assertEquals(c.findings().size(), findings.getLastRowNum());
            assertTrue(findings.getPaneInformation().isFreezePane());
            java.util.Set<String> outside = new java.util.TreeSet<>();
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                Row row = findings.getRow(r);
                if ("REGION-OUTSIDE-JURISDICTION".equals(row.getCell(7).getStringCellValue())) { // the rule id, hidden
                    assertEquals("State outside the jurisdiction of the mission", row.getCell(1).getStringCellValue());
                    assertTrue(findings.isColumnHidden(7) && findings.isColumnHidden(9));
                    outside.add(row.getCell(2).getStringCellValue() + " " + row.getCell(9).getStringCellValue());
                    assertTrue(row.getCell(5).getStringCellValue().contains(row.getCell(4).getStringCellValue()),
                            "the explanation names the state: " + row.getCell(5).getStringCellValue());
                }
            }
            assertEquals(java.util.Set.of("C-2 OH", "C-4 TX"), outside); // C-2 targets IN (Chicago's) and OH (Detroit's)
            assertNotNull(wb.getSheet("Reference"));
        }
    }

    @Test
    void theJapaneseWorkbookCitesTheFiguresSourcesInJapanese() throws Exception {
        ProposalContent c = Plans.content(null, Map.of());
        try (XSSFWorkbook wb = open(XlsxProposal.write(c, Locale.JAPANESE))) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (Sheet sheet : java.util.List.of(wb.getSheet("\u6982\u8981"), wb.getSheet("\u53c2\u7167\u30c7\u30fc\u30bf"))) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            // the summary's FY2021 budget and the reference sheet's figures, as the source document names them
            assertTrue(texts.contains("\u5916\u52d9\u7701\u7d4c\u6e08\u5c40\u8cc7\u6599\uff08\u4ee4\u548c4\u5e747\u67085\u65e5\uff09"
                    + "\uff1a\u4ee4\u548c3\u5e74\u5ea6\u4e88\u7b97\u984d \u7d042.39\u5104\u5186"), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("\u7c73\u5546\u52d9\u7701\u7d4c\u6e08\u5206\u6790\u5c40")), texts.toString());
            assertEquals(java.util.List.of(), texts.stream().filter(t -> t.contains("MOFA") || t.contains("BEA")).toList());
        }
        try (XSSFWorkbook wb = open(XlsxProposal.write(c, Locale.ENGLISH))) {
            Sheet summary = wb.getSheet("Summary");
            assertEquals("MOFA material of 5 July 2022: about JPY 239 million in FY2021",
                    summary.getRow(findText(summary, "FY2021").getRowIndex()).getCell(5).getStringCellValue());
        }
    }

    @Test
    void oneMissionShowsItsInitiativesAndJustifications() throws Exception {
        ProposalContent c = Plans.content("cg-chicago", Map.of("REGION-OUTSIDE-JURISDICTION:C-4", "Joint event with CG Houston"));
        try (XSSFWorkbook wb = open(XlsxProposal.write(c, Locale.JAPANESE))) {
            assertEquals("概要", wb.getSheetName(0));
            Sheet initiatives = wb.getSheet("案件");
            assertEquals(4 + 1, initiatives.getLastRowNum());
            Sheet findings = wb.getSheet("指摘事項");
            boolean justified = false;
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                Row row = findings.getRow(r);
                assertFalse("N-1".equals(row.getCell(2).getStringCellValue()), "another mission's finding");
                Cell j = row.getCell(6);
                justified |= j != null && "Joint event with CG Houston".equals(j.getStringCellValue());
            }
            assertTrue(justified);
        }
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        ProposalContent c = Plans.content(null, Map.of());
        assertArrayEquals(XlsxProposal.write(c, Locale.ENGLISH), XlsxProposal.write(c, Locale.ENGLISH));
        // another timestamp changes docProps/core.xml only
        ProposalContent later = ProposalContent.prepare(Plans.rules(), Plans.plan(), 2023, null,
                c.reference(), Plans.names(), Map.of(), Instant.parse("2027-01-05T10:00:00Z"));
        Map<String, byte[]> a = entries(XlsxProposal.write(c, Locale.ENGLISH));
        Map<String, byte[]> b = entries(XlsxProposal.write(later, Locale.ENGLISH));
        assertEquals(a.keySet(), b.keySet());
        // the timestamp is in the document properties and printed on the summary sheet: nothing else differs
        assertFalse(java.util.Arrays.equals(a.get("docProps/core.xml"), b.get("docProps/core.xml")));
        for (String name : a.keySet()) {
            assertEquals(withoutStamp(a.get(name), "2026-11-28"), withoutStamp(b.get(name), "2027-01-05"), name);
        }
    }

    private static String withoutStamp(byte[] part, String day) {
        return new String(part, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll(day + "[T ]\\d\\d:\\d\\d(:\\d\\d)?(Z| UTC| JST)", "STAMP");
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** @return the cell in column {@code col} of the first Total row under the heading */
    private static Cell total(Sheet s, String heading, int col) {
        for (int r = findText(s, heading).getRowIndex() + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(0) != null && "Total".equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(col);
            }
        }
        throw new AssertionError("no total under " + heading);
    }

    private static Cell findText(Sheet s, String text) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no row starts with " + text);
    }
}
