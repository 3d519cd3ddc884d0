package org.grassroots.planner.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.grassroots.planner.importer.CellValues;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanCells;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.SaveResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the importers, through their services as the product finds them, 10,000 mutated CSV plans,
 * state-figures tables, XLSX workbooks and JSON reference files. Each must be imported (and a plan
 * then stored) or rejected with an {@link ImportException}: no other exception, no hang. A rejected
 * input leaves the real H2 store exactly as it was. Every plan imported keeps the contract's input
 * limits (fiscal years, budgets, no control characters, unique ids); the plans aimed at those limits
 * ({@link LimitInputs}: columns given twice, control characters, budgets and years beyond their
 * bounds, {@code '}-quoted formula cells, hidden sheets) are rejected with problems that all have a
 * line and a column, the edit's among them where the contract rejects it, or read as it says. The run is reproduced by its seed
 * ({@code -Dfuzz.seed=N}); an input that breaks a rule is kept under {@code target/fuzz-failures}.
 */
class ImportFuzzTest {
    private static final long DEFAULT_SEED = 20260401L;
    /** Far above what any input takes (a few milliseconds): reaching it means the importer hangs. */
    private static final long HANG_SECONDS = 30;
    private static final Charset CP932 = Charset.forName("windows-31j");

    /** What a fuzz input is, and how many of each a run feeds. */
    enum Kind {
        PLAN_CSV(5_000, "csv"), PLAN_LIMITS_CSV(700, "csv"), STATE_CSV(1_300, "csv"), PLAN_XLSX(400, "xlsx"),
        PLAN_LIMITS_XLSX(100, "xlsx"), REFERENCE_JSON(2_500, "json");

        final int count;
        final String extension;

        Kind(int count, String extension) {
            this.count = count;
            this.extension = extension;
        }

        boolean plan() {
            return this != STATE_CSV && this != REFERENCE_JSON;
        }

        /** @return true for the inputs aimed at the contract's input limits ({@link LimitInputs}) */
        boolean limits() {
            return this == PLAN_LIMITS_CSV || this == PLAN_LIMITS_XLSX;
        }
    }

    /** What became of one input. */
    enum Outcome {
        REJECTED, IMPORTED, STORED_CHANGES
    }

    /** Imported and rejected inputs of one kind. */
    private static final class Tally {
        int imported;
        int rejected;
        long makeNanos;
        long importNanos;
        long checkNanos;
    }

    @TempDir
    Path tempDir;
    private ScratchFolder scratch;
    private Path dir;
    private PlanStore store;
    private ExecutorService worker;
    private Locale saved;

    @BeforeEach
    void openStore() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        scratch = new ScratchFolder(tempDir);
        dir = scratch.path();
        store = PlanStore.open(PlanStore.embeddedUrl(dir.resolve("db")));
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-import");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void closeStore() throws Exception {
        worker.shutdownNow();
        store.close();
        scratch.close();
        Locale.setDefault(saved);
    }

    @Test
    void everyMutatedInputIsImportedOrRejectedAndARejectedOneLeavesTheStoreAsItWas() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        long start = System.nanoTime();
        FuzzSeeds seeds = new FuzzSeeds(Files.createDirectory(dir.resolve("seeds")));
        Path sample = dir.resolve("sample.csv");
        Files.writeString(sample, seeds.planCsv.get(FuzzSeeds.LARGE_PLAN));
        store.save(Importers.forFile(sample).read(sample).initiatives());
        System.out.println("fuzz seeds ready after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Mutator mutator = new Mutator(new SplittableRandom(seed));
        Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
        Map<Integer, List<Initiative>> contents = StoreContents.of(store);
        int index = 0;
        for (Kind kind : Kind.values()) {
            Tally tally = tallies.computeIfAbsent(kind, k -> new Tally());
            for (int n = 0; n < kind.count; n++, index++) {
                long made = System.nanoTime();
                LimitInputs.LimitInput limit = kind.limits()
                        ? LimitInputs.make(seeds.planTables.get(mutator.nextInt(seeds.planTables.size())), mutator,
                                kind == Kind.PLAN_LIMITS_XLSX)
                        : null;
                byte[] input = limit != null ? limit.bytes(kind == Kind.PLAN_LIMITS_XLSX) : input(kind, seeds, mutator);
                Path file = dir.resolve("input." + kind.extension);
                Files.write(file, input);
                String where = "seed " + seed + ", input " + index + " (" + kind + (limit == null ? "" : ", " + limit.what())
                        + ")";
                long t0 = System.nanoTime();
                tally.makeNanos += t0 - made;
                Outcome outcome = run(kind, file, input, where, index, limit);
                long t1 = System.nanoTime();
                tally.importNanos += t1 - t0;
                if (outcome != Outcome.REJECTED) {
                    tally.imported++;
                    if (outcome == Outcome.STORED_CHANGES) {
                        contents = StoreContents.of(store);
                    }
                } else {
                    tally.rejected++;
                    if (kind != Kind.REFERENCE_JSON && !contents.equals(StoreContents.of(store))) {
                        keep(input, kind, index);
                        fail(where + ": the store changed after a rejected input");
                    }
                }
                tally.checkNanos += System.nanoTime() - t1;
            }
        }
        System.out.println("fuzz seed " + seed + ": " + index + " inputs in " + (System.nanoTime() - start) / 1_000_000
                + " ms (CPU: importer thread " + workerCpuMillis() + " ms, test thread "
                + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000
                + " ms), imported/rejected " + summary(tallies));
        for (Tally t : tallies.values()) {
            assertTrue(t.imported > 0 && t.rejected > 0, "the mutations reach both outcomes: " + summary(tallies));
        }
        assertEquals(10_000, index);
    }

    private long workerCpuMillis() throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long id = worker.submit(() -> Thread.currentThread().getId()).get();
        return threads.getThreadCpuTime(id) / 1_000_000;
    }

    private static String summary(Map<Kind, Tally> tallies) {
        Map<Kind, String> out = new LinkedHashMap<>();
        tallies.forEach((k, t) -> out.put(k, t.imported + "/" + t.rejected + " (" + t.makeNanos / 1_000_000 + " ms making, " + t.importNanos / 1_000_000 + " ms importing, "
                + t.checkNanos / 1_000_000 + " ms checking the store)"));
        return out.toString();
    }

    private static byte[] input(Kind kind, FuzzSeeds seeds, Mutator m) throws Exception {
        return switch (kind) {
            case PLAN_CSV -> csv(seeds.planCsv.get(m.nextInt(10) == 0 ? FuzzSeeds.LARGE_PLAN
                    : FuzzSeeds.SMALL_PLANS[m.nextInt(FuzzSeeds.SMALL_PLANS.length)]), m);
            case STATE_CSV -> csv(seeds.stateCsv.get(0), m);
            case REFERENCE_JSON -> {
                String json = seeds.referenceJson.get(m.nextInt(seeds.referenceJson.size()));
                yield m.nextInt(10) < 7 ? m.text(json).getBytes(StandardCharsets.UTF_8)
                        : m.bytes(json.getBytes(StandardCharsets.UTF_8));
            }
            case PLAN_XLSX -> xlsx(seeds.planXlsx.get(m.nextInt(seeds.planXlsx.size())), m);
            case PLAN_LIMITS_CSV, PLAN_LIMITS_XLSX -> throw new IllegalArgumentException("made by LimitInputs");
        };
    }

    /** Mutated text in one of the encodings Excel writes, or mutated bytes. */
    private static byte[] csv(String text, Mutator m) {
        int how = m.nextInt(10);
        if (how < 6) {
            String mutated = m.text(text);
            return switch (m.nextInt(3)) {
                case 0 -> mutated.getBytes(StandardCharsets.UTF_8);
                case 1 -> ("\uFEFF" + mutated).getBytes(StandardCharsets.UTF_8);
                default -> mutated.getBytes(CP932);
            };
        }
        byte[] bytes = how < 8 ? text.getBytes(StandardCharsets.UTF_8) : text.getBytes(CP932);
        return m.bytes(bytes);
    }

    /** A workbook with one part's XML mutated, or one part's bytes, or the zip's bytes. */
    private static byte[] xlsx(Map<String, byte[]> entries, Mutator m) throws Exception {
        int how = m.nextInt(10);
        if (how < 2) {
            return m.bytes(FuzzSeeds.zip(entries));
        }
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        List<String> names = List.copyOf(copy.keySet());
        String part = m.nextInt(10) < 7 ? "xl/worksheets/sheet1.xml" : names.get(m.nextInt(names.size()));
        byte[] bytes = copy.getOrDefault(part, new byte[0]);
        copy.put(part, how < 9 ? m.text(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : m.bytes(bytes));
        return FuzzSeeds.zip(copy);
    }

    private Outcome run(Kind kind, Path file, byte[] input, String where, int index, LimitInputs.LimitInput limit)
            throws Exception {
        Future<Outcome> result = worker.submit(() -> importOne(kind, file, limit));
        try {
            return result.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            keep(input, kind, index);
            fail(where + ": no answer after " + HANG_SECONDS + " s (a hang)");
        } catch (java.util.concurrent.ExecutionException e) {
            keep(input, kind, index);
            if (e.getCause() instanceof AssertionError broken) {
                throw new AssertionError(where + ": " + broken.getMessage(), broken);
            }
            throw new AssertionError(where + ": neither imported nor rejected with ImportException", e.getCause());
        }
        return Outcome.REJECTED;
    }

    /**
     * Imports one input; a plan is held to the input limits, and an input aimed at them to what
     * the contract says of its edit.
     */
    private Outcome importOne(Kind kind, Path file, LimitInputs.LimitInput limit) throws Exception {
        try {
            switch (kind) {
                case PLAN_CSV, PLAN_XLSX, PLAN_LIMITS_CSV, PLAN_LIMITS_XLSX -> {
                    ImportedPlan plan = Importers.forFile(file).read(file);
                    withinLimits(plan.initiatives());
                    if (limit != null) {
                        limit.accepted(plan.initiatives());
                    }
                    SaveResult r = store.save(plan.initiatives());
                    assertEquals(plan.initiatives().size(), r.added() + r.updated() + r.unchanged());
                    return r.added() + r.updated() > 0 ? Outcome.STORED_CHANGES : Outcome.IMPORTED;
                }
                case STATE_CSV -> Importers.stateFiguresImporter().read(file, ImportOptions.DETECT);
                case REFERENCE_JSON -> Importers.referenceImporter().read(file);
            }
            return Outcome.IMPORTED;
        } catch (ImportException rejected) {
            assertTrue(!rejected.getProblems().isEmpty(), "a rejection says why");
            if (limit != null) {
                limit.rejected(rejected.getProblems());
            }
            return Outcome.REJECTED;
        }
    }

    /** Fails unless every initiative read keeps the contract's input limits. */
    private static void withinLimits(List<Initiative> plan) {
        Set<String> ids = new HashSet<>();
        for (Initiative i : plan) {
            assertTrue(i.getFiscalYear() >= PlanRows.FIRST_FISCAL_YEAR && i.getFiscalYear() <= PlanRows.LAST_FISCAL_YEAR,
                    i.getId() + ": fiscal year " + i.getFiscalYear());
            assertTrue(i.getBudgetJpy() == null || (i.getBudgetJpy() >= 0 && i.getBudgetJpy() <= PlanRows.MAX_BUDGET_JPY),
                    i.getId() + ": budget " + i.getBudgetJpy());
            for (String cell : PlanCells.text(i)) {
                assertEquals(-1, CellValues.controlCharacter(cell), i.getId() + ": a control character in " + cell);
            }
            assertTrue(ids.add(i.getId()), "id given twice: " + i.getId());
        }
    }

    private static void keep(byte[] input, Kind kind, int index) {
        String folder = System.getProperty("fuzz.failures");
        if (folder == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.write(dir.resolve(kind + "-" + index + "." + kind.extension), input);
        } catch (java.io.IOException e) {
            // the failure message still names seed and input
        }
    }
}
