package org.grassroots.planner.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The kind and theme matrix that analysts keep beside the rules, {@code kind-themes.csv}, read into
 * {@link ThemeMisfit} facts. A spreadsheet: the header is {@code kind} and then theme codes, each row a kind's code,
 * and a cell {@code no} where that theme does not fit that kind (an empty cell: no judgement). Read with Commons CSV;
 * a cell that is neither empty nor {@code no}, or a row of another width, is an error with file, line and column, as
 * a rule that does not compile. Codes are checked by {@code planner verify-rules} (unknown codes).
 */
final class KindThemeMatrix {
    /** The file's name in the rules folder. */
    static final String FILE = "kind-themes.csv";

    /** One cell of the matrix where the theme does not fit, with its place in the file. */
    record Cell(ThemeMisfit misfit, int line, int column) {
    }

    private KindThemeMatrix() {
    }

    /**
     * @param text the file's text, or null when the folder has none (no misfit)
     * @param diagnostics where errors go, each with file, line and column
     */
    static List<Cell> read(Path file, String text, List<Diagnostic> diagnostics) {
        List<Cell> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (Reader r = new StringReader(text);
                CSVParser csv = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).build().parse(r)) {
            List<String> header = null;
            for (CSVRecord row : csv) {
                int line = (int) row.getParser().getCurrentLineNumber();
                if (header == null) {
                    header = row.toList();
                    if (header.isEmpty() || !header.get(0).replace("\uFEFF", "").equals("kind")) {
                        diagnostics.add(new Diagnostic(file.toString(), null, line, 1,
                                "the first column of " + FILE + " is \"kind\", then one column per theme code"));
                        return out;
                    }
                    continue;
                }
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    diagnostics.add(new Diagnostic(file.toString(), null, line, 1, "this row has " + row.size()
                            + " cells, the header " + header.size()));
                    continue;
                }
                for (int c = 1; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (cell.equalsIgnoreCase("no")) {
                        out.add(new Cell(new ThemeMisfit(row.get(0), header.get(c)), line, c + 1));
                    } else if (!cell.isEmpty()) {
                        diagnostics.add(new Diagnostic(file.toString(), null, line, c + 1, "a cell of " + FILE
                                + " is empty or \"no\" (the theme does not fit the kind), not \"" + cell + "\""));
                    }
                }
            }
        } catch (IOException | IllegalStateException e) {
            diagnostics.add(new Diagnostic(file.toString(), null, 0, 0, "not a CSV file: " + e.getMessage()));
        }
        return out;
    }

    /** @return the folder's matrix file's text, or null if it has none */
    static String text(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
}
