package org.grassroots.planner.importer.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import benchmark (not a test: it runs only with {@code -Pbenchmarks}, see BENCHMARKS.md).
 * In one run, on a plan of {@code benchmark.rows} initiatives (100,000) from PlanGenerator written
 * by the CSV and XLSX exporters:
 * <ol>
 * <li>the CSV imported into a fresh embedded H2 store through the CSV importer service and
 * {@code PlanStore.save}, against H2's own CSVREAD loading the same file into the same table
 * ({@link H2CsvRead}), taking turns round by round: median times, and the median of the rounds'
 * ratios (goal ≤ 1.5);</li>
 * <li>the XLSX read by the XLSX importer service: time and peak heap (goal &lt; 300 MB), and the
 * whole import into a store.</li>
 * </ol>
 * Figures are medians of {@value #ROUNDS} rounds ({@value #XLSX_ROUNDS} for XLSX) after a warm-up
 * round. The benchmark runs in a 300 MB heap ({@code -Dbenchmark.heap} to change it), so that it
 * finishing at all shows the heap goal is met.
 */
class ImportBenchmark {
    private static final int ROUNDS = 5;
    private static final int XLSX_ROUNDS = 3;
    private static final long SEED = 42;

    @TempDir
    Path dir;
    private int databases;

    private String freshDatabase() {
        String url = PlanStore.embeddedUrl(dir.resolve("db-" + ++databases));
        PlanStore.open(url).close(); // the schema, made by the store's own migrations
        return url;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    @Test
    void csvImportAgainstH2CsvReadAndXlsxImportTimeAndHeap() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 100_000);
        Path csv = dir.resolve("plan.csv");
        Path xlsx = dir.resolve("plan.xlsx");
        List<Initiative> plan = PlanGenerator.generate(rows, SEED, 2023);
        Exporters.forFile(csv).write(plan, csv);
        Exporters.forFile(xlsx).write(plan, xlsx);
        plan = null;

        List<Long> ours = new ArrayList<>();
        List<Long> oursRead = new ArrayList<>();
        List<Long> h2 = new ArrayList<>();
        List<Long> h2WithoutLists = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            String url = freshDatabase();
            long t0;
            long read;
            long t1;
            try (PlanStore store = PlanStore.open(url)) {
                t0 = System.nanoTime();
                ImportedPlan imported = Importers.forFile(csv).read(csv);
                read = System.nanoTime() - t0;
                assertEquals(rows, store.save(imported.initiatives()).added());
                t1 = System.nanoTime();
            }
            assertEquals(rows, H2CsvRead.count(url));
            String baseline = freshDatabase();
            long t2;
            long t3;
            try (Connection c = H2CsvRead.connect(baseline)) {
                t2 = System.nanoTime();
                assertEquals(rows, H2CsvRead.load(c, csv, true));
                t3 = System.nanoTime();
            }
            long t4;
            long t5;
            try (Connection c = H2CsvRead.connect(freshDatabase())) {
                t4 = System.nanoTime();
                assertEquals(rows, H2CsvRead.load(c, csv, false));
                t5 = System.nanoTime();
            }
            if (round == 1) {
                try (PlanStore a = PlanStore.open(url); PlanStore b = PlanStore.open(baseline)) {
                    assertEquals(a.initiatives(2023), b.initiatives(2023), "both loads hold the same plan");
                }
            }
            if (round > 0) {
                ours.add(t1 - t0);
                oursRead.add(read);
                h2.add(t3 - t2);
                h2WithoutLists.add(t5 - t4);
                ratios.add((double) (t1 - t0) / (t3 - t2));
            }
        }

        List<Long> xlsxRead = new ArrayList<>();
        List<Long> xlsxPeak = new ArrayList<>();
        long xlsxBaseline = 0;
        for (int round = 0; round <= XLSX_ROUNDS; round++) {
            long t0;
            long t1;
            try (HeapPeak heap = new HeapPeak()) {
                t0 = System.nanoTime();
                assertEquals(rows, Importers.forFile(xlsx).read(xlsx).initiatives().size());
                t1 = System.nanoTime();
                if (round > 0) {
                    xlsxPeak.add(heap.peakMb());
                    xlsxBaseline = heap.baselineMb();
                }
            }
            if (round > 0) {
                xlsxRead.add(t1 - t0);
            }
        }
        long xlsxImport;
        long xlsxImportPeak;
        try (PlanStore store = PlanStore.open(freshDatabase()); HeapPeak heap = new HeapPeak()) {
            long t0 = System.nanoTime();
            store.save(Importers.forFile(xlsx).read(xlsx).initiatives());
            xlsxImport = System.nanoTime() - t0;
            xlsxImportPeak = heap.peakMb();
        }

        long oursMs = millis(median(ours));
        long h2Ms = millis(median(h2));
        Collections.sort(ratios);
        String report = String.join(System.lineSeparator(),
                String.format("Import benchmark: %,d rows (PlanGenerator seed %d, FY2023), -Xmx%s, medians of %d rounds"
                        + " (XLSX: %d) after a warm-up round", rows, SEED, System.getProperty("benchmark.heap", "?"), ROUNDS,
                        XLSX_ROUNDS),
                String.format("  files: CSV %.1f MB, XLSX %.1f MB", Files.size(csv) / 1e6, Files.size(xlsx) / 1e6),
                String.format("  CSV  -> CSV importer + PlanStore.save (H2): %,7d ms  (reading %,d ms)",
                        millis(median(ours)), millis(median(oursRead))),
                String.format("  CSV  -> H2 CSVREAD into the same table:     %,7d ms", millis(median(h2))),
                String.format("  ratio importer+store / CSVREAD:             %7.2f  (median of the rounds' ratios %s; goal <= 1.5)",
                        ratios.get(ratios.size() / 2), ratios.stream().map(r -> String.format("%.2f", r)).toList()),
                String.format("  (lower bound: CSVREAD leaving the lists empty %,d ms; importer+store / that: %.2f)",
                        millis(median(h2WithoutLists)), (double) median(ours) / median(h2WithoutLists)),
                String.format("  XLSX -> XLSX importer (reading):            %,7d ms, peak heap in use %d MB (%d MB before;"
                        + " goal < 300 MB)", millis(median(xlsxRead)), Collections.max(xlsxPeak), xlsxBaseline),
                String.format("  XLSX -> XLSX importer + PlanStore.save:     %,7d ms, peak heap in use %d MB (one round)",
                        millis(xlsxImport), xlsxImportPeak),
                String.format("  rounds (ms): importer+store %s, CSVREAD %s, CSVREAD without lists %s, XLSX %s; XLSX peaks (MB) %s",
                        ours.stream().map(ImportBenchmark::millis).toList(), h2.stream().map(ImportBenchmark::millis).toList(),
                        h2WithoutLists.stream().map(ImportBenchmark::millis).toList(),
                        xlsxRead.stream().map(ImportBenchmark::millis).toList(), xlsxPeak),
                "");
        System.out.print(report);
        String out = System.getProperty("benchmark.out");
        if (out != null) {
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
        }
    }
}
