package org.grassroots.planner.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPlanExporterTest {
    @TempDir
    Path dir;

    private List<Initiative> sample(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ReferenceData.openSample(name)) {
            Files.copy(in, file);
        }
        return Importers.forFile(file).read(file).initiatives();
    }

    private List<Initiative> roundTrip(List<Initiative> plan) throws Exception {
        Path file = dir.resolve("export.xlsx");
        new XlsxPlanExporter().write(plan, file);
        return new XlsxPlanImporter().read(file).initiatives();
    }

    @Test
    void theShippedSamplePlansComeBackTheSame() throws Exception {
        for (String name : List.of("sample-fy2023-plan.csv", "sample-fy2021-best-practices.csv", "one-row.csv")) {
            List<Initiative> plan = sample(name);
            assertFalse(plan.isEmpty(), name);
            assertEquals(plan, roundTrip(plan), name);
        }
    }

    @Test
    void generatedPlansComeBackTheSame() throws Exception {
        for (long seed : new long[] { 1, 2 }) {
            List<Initiative> plan = PlanGenerator.generate(3_000, seed, 2023);
            assertEquals(plan, roundTrip(plan), "seed " + seed);
        }
    }

    @Test
    void yearsAndBudgetsAreNumberCellsAndDatesDateCells() throws Exception {
        Path file = dir.resolve("cells.xlsx");
        new XlsxPlanExporter().write(sample("one-row.csv"), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFRow header = wb.getSheetAt(0).getRow(0);
            for (int c = 0; c < PlanRows.COLUMNS.size(); c++) {
                assertEquals(PlanRows.COLUMNS.get(c), header.getCell(c).getStringCellValue());
            }
            XSSFRow row = wb.getSheetAt(0).getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(2023.0, row.getCell(1).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(10)));
            assertEquals(LocalDate.of(2023, 9, 12), row.getCell(10).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, row.getCell(12).getCellType());
            assertEquals(1_500_000.0, row.getCell(12).getNumericCellValue());
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsATextCellAndComesBackTheSame() throws Exception {
        Initiative one = sample("one-row.csv").get(0);
        List<Initiative> plan = List.of(one.toBuilder().id("-ONE").titleJa("=HYPERLINK(\"http://x\",\"y\")")
                .titleEn("+81 3 1234").partners(List.of("@home", "-JETRO")).build());
        Path file = dir.resolve("formulas.xlsx");
        new XlsxPlanExporter().write(plan, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFRow row = wb.getSheetAt(0).getRow(1);
            for (int c : new int[] { 0, 3, 4, 8 }) {
                assertEquals(CellType.STRING, row.getCell(c).getCellType(), "column " + c);
                assertTrue(row.getCell(c).getCellStyle().getQuotePrefixed(), "column " + c);
            }
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", row.getCell(3).getStringCellValue());
            assertEquals("@home;-JETRO", row.getCell(8).getStringCellValue());
            assertFalse(row.getCell(2).getCellStyle().getQuotePrefixed());
        }
        assertEquals(plan, new XlsxPlanImporter().read(file).initiatives());
    }

    @Test
    void isRegisteredAsAnExporterService() {
        assertInstanceOf(XlsxPlanExporter.class, Exporters.forFile(Path.of("out.xlsx")));
    }
}
