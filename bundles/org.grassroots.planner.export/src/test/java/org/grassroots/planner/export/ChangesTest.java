package org.grassroots.planner.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The Changes of the proposal documents on a constructed pair: Chicago's FY2022 plan and its FY2023
 * plan, proposed (the snapshot) and then edited (C-2's budget raised, C-4 cancelled, C-5 added).
 * The workbook's Changes sheet is read back with POI, the PDF's text with PDFBox.
 */
class ChangesTest {
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 11, 20);

    /** The FY2023 Chicago initiatives as proposed: C-1 3,000,000, C-2 2,500,000, C-3 cancelled, C-4 700,000. */
    private static List<Initiative> snapshot() {
        return Plans.plan().stream().filter(i -> i.getFiscalYear() == 2023 && i.getMission().equals("cg-chicago")).toList();
    }

    /** The plan after the proposal: C-2 3,200,000, C-4 cancelled, C-5 1,500,000 added. */
    private static List<Initiative> edited() {
        List<Initiative> plan = new ArrayList<>();
        for (Initiative i : Plans.plan()) {
            if (i.getFiscalYear() == 2023 && i.getId().equals("C-2")) {
                plan.add(i.toBuilder().budgetJpy(3_200_000L).build());
            } else if (i.getFiscalYear() == 2023 && i.getId().equals("C-4")) {
                plan.add(i.toBuilder().status(Status.CANCELLED).build());
            } else {
                plan.add(i);
            }
        }
        plan.add(Plans.initiative("C-5", 2023, "cg-chicago", 1_500_000).titleJa("中西部の日本食フェア").build());
        return plan;
    }

    private static ProposalContent editedContent() throws Exception {
        return ProposalContent.prepare(Plans.rules(), edited(), 2023, "cg-chicago",
                ReferenceData.shipped().referenceFor(2023), Plans.names(), Map.of(), Plans.AT).withLastProposal(PROPOSED_ON, snapshot());
    }

    /** A block of the Changes sheet: the rows under its heading up to the blank row. */
    private record Block(Map<String, List<String>> idsByChange, Map<String, long[]> counts, long[] initiatives, long[] budget,
            String note) {
    }

    private static Block block(Sheet s, String heading) {
        int r = 0;
        while (r <= s.getLastRowNum() && !heading.equals(text(s.getRow(r), 0))) {
            r++;
        }
        assertTrue(r <= s.getLastRowNum(), "no block " + heading);
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        long[] budget = null;
        long[] initiatives = null;
        String note = null;
        for (r++; r <= s.getLastRowNum() && s.getRow(r) != null && text(s.getRow(r), 0) != null; r++) {
            Row row = s.getRow(r);
            String label = text(row, 0);
            if (text(row, 1) != null) {
                ids.computeIfAbsent(label, k -> new ArrayList<>()).add(text(row, 1));
            } else if (label.startsWith("Initiatives (not cancelled)")) {
                initiatives = new long[] { number(row, 5), number(row, 6), number(row, 7) };
            } else if (label.startsWith("Budget (not cancelled)")) {
                budget = new long[] { number(row, 5), number(row, 6), number(row, 7) };
            } else if (row.getCell(4) != null && row.getCell(4).getCellType() == CellType.NUMERIC) {
                counts.put(label, new long[] { number(row, 4), number(row, 5), number(row, 6), number(row, 7) });
            } else if (row.getCell(5) == null) {
                note = label;
            }
        }
        return new Block(ids, counts, initiatives, budget, note);
    }

    private static String text(Row row, int col) {
        if (row == null || row.getCell(col) == null || row.getCell(col).getCellType() != CellType.STRING) {
            return null;
        }
        String s = row.getCell(col).getStringCellValue();
        return s.isEmpty() ? null : s;
    }

    private static long number(Row row, int col) {
        Cell c = row.getCell(col);
        if (c == null) {
            return 0;
        }
        assertEquals(CellType.NUMERIC, c.getCellType(), "a number cell at " + c.getAddress());
        return (long) c.getNumericCellValue();
    }

    @Test
    void changesSheetListsWhatChangedSinceTheProposalAndSinceThePreviousYear() throws Exception {
        byte[] bytes = XlsxProposal.write(editedContent(), Locale.ENGLISH);
        try (XSSFWorkbook wb = Poi.call(() -> new XSSFWorkbook(new ByteArrayInputStream(bytes)))) {
            assertEquals("Changes", wb.getSheetName(1));
            Sheet s = wb.getSheet("Changes");
            assertTrue(s.getPaneInformation().isFreezePane(), "the header row is frozen");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("Change", s.getRow(0).getCell(0).getStringCellValue());
            assertTrue(s.getColumnWidth(3) > s.getColumnWidth(1), "the title column is wider than the id column");

            Block proposal = block(s, "Since the last proposal (2026-11-20)");
            assertEquals(List.of("C-5"), proposal.idsByChange().get("Added"));
            assertEquals(List.of("C-4"), proposal.idsByChange().get("Dropped"));
            assertEquals(List.of("C-2"), proposal.idsByChange().get("Budget changed"));
            assertNull(proposal.idsByChange().get("Otherwise changed"));
            // before: C-1, C-2, C-4 (C-3 was cancelled); after: C-1, C-2 raised, C-5
            assertArrayEquals(new long[] { 6_200_000, 7_700_000, 1_500_000 }, proposal.budget());
            assertArrayEquals(new long[] { 1, 0, 1_500_000, 1_500_000 }, proposal.counts().get("Added"));
            assertArrayEquals(new long[] { 1, 700_000, 0, -700_000 }, proposal.counts().get("Dropped"));
            assertArrayEquals(new long[] { 1, 2_500_000, 3_200_000, 700_000 }, proposal.counts().get("Budget changed"));
            assertArrayEquals(new long[] { 3, 3, 0 }, proposal.initiatives());

            Block year = block(s, "Since the previous fiscal year (FY2022)");
            assertEquals(List.of("C-2", "C-5"), year.idsByChange().get("Added"));
            assertEquals(List.of("C-9"), year.idsByChange().get("Dropped"));
            assertEquals(List.of("C-1"), year.idsByChange().get("Budget changed"));
            assertArrayEquals(new long[] { 2_900_000, 7_700_000, 4_800_000 }, year.budget());
        }
    }

    @Test
    void withoutAProposalOrAPreviousYearTheSheetSaysSoAndInventsNothing() throws Exception {
        List<Initiative> only2023 = Plans.plan().stream().filter(i -> i.getFiscalYear() == 2023).toList();
        ProposalContent c = ProposalContent.prepare(Plans.rules(), only2023, 2023, "cg-chicago",
                ReferenceData.shipped().referenceFor(2023), Plans.names(), Map.of(), Plans.AT).withoutProposal();
        byte[] bytes = XlsxProposal.write(c, Locale.ENGLISH);
        try (XSSFWorkbook wb = Poi.call(() -> new XSSFWorkbook(new ByteArrayInputStream(bytes)))) {
            Sheet s = wb.getSheet("Changes");
            Block proposal = block(s, "Since the last proposal");
            assertTrue(proposal.note().startsWith("Not proposed before"), proposal.note());
            assertTrue(proposal.idsByChange().isEmpty());
            assertNull(proposal.budget());
            Block year = block(s, "Since the previous fiscal year (FY2022)");
            assertEquals("The plan has no initiative of FY2022: there is nothing to compare with.", year.note());
            assertNull(year.budget());
        }
        // the whole year: proposals are per mission
        String html = new String(HtmlReport.write(Plans.content(null, Map.of()), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(html.contains("These documents are of the whole year"), html);
        assertTrue(html.contains("Since the previous fiscal year (FY2022)"), html);
    }

    @Test
    void pdfReportHasTheChangesSection() throws Exception {
        ProposalContent c = editedContent();
        byte[] ja = PdfReport.write(c, Locale.JAPANESE);
        byte[] en = PdfReport.write(c, Locale.ENGLISH);
        keep("report-changes-ja.pdf", ja);
        keep("report-changes-en.pdf", en);
        String jaText = pdfText(ja);
        assertTrue(jaText.contains("変更点"), jaText);
        assertTrue(jaText.contains("前回の提案（2026-11-20）からの変更"), jaText);
        assertTrue(jaText.contains("C-5"), jaText);
        assertTrue(jaText.contains("追加 C-5 "), jaText);
        String enText = pdfText(en);
        assertTrue(enText.contains("Changes"), enText);
        assertTrue(enText.contains("Since the last proposal (2026-11-20)"), enText);
        assertTrue(enText.contains("1 added, 1 dropped, 1 budget changed, 0 otherwise changed"), enText);
        assertTrue(enText.contains("2,500,000 \u2192 3,200,000 (+700,000)"), enText);
        assertTrue(enText.contains("Budget (not cancelled): JPY 6,200,000 \u2192 JPY 7,700,000 (+1,500,000)"), enText);
        // deterministic: the same content, the same bytes
        assertArrayEquals(ja, PdfReport.write(c, Locale.JAPANESE));
        assertArrayEquals(XlsxProposal.write(c, Locale.JAPANESE), XlsxProposal.write(c, Locale.JAPANESE));
        assertArrayEquals(HtmlReport.write(c, Locale.JAPANESE), HtmlReport.write(c, Locale.JAPANESE));
    }

    @Test
    void theReportListsThirtyInitiativesAndCountsTheRest() throws Exception {
        List<Initiative> plan = new ArrayList<>(Plans.plan());
        for (int n = 10; n < 45; n++) {
            plan.add(Plans.initiative("C-" + n, 2023, "cg-chicago", 100_000).build());
        }
        ProposalContent c = ProposalContent.prepare(Plans.rules(), plan, 2023, "cg-chicago",
                ReferenceData.shipped().referenceFor(2023), Plans.names(), Map.of(), Plans.AT);
        // since FY2022: C-2, C-4 and the 35 new ones added, C-9 dropped, C-1 budget changed: 39 lines
        String html = new String(HtmlReport.write(c, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(html.contains("... and 9 more"), html);
        String text = pdfText(PdfReport.write(c, Locale.ENGLISH));
        assertTrue(text.contains("... and 9 more"), text);
        assertFalse(text.contains("C-9"), "C-9 (dropped) is listed after the added ones, beyond the thirty");
        try (XSSFWorkbook wb = Poi.call(() -> new XSSFWorkbook(new ByteArrayInputStream(XlsxProposal.write(c, Locale.ENGLISH))))) {
            Block year = block(wb.getSheet("Changes"), "Since the previous fiscal year (FY2022)");
            assertEquals(37, year.idsByChange().get("Added").size(), "the workbook lists every change");
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        return Poi.call(() -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        });
    }

    private static void keep(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "proposal-samples").toAbsolutePath();
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
