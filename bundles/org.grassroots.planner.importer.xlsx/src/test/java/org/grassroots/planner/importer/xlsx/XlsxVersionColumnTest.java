package org.grassroots.planner.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan file's optional {@code version} column in workbooks: a number cell after the contract's columns, read back, checked. */
class XlsxVersionColumnTest {
    @TempDir
    Path dir;

    @Test
    void versionsAreNumberCellsAfterTheContractsColumnsAndReadBack() throws Exception {
        List<Initiative> plan = PlanGenerator.generate(20, 9, 2023);
        Map<String, Long> versions = Map.of(plan.get(1).getId(), 2L, plan.get(19).getId(), 4_321L);
        Path file = dir.resolve("versioned.xlsx");
        new XlsxPlanExporter().write(plan, versions, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFRow header = wb.getSheetAt(0).getRow(0);
            assertEquals("version", header.getCell(PlanRows.COLUMNS.size()).getStringCellValue());
            XSSFRow second = wb.getSheetAt(0).getRow(2);
            assertEquals(CellType.NUMERIC, second.getCell(PlanRows.COLUMNS.size()).getCellType());
            assertEquals(2.0, second.getCell(PlanRows.COLUMNS.size()).getNumericCellValue());
            assertEquals(null, wb.getSheetAt(0).getRow(1).getCell(PlanRows.COLUMNS.size()));
        }
        ImportedPlan read = new XlsxPlanImporter().read(file);
        assertEquals(plan, read.initiatives());
        assertEquals(versions, read.versions());
    }

    @Test
    void aBadVersionCellNamesItsRowAndColumn() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path file = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("plan");
            List<String> header = List.of("version", "id", "fiscal_year", "mission", "title_ja", "kind", "states", "status");
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            Object[][] rows = { { 3.0, "I-1" }, { "soon", "I-2" }, { 0.0, "I-3" } };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                if (rows[r][0] instanceof Double d) {
                    row.createCell(0).setCellValue(d);
                } else {
                    row.createCell(0).setCellValue((String) rows[r][0]);
                }
                String[] rest = { (String) rows[r][1], "2023", "cg-chicago", "題", "food-pr", "IL", "draft" };
                for (int c = 0; c < rest.length; c++) {
                    row.createCell(c + 1).setCellValue(rest[c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportException e = assertThrows(ImportException.class, () -> new XlsxPlanImporter().read(file));
        assertEquals(List.of("3:1:version", "4:1:version"),
                e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList());
    }
}
