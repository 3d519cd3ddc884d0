package org.grassroots.planner.importer.csv;

import java.nio.file.Path;
import java.util.Locale;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.PlanImporter;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.importer.TextFile;

/**
 * The plan file of the contract as CSV (Commons CSV, RFC 4180). UTF-8 with or without the BOM that
 * Excel writes; Shift_JIS (CP932, as Excel on Japanese Windows saves "CSV") when the bytes are not
 * valid UTF-8; or the encoding the options give.
 */
public class CsvPlanImporter implements PlanImporter {
    static final java.nio.charset.Charset CP932 = TextFile.CP932;

    @Override
    public String formatName() {
        return "CSV";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public ImportedPlan read(Path file) throws ImportException {
        return read(file, ImportOptions.DETECT);
    }

    @Override
    public ImportedPlan read(Path file, ImportOptions options) throws ImportException {
        String name = file.toString();
        PlanRows rows = new PlanRows(name);
        CsvRecords.feed(name, TextFile.open(file, options.encoding()), rows::row);
        return rows.result();
    }
}
