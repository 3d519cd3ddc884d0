package org.grassroots.planner.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The results report read back from its files: the PDF's text (PDFBox), the workbook's cells (POI) and the
 * HTML: exact totals of a generated year with results, the published FY2021 figures with their source, names
 * instead of codes in Japanese, 令和 and JST. Written to {@code target/results-samples/} for a look.
 */
class ResultsReportTest {

    /** A generated year: 40 done initiatives over 4 missions with known results, 3 not done, 2 cancelled; FY2022 done ones. */
    static List<Initiative> generated() {
        List<Initiative> plan = new ArrayList<>();
        String[] missions = { "cg-chicago", "cg-new-york", "cg-atlanta", "co-portland" };
        String[][] states = { { "IL", "ND" }, { "NY" }, { "GA", "AL" }, { "OR" } };
        for (int n = 0; n < 40; n++) {
            int m = n % 4;
            plan.add(Plans.initiative("G-" + n, 2023, missions[m], 1_000_000 + n * 10_000L).states(List.of(states[m]))
                    .status(Status.DONE).format(n % 3 == 0 ? Format.ONLINE : Format.IN_PERSON)
                    .kind(n % 2 == 0 ? Kind.COMPANY_SUPPORT : Kind.INFO_DISSEMINATION).actualCostJpy(900_000 + n * 10_000L)
                    .participants(100L + n).onlineViews(n % 3 == 0 ? 1_000L + n : null).mediaReports((long) (n % 5))
                    .dignitaries(n == 7 ? List.of("州知事") : List.of()).outcome("成果 " + n).bestPractice(n == 7 || n == 12)
                    .build());
        }
        for (int n = 0; n < 3; n++) {
            plan.add(Plans.initiative("P-" + n, 2023, "cg-chicago", 500_000).status(Status.APPROVED).build());
        }
        for (int n = 0; n < 2; n++) {
            plan.add(Plans.initiative("X-" + n, 2023, "cg-chicago", 500_000).status(Status.CANCELLED).build());
        }
        for (int n = 0; n < 5; n++) {
            plan.add(Plans.initiative("H-" + n, 2022, "cg-new-york", 500_000).states(List.of("NJ")).status(Status.DONE).build());
        }
        return plan;
    }

    private static ResultsContent content(List<Initiative> plan, int year) {
        FiscalYearReference next = ReferenceData.shipped().referenceFor(year + 1);
        return ResultsContent.prepare(plan, year, next == null ? null
                : new ResultsContent.Direction(year + 1, next, next.getFiscalYear() == year + 1 ? "shipped" : "carried-over",
                        next.getFiscalYear() == year + 1 ? null : next.getFiscalYear(),
                        next.getFiscalYear() == year + 1 ? null : "shipped"), Plans.AT);
    }

    @Test
    void aGeneratedYearWithResultsGivesExactTotals() {
        ResultsContent c = content(generated(), 2023);
        ResultsContent.Tally t = c.total();
        assertEquals(40, t.initiatives());
        long participants = 0;
        long views = 0;
        long media = 0;
        long actual = 0;
        long planned = 0;
        for (int n = 0; n < 40; n++) {
            participants += 100 + n;
            views += n % 3 == 0 ? 1_000 + n : 0;
            media += n % 5;
            actual += 900_000 + n * 10_000L;
            planned += 1_000_000 + n * 10_000L;
        }
        assertEquals(participants, t.participants());
        assertEquals(views, t.onlineViews());
        assertEquals(14, t.viewsKnown());
        assertEquals(media, t.mediaReports());
        assertEquals(actual, t.actualJpy());
        assertEquals(planned, t.plannedJpy());
        assertEquals(3, c.plannedNotDone());
        assertEquals(2, c.cancelled());
        assertEquals(List.of(10, 10, 10, 10), c.byMission().stream().map(ResultsContent.Tally::initiatives).toList());
        assertEquals(Set.of("IL", "ND", "NY", "GA", "AL", "OR"), c.statesReached());
        assertEquals(Set.of("ND", "AL"), c.outreachReached());
        assertFalse(c.notReachedForThreeYears().contains("NJ"), "reached in FY2022");
        assertTrue(c.notReachedForThreeYears().contains("TX"));
        assertEquals(List.of(2022, 2023), c.notReachedYearsKnown());
        assertEquals(2, c.bestPractices().size());
        ResultsContent.YearCount y = c.year();
        assertEquals(40, y.initiatives());
        assertEquals(45, y.cumulative());
        assertEquals(null, y.published(), "no published figure for FY2023: unknown, never estimated");
    }

