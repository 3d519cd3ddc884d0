package org.grassroots.planner.importer.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.Messages;

/**
 * Splits CSV text into records, as a stream, (Commons CSV, RFC 4180, LF or CRLF) and hands each to a row reader
 * with the line on which it starts, which a quoted line break inside a cell does not shift.
 */
final class CsvRecords {
    private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();

    /** Takes the rows; says false when it has read enough. */
    interface Rows {
        boolean row(int line, List<String> cells);
    }

    private CsvRecords() {
    }

    static void feed(String name, Reader text, Rows rows) throws ImportException {
        try (Reader reader = text; CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            long lastLine = 0;
            for (CSVRecord record : parser) {
                long startLine = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (!rows.row((int) startLine, record.toList())) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports broken quoting as "(line N) ..." inside its message
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            throw new ImportException(List.of(new ImportProblem(name, line, 1, null,
                    Messages.get("unreadable", e.getMessage()))));
        }
    }
}
