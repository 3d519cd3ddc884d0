package org.grassroots.planner.importer.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into the text the plan contract reads, whatever the cell's display format:
 * a date cell becomes an ISO date ({@code 2023-09-01}), a number Excel stores as a double becomes
 * a whole number when it is one ({@code 1500000.0} → {@code 1500000}), any other number its plain
 * decimal form (never {@code 1.5E+06}, never grouped or with a currency sign).
 */
final class PlainDataFormatter extends DataFormatter {
    private final boolean date1904;

    PlainDataFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime when = DateUtil.getLocalDateTime(value, date1904 || use1904Windowing);
            return when.toLocalDate().toString();
        }
        return plain(value);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
