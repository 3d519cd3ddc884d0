package org.grassroots.planner.importer.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.StateFigureRows;
import org.grassroots.planner.importer.StateFiguresImporter;
import org.grassroots.planner.importer.TextFile;
import org.grassroots.planner.model.StateFigures;

/**
 * A state-figures table as CSV ({@code state,year,japanese_employment,establishments,source}), read
 * with the same encodings and quoting as plan CSV files.
 */
public class CsvStateFiguresImporter implements StateFiguresImporter {

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public List<StateFigures> read(Path file, ImportOptions options) throws ImportException {
        String name = file.toString();
        StateFigureRows rows = new StateFigureRows(name);
        CsvRecords.feed(name, TextFile.open(file, options.encoding()), rows::row);
        return rows.result();
    }
}
