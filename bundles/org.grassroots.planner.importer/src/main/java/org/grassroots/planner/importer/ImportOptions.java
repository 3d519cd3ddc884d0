package org.grassroots.planner.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * How to read a file when the reader should not decide alone.
 *
 * @param encoding the text encoding of a text format (CSV), overriding the reader's detection; or
 *                 {@code null} to detect it (UTF-8 with or without BOM, else CP932). Formats that
 *                 are not text (XLSX) ignore it.
 */
public record ImportOptions(Charset encoding) {
    /** Detect everything. */
    public static final ImportOptions DETECT = new ImportOptions(null);
    /** Names planners give to what Excel on Japanese Windows writes, which is CP932 rather than JIS Shift_JIS. */
    private static final Set<String> EXCEL_SHIFT_JIS = Set.of("shift_jis", "shift-jis", "sjis", "cp932", "ms932",
            "windows-31j");

    /**
     * @param name an encoding name as a planner writes it ({@code UTF-8}, {@code Shift_JIS},
     *             {@code cp932}, {@code ISO-8859-1} …); the Shift_JIS names mean CP932, the Shift_JIS
     *             of Windows and Excel, which has characters (①, ～, 髙) that JIS Shift_JIS lacks
     * @throws IllegalArgumentException if Java knows no encoding of that name
     */
    public static ImportOptions withEncoding(String name) {
        if (EXCEL_SHIFT_JIS.contains(name.toLowerCase(Locale.ROOT))) {
            return new ImportOptions(TextFile.CP932);
        }
        try {
            return new ImportOptions(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding: " + name, e);
        }
    }
}
