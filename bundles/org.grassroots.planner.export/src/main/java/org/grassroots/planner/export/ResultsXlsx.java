package org.grassroots.planner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The results report as a workbook: one sheet per section of the document, numbers as number cells,
 * names in the visible columns and the codes in hidden columns (for a round trip), no formula.
 */
final class ResultsXlsx {
    private ResultsXlsx() {
    }

    static byte[] write(ResultsContent c, Locale locale) throws IOException {
        return Poi.call(() -> {
            Labels l = new Labels(locale);
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Font bold = wb.createFont();
                bold.setBold(true);
                CellStyle header = wb.createCellStyle();
                header.setFont(bold);
                CellStyle big = wb.createCellStyle();
                Font bigFont = wb.createFont();
                bigFont.setBold(true);
                bigFont.setFontHeightInPoints((short) 14);
                big.setFont(bigFont);
                CellStyle number = wb.createCellStyle();
                number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
                CellStyle wrap = wb.createCellStyle();
                wrap.setWrapText(true);
                XSSFSheet sheet = null;
                int r = 0;
                int[] widths = new int[20];
                for (ResultsDocument.Block b : ResultsDocument.of(c, l)) {
                    if (b instanceof ResultsDocument.Section s) {
                        fit(sheet, widths);
                        widths = new int[20];
                        sheet = wb.createSheet(sheetName(wb, s.title()));
                        r = 0;
                        if (wb.getNumberOfSheets() == 1) {
                            set(sheet.createRow(r++), 0, l.get("r.programme"), null);
                            set(sheet.createRow(r++), 0, ResultsDocument.title(c, l), big);
                            set(sheet.createRow(r++), 0, ResultsDocument.generated(c, l), null);
                            r++;
                        }
                    } else if (b instanceof ResultsDocument.Heading h) {
                        set(sheet.createRow(r++), 0, h.text(), header);
                    } else if (b instanceof ResultsDocument.Para p) {
                        set(sheet.createRow(r++), 0, p.text(), null);
                    } else if (b instanceof ResultsDocument.Table t) {
                        if (!t.keyValue()) {
                            XSSFRow row = sheet.createRow(r++);
                            for (int i = 0; i < t.header().size(); i++) {
                                set(row, i, t.header().get(i), header);
                            }
                        }
                        for (List<Object> cells : t.rows()) {
                            XSSFRow row = sheet.createRow(r++);
                            for (int i = 0; i < cells.size(); i++) {
                                Object v = cells.get(i);
                                if (v instanceof Long n) {
                                    XSSFCell cell = row.createCell(i);
                                    cell.setCellValue(n.doubleValue());
                                    cell.setCellStyle(number);
                                    widths[i] = Math.max(widths[i], 12);
                                } else {
                                    String text = v == null ? "" : v.toString();
                                    set(row, i, text, t.keyValue() && i == 0 ? header : text.length() > 60 ? wrap : null);
                                    widths[Math.min(i, 19)] = Math.max(widths[Math.min(i, 19)], Math.min(60, width(text)));
                                }
                            }
                        }
                        for (int code : t.codes()) {
                            sheet.setColumnHidden(code, true);
                        }
                        r++;
                    } else if (b instanceof ResultsDocument.TileMap m) {
                        // the map is drawn in HTML and PDF; the workbook lists the states (the paragraphs after it)
                        set(sheet.createRow(r++), 0, m.legend(), null);
                    } else if (b instanceof ResultsDocument.Bars) {
                        // the charts' figures are the tables' own
                    }
                }
                fit(sheet, widths);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            }
        });
    }

    private static void fit(XSSFSheet sheet, int[] widths) {
        if (sheet == null) {
            return;
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                sheet.setColumnWidth(i, Math.min(255, widths[i] + 2) * 256);
            }
        }
    }

    /** @return the width of the text in Excel's character units (full-width characters count twice) */
    private static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }

    private static void set(XSSFRow row, int column, String text, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text); // a text cell: never a formula
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String sheetName(XSSFWorkbook wb, String title) {
        String name = WorkbookUtil.createSafeSheetName(title.length() > 31 ? title.substring(0, 31) : title);
        String unique = name;
        for (int n = 2; wb.getSheet(unique) != null; n++) {
            unique = name.substring(0, Math.min(name.length(), 28)) + " " + n;
        }
        return unique;
    }
}
