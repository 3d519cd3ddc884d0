package org.grassroots.planner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of plain tables, one sheet each (a what-if comparison: one sheet per side, one of differences).
 * Numbers are written as numbers, text as text (never a formula); highlighted cells are filled.
 */
public final class TablesXlsx {
    private TablesXlsx() {
    }

    /** A cell: a {@link Long} or {@link Double} is a number, anything else its text; highlighted when it differs. */
    public record Cell(Object value, boolean highlighted) {
        public static Cell of(Object value) {
            return new Cell(value, false);
        }
    }

    /** A sheet: its name (cut to 31 characters), a title line, the header and the rows. */
    public record Sheet(String name, String title, List<String> header, List<List<Cell>> rows) {
    }

    /** @return the workbook's bytes */
    public static byte[] write(List<Sheet> sheets) throws IOException {
        return Poi.call(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Font bold = wb.createFont();
                bold.setBold(true);
                CellStyle header = wb.createCellStyle();
                header.setFont(bold);
                CellStyle number = wb.createCellStyle();
                number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
                CellStyle marked = wb.createCellStyle();
                marked.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                CellStyle markedNumber = wb.createCellStyle();
                markedNumber.cloneStyleFrom(marked);
                markedNumber.setDataFormat(number.getDataFormat());
                for (Sheet s : sheets) {
                    XSSFSheet sheet = wb.createSheet(unique(wb, s.name()));
                    int r = 0;
                    XSSFCell title = sheet.createRow(r++).createCell(0);
                    title.setCellValue(s.title());
                    title.setCellStyle(header);
                    r++;
                    XSSFRow h = sheet.createRow(r++);
                    for (int k = 0; k < s.header().size(); k++) {
                        XSSFCell c = h.createCell(k);
                        c.setCellValue(s.header().get(k));
                        c.setCellStyle(header);
                    }
                    for (List<Cell> row : s.rows()) {
                        XSSFRow x = sheet.createRow(r++);
                        for (int k = 0; k < row.size(); k++) {
                            Cell cell = row.get(k);
                            XSSFCell c = x.createCell(k);
                            if (cell.value() instanceof Number n) {
                                c.setCellValue(n.doubleValue());
                                c.setCellStyle(cell.highlighted() ? markedNumber : number);
                            } else {
                                c.setCellValue(cell.value() == null ? "" : cell.value().toString());
                                if (cell.highlighted()) {
                                    c.setCellStyle(marked);
                                }
                            }
                        }
                    }
                    for (int k = 0; k < s.header().size(); k++) { // by the text's length: autoSizeColumn needs AWT fonts
                        int width = s.header().get(k).length();
                        for (List<Cell> row : s.rows()) {
                            if (k < row.size() && row.get(k).value() != null) {
                                Object v = row.get(k).value();
                                width = Math.max(width, v instanceof Number ? String.format("%,d", ((Number) v).longValue()).length()
                                        : v.toString().length() * (v.toString().chars().anyMatch(ch -> ch > 0x2E80) ? 2 : 1));
                            }
                        }
                        sheet.setColumnWidth(k, Math.min(80, width + 2) * 256);
                    }
                }
                wb.write(out);
                return out.toByteArray();
            }
        });
    }

    private static String unique(XSSFWorkbook wb, String title) {
        String name = WorkbookUtil.createSafeSheetName(title.length() > 31 ? title.substring(0, 31) : title);
        String unique = name;
        for (int n = 2; wb.getSheet(unique) != null; n++) {
            unique = name.substring(0, Math.min(name.length(), 28)) + " " + n;
        }
        return unique;
    }
}
