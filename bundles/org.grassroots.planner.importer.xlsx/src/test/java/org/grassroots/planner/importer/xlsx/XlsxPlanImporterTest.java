package org.grassroots.planner.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.importer.FileSizeLimit;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPlanImporterTest {
    @TempDir
    Path dir;
    private Locale saved;
    private final XlsxPlanImporter importer = new XlsxPlanImporter();

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    /** A workbook as planners keep it: a merged title row, a blank row, then the header on row 3. */
    private static XSSFWorkbook planWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("令和5年度");
        sheet.createRow(0).createCell(0).setCellValue("令和5年度 グラスルーツ案件計画 (シカゴ総)");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, PlanRows.COLUMNS.size() - 1));
        XSSFRow header = sheet.createRow(2);
        for (int c = 0; c < PlanRows.COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(c % 3 == 0 ? " " + PlanRows.COLUMNS.get(c) + "  " : PlanRows.COLUMNS.get(c));
        }
        return wb;
    }

    private static XSSFRow row(XSSFWorkbook wb, int excelRow, Object... values) {
        XSSFSheet sheet = wb.getSheetAt(0);
        XSSFRow row = sheet.createRow(excelRow - 1);
        XSSFCellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            XSSFCell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    private Path save(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); XSSFWorkbook w = wb) {
            w.write(out);
        }
        return file;
    }

    @Test
    void readsExcelDatesAndDoublesAsTheContractsValuesAndTrimsSpaces() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        row(wb, 4, " ONE-001 ", 2023.0, "cg-chicago", " 草の根キャラバン ", "Caravan", "other",
                "climate-energy ; dgc-agriculture", "ND", "", "in-person", LocalDate.of(2023, 9, 12),
                LocalDate.of(2023, 9, 14), 1_500_000.0, "draft");
        row(wb, 5, "ONE-002", "2023", "cg-chicago", "題", "ERROR:#N/A is only text here", "food-pr", null, "IL ", null, null, "2023-10-01",
                "2023/10/2", "1,200,000", "approved");
        ImportedPlan plan = importer.read(save(wb, "plan.xlsx"));
        assertEquals(2, plan.initiatives().size());
        Initiative one = plan.initiatives().get(0);
        assertEquals("ONE-001", one.getId());
        assertEquals(2023, one.getFiscalYear());
        assertEquals("草の根キャラバン", one.getTitleJa());
        assertEquals(List.of("climate-energy", "dgc-agriculture"), one.getThemes());
        assertEquals(List.of(), one.getPartners());
        assertEquals(Format.IN_PERSON, one.getFormat());
        assertEquals(LocalDate.of(2023, 9, 12), one.getStartDate());
        assertEquals(LocalDate.of(2023, 9, 14), one.getEndDate());
        assertEquals(1_500_000L, one.getBudgetJpy());
        Initiative two = plan.initiatives().get(1);
        assertEquals(List.of("IL"), two.getStates());
        assertEquals("ERROR:#N/A is only text here", two.getTitleEn());
        assertEquals(LocalDate.of(2023, 10, 2), two.getEndDate());
        assertEquals(1_200_000L, two.getBudgetJpy());
        assertEquals(Status.APPROVED, two.getStatus());
        assertEquals(4, plan.lineOfId().get("ONE-001"));
        assertEquals(5, plan.lineOfId().get("ONE-002"));
    }

    @Test
    void problemsNameTheExcelRowColumnNumberAndColumnName() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        row(wb, 4, "I-1", 2023, "cg-nowhere", "題", null, "other", null, "ND", null, null, null, null, 1_500_000.5,
                "draft");
        XSSFRow errors = row(wb, 6, "I-2", 2023, "cg-chicago", "題", null, "other", null, "ND", null, null, null, null,
                null, "draft");
        errors.createCell(12).setCellErrorValue(FormulaError.NA.getCode());
        ImportException e = assertThrows(ImportException.class, () -> importer.read(save(wb, "bad.xlsx")));
        List<String> where = e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName())
                .toList();
        assertEquals(List.of("4:3:mission", "4:13:budget_jpy", "6:13:budget_jpy"), where);
        assertTrue(e.getProblems().get(1).message().contains("\"1500000.5\""), e.getMessage());
        assertEquals("the cell holds the Excel error #N/A", e.getProblems().get(2).message());
    }

    @Test
    void aSheetWithoutTheHeaderIsRejectedInJapaneseToo() throws Exception {
        Locale.setDefault(Locale.JAPANESE);
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet().createRow(0).createCell(0).setCellValue("id");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(save(wb, "noheader.xlsx")));
        assertEquals("見出し行に「fiscal_year」列がありません", e.getProblems().get(0).message());
        assertEquals(1, e.getProblems().get(0).line());
    }

    @Test
    void datesOfA1904WorkbookAreTheSameDays() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
        row(wb, 4, "I-1", 2023, "cg-miami", "題", null, "food-pr", null, "FL", null, null, LocalDate.of(2024, 2, 29),
                null, null, "draft");
        assertEquals(LocalDate.of(2024, 2, 29),
                importer.read(save(wb, "mac.xlsx")).initiatives().get(0).getStartDate());
    }

    @Test
    void worksWhateverTheCallersContextClassLoader() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        row(wb, 4, "I-1", 2023, "cg-miami", "題", null, "food-pr", null, "FL", null, null, null, null, null, "draft");
        Path file = save(wb, "tccl.xlsx");
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(importer.read(file).initiatives().size());
            } catch (Exception | Error e) {
                result.set(e);
            }
        });
        thread.setContextClassLoader(new URLClassLoader(new URL[0], null));
        thread.start();
        thread.join();
        assertEquals(1, result.get());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("plan.xlsx"), "id,fiscal_year\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(text));
        assertTrue(e.getProblems().get(0).message().startsWith("not an Excel workbook (.xlsx)"), e.getMessage());
        Path old = dir.resolve("old.xlsx");
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 0, ole2, 0, 8);
        Files.write(old, ole2);
        e = assertThrows(ImportException.class, () -> importer.read(old));
        assertTrue(e.getProblems().get(0).message().contains("password"), e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: costs no disk
        }
        ImportException e = assertThrows(ImportException.class, () -> importer.read(huge));
        assertEquals("the file is 1,024 MB; files larger than " + FileSizeLimit.MAX_BYTES / (1024 * 1024)
                + " MB are not read", e.getProblems().get(0).message());
    }

    @Test
    void poisLimitsAgainstHostileWorkbooksAreSet() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        row(wb, 4, "I-1", 2023, "cg-miami", "題", null, "food-pr", null, "FL", null, null, null, null, null, "draft");
        importer.read(save(wb, "limits.xlsx"));
        assertEquals(0.01, ZipSecureFile.getMinInflateRatio());
        assertEquals(1L << 30, ZipSecureFile.getMaxEntrySize());
        assertEquals(100 * 1024 * 1024, IOUtils.getByteArrayMaxOverride());
    }

    /** @return the problems as line:column:column-name */
    private List<String> problems(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file));
        return e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList();
    }

    @Test
    void hiddenAndVeryHiddenSheetsAreSkippedForTheFirstVisibleOne() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (String name : List.of("hidden", "very hidden")) {
            XSSFSheet old = wb.createSheet(name);
            old.createRow(0).createCell(0).setCellValue("id");
            old.getRow(0).createCell(1).setCellValue("nothing else");
        }
        XSSFSheet visible = wb.createSheet("plan");
        XSSFRow header = visible.createRow(0);
        for (int c = 0; c < PlanRows.COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(PlanRows.COLUMNS.get(c));
        }
        XSSFRow row = visible.createRow(1);
        Object[] values = { "VISIBLE-1", 2023, "cg-miami", "題", null, "food-pr", null, "FL", null, null, null, null,
                null, "draft" };
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        wb.setActiveSheet(2);
        wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
        wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
        ImportedPlan plan = importer.read(save(wb, "hidden.xlsx"));
        assertEquals(List.of("VISIBLE-1"), plan.initiatives().stream().map(Initiative::getId).toList());
    }

    @Test
    void theContractsInputLimitsHoldForWorkbooksAsForCsv() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        wb.getSheetAt(0).getRow(2).createCell(PlanRows.COLUMNS.size()).setCellValue("Budget_JPY");
        // Excel writes U+0000 as _x0000_ (XML cannot hold it; POI would write "?"), U+007F as it is
        row(wb, 4, "I-1_x0000_", 2023, "cg-miami", "題", "DEL\u007F", "food-pr", null, "FL", null, null, null, null, null,
                "draft");
        row(wb, 5, "I-2", 1999, "cg-miami", "二行の\n題名", null, "food-pr", null, "FL", null, null, null, null, -1, "draft");
        row(wb, 6, "I-3", 2101, "cg-miami", "題", null, "food-pr", null, "FL", null, null, null, null, 1e12 + 1, "draft");
        assertEquals(List.of("3:" + (PlanRows.COLUMNS.size() + 1) + ":Budget_JPY", "4:1:id", "4:5:title_en", "5:4:title_ja", "5:2:fiscal_year", "5:13:budget_jpy",
                "6:2:fiscal_year", "6:13:budget_jpy"), problems(save(wb, "limits.xlsx")));
    }

    @Test
    void aQuotedFormulaIsReadAsItsTextWithoutTheQuote() throws Exception {
        XSSFWorkbook wb = planWorkbook();
        XSSFRow typed = row(wb, 4, "I-1", 2023, "cg-miami", "'=SUM(A1:A3)", "=HYPERLINK(\"http://x\",\"y\")", "food-pr",
                null, "FL", "'@home", null, null, null, 1e12, "draft");
        XSSFCellStyle quotePrefix = wb.createCellStyle(); // what Excel stores for a cell typed as '=HYPERLINK(...)
        quotePrefix.setQuotePrefixed(true);
        typed.getCell(4).setCellStyle(quotePrefix);
        Initiative i = importer.read(save(wb, "quoted.xlsx")).initiatives().get(0);
        assertEquals("=SUM(A1:A3)", i.getTitleJa());
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", i.getTitleEn());
        assertEquals(List.of("@home"), i.getPartners());
        assertEquals(PlanRows.MAX_BUDGET_JPY, i.getBudgetJpy());
    }

    @Test
    void isRegisteredAsAnImporterService() {
        assertInstanceOf(XlsxPlanImporter.class, Importers.forFile(Path.of("plan.XLSX")));
        assertFalse(importer.accepts(Path.of("plan.xls")));
        assertNull(Importers.forFile(Path.of("plan.ods")));
    }
}
