package org.grassroots.planner.importer.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.planner.importer.FileReplacement;
import org.grassroots.planner.importer.PlanCells;
import org.grassroots.planner.importer.PlanExporter;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;

/**
 * Writes a plan as a workbook with the contract's header in the first sheet, through POI's
 * streaming writer (SXSSF: only a window of rows is in memory). Fiscal years and budgets are number
 * cells, dates date cells, so planners can sum and sort them in Excel; the header row is frozen and
 * filtered. Every other value is a text cell, never a formula: a title such as
 * {@code =HYPERLINK("http://x","y")} is written as that text, with the cell style Excel gives a cell
 * typed with a leading {@code '} (quote prefix), so that editing it in Excel keeps it text too.
 */
public class XlsxPlanExporter implements PlanExporter {
    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final int[] WIDTHS = { 14, 8, 16, 40, 40, 18, 30, 10, 30, 10, 12, 12, 12, 10, 14, 12, 12, 12, 20, 50, 12 };

    @Override
    public String formatName() {
        return "XLSX";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Override
    public void write(Collection<Initiative> initiatives, Map<String, Long> versions, Path file) throws IOException {
        FileReplacement.replace(file, aside -> Poi.call(() -> {
            writeWorkbook(initiatives, versions, aside);
            return null;
        }));
    }

    private static void writeWorkbook(Collection<Initiative> initiatives, Map<String, Long> versions, Path file)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("plan");
            Styles styles = new Styles(wb);
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < PlanRows.COLUMNS.size(); c++) {
                SXSSFCell cell = header.createCell(c);
                cell.setCellValue(PlanRows.COLUMNS.get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int columns = PlanRows.COLUMNS.size();
            if (!versions.isEmpty()) { // the optional version column, after the contract's
                SXSSFCell cell = header.createCell(columns);
                cell.setCellValue(PlanRows.VERSION);
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(columns, 8 * 256);
                columns++;
            }
            int r = 1;
            for (Initiative i : initiatives) {
                SXSSFRow row = sheet.createRow(r++);
                List<Object> cells = PlanCells.of(i);
                for (int c = 0; c < cells.size(); c++) {
                    write(row, c, cells.get(c), styles);
                }
                Long version = versions.get(i.getId());
                if (version != null) { // a number cell without digit grouping, as the fiscal year
                    SXSSFCell cell = row.createCell(cells.size());
                    cell.setCellValue(version.doubleValue());
                    cell.setCellStyle(styles.year);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void write(SXSSFRow row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        SXSSFCell cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Integer year) {
            cell.setCellValue(year.doubleValue());
            cell.setCellStyle(styles.year);
        } else if (value instanceof Long amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(styles.amount);
        } else {
            String text = value.toString();
            cell.setCellValue(text); // always a text cell (SXSSF writes an inline string), never a formula
            if (PlanCells.formulaLike(text)) {
                cell.setCellStyle(styles.quoted);
            }
        }
    }

    /** The few cell styles of the sheet, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle year;
        final CellStyle amount;
        /** Text that Excel would take for a formula if it were typed: kept text when edited, as {@code '} does */
        final CellStyle quoted;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            date = format(wb, "yyyy-mm-dd");
            year = format(wb, "0");
            amount = format(wb, "#,##0");
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        private static CellStyle format(SXSSFWorkbook wb, String pattern) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
