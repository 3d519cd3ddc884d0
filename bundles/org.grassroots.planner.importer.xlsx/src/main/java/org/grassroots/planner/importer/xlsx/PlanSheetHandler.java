package org.grassroots.planner.importer.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.grassroots.planner.importer.Messages;
import org.grassroots.planner.importer.PlanRows;

/**
 * Receives the cells of the first visible sheet row by row from POI's streaming sheet parser and hands each
 * row to {@link PlanRows} as a dense list (column A first), with the Excel row number as its line,
 * so that a cell's position in the list is its Excel column number. A row holding an Excel error
 * value ({@code #N/A}, {@code #REF!} …) in a plan column is reported cell by cell instead.
 */
final class PlanSheetHandler implements SheetContentsHandler {
    /** XSSFSheetXMLHandler's text for an error cell. */
    private static final String ERROR_PREFIX = "ERROR:";
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    /** Thrown through the SAX parser to stop reading once {@link PlanRows} has seen enough. */
    static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("enough rows read", null, false, false);
        }
    }

    private final PlanRows rows;
    private final CellTypeFilter types;
    private final List<String> cells = new ArrayList<>();
    private final List<Integer> errorColumns = new ArrayList<>();
    private int line;

    PlanSheetHandler(PlanRows rows, CellTypeFilter types) {
        this.rows = rows;
        this.types = types;
    }

    @Override
    public void startRow(int rowNum) {
        line = rowNum + 1;
        cells.clear();
        errorColumns.clear();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
        if (column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        String value = formattedValue == null ? "" : formattedValue;
        if (types.errorCell() && value.startsWith(ERROR_PREFIX)) {
            errorColumns.add(column + 1);
            value = value.substring(ERROR_PREFIX.length());
        }
        cells.set(column, value);
    }

    @Override
    public void endRow(int rowNum) {
        boolean errors = false;
        for (int column : errorColumns) {
            String name = rows.columnNameAt(column);
            if (name != null) {
                rows.problem(line, column, name, Messages.get("excel.error", cells.get(column - 1)));
                errors = true;
            }
        }
        boolean more = errors ? !rows.problemLimitReached() : rows.row(line, List.copyOf(cells));
        if (!more) {
            throw new StopReading();
        }
    }
}
