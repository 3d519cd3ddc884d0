package org.grassroots.planner.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.PlanRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks crafted to attack the reader: external entities and zip bombs are refused, never resolved or expanded. */
class HostileWorkbookTest {
    private static final String SECRET = "TOP-SECRET-MARKER-4711";

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    /** A valid one-row plan workbook whose title cell is a shared string. */
    private Path validWorkbook() throws Exception {
        Path file = dir.resolve("valid.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("plan");
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < PlanRows.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(PlanRows.COLUMNS.get(c));
            }
            String[] values = { "I-1", "2023", "cg-miami", "TITLE", "", "food-pr", "", "FL", "", "", "", "", "", "draft" };
            XSSFRow row = sheet.createRow(1);
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
            wb.write(out);
        }
        return file;
    }

    /** Copies the workbook, rewriting the entries named in the map. */
    private Path rewrite(Path source, String name, Map<String, UnaryOperator<byte[]>> changes) throws Exception {
        Path target = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                UnaryOperator<byte[]> change = changes.get(e.getName());
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(change == null ? bytes : change.apply(bytes));
                out.closeEntry();
            }
        }
        return target;
    }

    private static UnaryOperator<byte[]> withExternalEntity(Path secretFile) {
        return bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            int rootStart = xml.indexOf('<', xml.indexOf("?>") + 2);
            String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>";
            String attacked = xml.substring(0, rootStart) + doctype + xml.substring(rootStart);
            return attacked.replace("TITLE", "&xxe;").replace("I-1", "&xxe;").getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path valid = validWorkbook();
        for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml",
                "xl/styles.xml", "[Content_Types].xml", "_rels/.rels")) {
            Path attacked = rewrite(valid, "xxe.xlsx", Map.of(part, withExternalEntity(secretFile)));
            ImportException e = assertThrows(ImportException.class, () -> new XlsxPlanImporter().read(attacked), part);
            assertFalse(e.getMessage().contains(SECRET), part + ": " + e.getMessage());
            assertTrue(e.getProblems().get(0).file().endsWith("xxe.xlsx"), part);
        }
    }

    @Test
    void theCraftedWorkbookIsReadWhenItCarriesNoEntity() throws Exception {
        // the same rewriting without the DOCTYPE gives a readable workbook: the refusal above is the entity's doing
        Path copy = rewrite(validWorkbook(), "copy.xlsx", Map.of());
        assertTrue(new XlsxPlanImporter().read(copy).initiatives().get(0).getTitleJa().equals("TITLE"));
    }

    @Test
    void aZipBombIsRefusedWithoutExpandingIt() throws Exception {
        Path bomb = rewrite(validWorkbook(), "bomb.xlsx", Map.of("xl/worksheets/sheet1.xml", bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            int end = xml.indexOf("</sheetData>");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 16; i++) {
                out.writeBytes(blanks); // 16 MB of blanks deflate to about 16 KB
            }
            out.writeBytes(xml.substring(end).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }));
        assertTrue(Files.size(bomb) < 1 << 20, "the bomb is small on disk");
        ImportException e = assertThrows(ImportException.class, () -> new XlsxPlanImporter().read(bomb));
        assertTrue(e.getProblems().get(0).message().startsWith("the workbook expands to far more data"), e.getMessage());
    }
}