    @Test
    void theWorkbookHoldsTheTotalsAsNumbersAndNamesWithCodesHidden() throws Exception {
        ResultsContent c = content(generated(), 2023);
        byte[] xlsx = ResultsExport.XLSX.write(c, Locale.JAPANESE);
        keep("results-generated-ja.xlsx", xlsx);
        Poi.call(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet byMission = wb.getSheet("在外公館（地域）別");
                Row header = find(byMission, "在外公館");
                Row total = find(byMission, "合計");
                int count = column(header, "案件数");
                assertEquals(40, total.getCell(count).getNumericCellValue());
                assertEquals(CellType.NUMERIC, total.getCell(column(header, "参加者数")).getCellType());
                assertEquals(c.total().participants(), (long) total.getCell(column(header, "参加者数")).getNumericCellValue());
                assertEquals(c.total().actualJpy(), (long) total.getCell(column(header, "実績額（円）")).getNumericCellValue());
                Row chicago = find(byMission, "在シカゴ日本国総領事館");
                int code = column(header, "コード");
                assertEquals("cg-chicago", chicago.getCell(code).getStringCellValue());
                assertTrue(byMission.isColumnHidden(code), "the code column is hidden");
                Sheet list = wb.getSheet("実施案件");
                Row listHeader = find(list, "案件名");
                assertEquals(40, list.getLastRowNum() - listHeader.getRowNum());
                return null;
            }
        });
    }

    @Test
    void thePdfInJapaneseHasTheTotalsNamesReiwaAndJst() throws Exception {
        ResultsContent c = content(generated(), 2023);
        byte[] pdf = ResultsExport.PDF.write(c, Locale.JAPANESE);
        keep("results-generated-ja.pdf", pdf);
        String text = text(pdf);
        assertTrue(text.contains("令和5年度（2023年度） 取組結果報告"), text);
        assertTrue(text.contains("作成日時 2026-11-28 18:00 JST"), "the time in JST: " + text);
        assertTrue(text.contains(String.format("%,d（40件中40件で判明）", c.total().participants())), text);
        assertTrue(text.contains("在シカゴ日本国総領事館"), text);
        assertTrue(text.contains("ノースダコタ州"), text);
        assertTrue(text.contains("令和5年9月1日〜令和5年9月2日"), text);
        for (String code : List.of("cg-chicago", "co-portland", "company-support", "info-dissemination", "innovation-science",
                "in-person")) {
            assertFalse(text.contains(code), "no code in the Japanese text: " + code);
        }
        assertArrayEquals(pdf, ResultsExport.PDF.write(c, Locale.JAPANESE), "the same content gives the same bytes");
    }

    @Test
    void fy2021ShowsThePublishedFiguresWithTheirSourceBesideThePlansCount() throws Exception {
        List<Initiative> plan = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            plan.add(Plans.initiative("BP-" + n, 2021, "cg-chicago", 0).budgetJpy(null).status(Status.DONE).bestPractice(true)
                    .outcome("成果 " + n).startDate(LocalDate.of(2021, 6, 1)).endDate(LocalDate.of(2021, 6, 30)).build());
        }
        ResultsContent c = content(plan, 2021);
        assertEquals(97, c.year().published().value());
        assertEquals(1027, c.year().publishedCumulative().value());
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            byte[] pdf = ResultsExport.PDF.write(c, locale);
            keep("results-fy2021-" + locale.getLanguage() + ".pdf", pdf);
            String text = text(pdf).replace("\n", "");
            assertTrue(text.contains(locale == Locale.JAPANESE ? "97件（出典：外務省経済局資料（令和4年7月5日）：令和3年度実施案件97件）"
                    : "97 initiatives (source: MOFA material of 5 July 2022"), text);
            assertTrue(text.contains(locale == Locale.JAPANESE ? "1,027件（出典：" : "1,027 initiatives (source:"), text);
            assertTrue(text.contains(locale == Locale.JAPANESE ? "令和3年6月" : "2021-06-01"), text);
            String html = new String(ResultsExport.HTML.write(c, locale), StandardCharsets.UTF_8);
            assertTrue(html.contains("1,027"), "the HTML agrees");
            assertTrue(text.contains(locale == Locale.JAPANESE ? "令和4年度（2022年度）の取組の方向性" : "Direction for FY2022"), text);
        }
        String ja = text(ResultsExport.PDF.write(c, Locale.JAPANESE));
        assertTrue(ja.contains("不明"), "FY2017-FY2020 have no published figure: unknown");
    }

    private static Row find(Sheet sheet, String first) {
        for (Row r : sheet) {
            Cell cell = r.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    static String text(byte[] pdf) throws Exception {
        return Poi.call(() -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        });
    }

    static void keep(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "results-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
