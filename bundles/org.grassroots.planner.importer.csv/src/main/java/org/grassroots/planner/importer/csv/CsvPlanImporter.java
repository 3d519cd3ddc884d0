package org.grassroots.planner.importer.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.grassroots.planner.importer.FileSizeLimit;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.Messages;
import org.grassroots.planner.importer.PlanImporter;
import org.grassroots.planner.importer.PlanRows;

/**
 * The plan file of the contract as CSV (Commons CSV, RFC 4180). UTF-8 with or without the BOM that
 * Excel writes; Shift_JIS (CP932, as Excel on Japanese Windows saves "CSV") when the bytes are not
 * valid UTF-8.
 */
public class CsvPlanImporter implements PlanImporter {
    static final Charset CP932 = Charset.forName("windows-31j");
    private static final char BOM = '\uFEFF';
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)");

    @Override
    public String formatName() {
        return "CSV";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    @Override
    public ImportedPlan read(Path file) throws ImportException {
        FileSizeLimit.check(file);
        String name = file.toString();
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException(List.of(new ImportProblem(name, 0, 0, null, Messages.get("unreadable", e))));
        }
        return parse(name, text);
    }

    /** Decodes as UTF-8 (dropping a BOM), or as CP932 when the bytes are not valid UTF-8. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, CP932);
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    static ImportedPlan parse(String name, String text) throws ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            PlanRows rows = new PlanRows(name);
            long lastLine = 0;
            for (CSVRecord record : parser) {
                long startLine = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (!rows.row((int) startLine, record.toList())) {
                    break;
                }
            }
            return rows.result();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports broken quoting as "(line N) ..." inside its message
            java.util.regex.Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            throw new ImportException(List.of(new ImportProblem(name, line, 1, null, Messages.get("unreadable", e.getMessage()))));
        }
    }
}
