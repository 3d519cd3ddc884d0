package org.grassroots.planner.importer.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.grassroots.planner.importer.FileReplacement;
import org.grassroots.planner.importer.PlanCells;
import org.grassroots.planner.importer.PlanExporter;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;

/**
 * Writes a plan as the contract's CSV: UTF-8 with a byte-order mark (so that Excel opens it as
 * UTF-8 rather than as the system code page), CRLF line ends, RFC 4180 quoting, the contract's
 * header in its canonical order. A cell that a spreadsheet would run as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR) is written with a leading {@code '}, which
 * the plan readers take off again ({@link PlanCells#quoted(String)}).
 */
public class CsvPlanExporter implements PlanExporter {
    private static final char BOM = '\uFEFF';

    @Override
    public String formatName() {
        return "CSV";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void write(Collection<Initiative> initiatives, Map<String, Long> versions, Path file) throws IOException {
        FileReplacement.replace(file, aside -> {
            try (BufferedWriter out = Files.newBufferedWriter(aside, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write(BOM);
                printer.printRecord(versioned(PlanRows.COLUMNS, versions, PlanRows.VERSION));
                for (Initiative i : initiatives) {
                    Long version = versions.get(i.getId());
                    printer.printRecord(versioned(PlanCells.csv(i), versions, version == null ? "" : version.toString()));
                }
            }
        });
    }

    /** @return the cells, with the version's cell after them when the plan has versions */
    private static List<String> versioned(List<String> cells, Map<String, Long> versions, String version) {
        if (versions.isEmpty()) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells);
        out.add(version);
        return out;
    }
}
