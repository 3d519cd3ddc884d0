package org.grassroots.planner.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of plan cells the way planners really write them in Excel, so that every tabular
 * format accepts exactly the same spellings: surrounding blanks (also no-break and ideographic
 * spaces) are ignored; whole numbers may carry digit grouping ({@code 1,500,000}), a yen sign or a
 * zero fraction ({@code 2023.0}); dates are ISO {@code 2023-09-01} or as Japanese Excel writes them
 * ({@code 2023/9/1}); full-width digits count as digits; a fiscal year may be given in the Japanese
 * era form ({@code 令和5年度}).
 */
public final class CellValues {
    private static final Pattern WHOLE = Pattern.compile("[-+]?(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.0+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern ERA = Pattern.compile("(令和|平成)(元|\\d{1,2})年度?");
    private static final int REIWA_OFFSET = 2018;
    private static final int HEISEI_OFFSET = 1988;

    private CellValues() {
    }

    /** @return the value without surrounding blanks, or {@code null} if nothing else is left */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /**
     * @return the index of the first control character of the value (U+0000 to U+001F but TAB, or
     *         U+007F), or -1 if it has none
     */
    public static int controlCharacter(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return true if this cleaned value is written as a whole number, even one too large for
     *         {@link #wholeNumber(String)}
     */
    public static boolean isWholeNumber(String value) {
        if (plainDigits(value, 0, value.length())) {
            return true;
        }
        String v = ascii(value);
        if (v.startsWith("¥")) {
            v = v.substring(1).strip();
        }
        return WHOLE.matcher(v).matches();
    }

    /** @return the whole number written in this cleaned value, or {@code null} if it is none (or beyond a long) */
    public static Long wholeNumber(String value) {
        if (plainDigits(value, 0, value.length()) && value.length() <= 18) {
            return Long.parseLong(value); // the common case, without regular expressions
        }
        String v = ascii(value);
        if (v.startsWith("¥")) {
            v = v.substring(1).strip();
        }
        if (!WHOLE.matcher(v).matches()) {
            return null;
        }
        int dot = v.indexOf('.');
        String digits = (dot < 0 ? v : v.substring(0, dot)).replace(",", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    private static boolean plainDigits(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return the value with full-width digits, letters and signs made ASCII (NFKC), if it has any */
    private static String ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return Normalizer.normalize(value, Normalizer.Form.NFKC);
            }
        }
        return value;
    }

    /** @return the fiscal year written as a number or in the era form, or {@code null} */
    public static Integer fiscalYear(String value) {
        Matcher era = ERA.matcher(ascii(value));
        if (era.matches()) {
            int n = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
            return n + ("令和".equals(era.group(1)) ? REIWA_OFFSET : HEISEI_OFFSET);
        }
        Long number = wholeNumber(value);
        return number == null || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE ? null : number.intValue();
    }

    /** @return the date written in this cleaned value, or {@code null} if it is none */
    public static LocalDate date(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && plainDigits(value, 0, 4)
                && plainDigits(value, 5, 7) && plainDigits(value, 8, 10)) {
            try { // the common case, ISO yyyy-mm-dd, without regular expressions
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        Matcher m = DATE.matcher(ascii(value));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
