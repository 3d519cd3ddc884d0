package org.grassroots.planner.importer;

import java.nio.charset.Charset;

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
}
