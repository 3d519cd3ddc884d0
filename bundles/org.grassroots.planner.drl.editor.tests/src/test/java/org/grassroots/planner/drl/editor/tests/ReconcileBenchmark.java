package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.grassroots.planner.drl.editor.problems.DrlReconcilingStrategy;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;
import org.grassroots.planner.rules.Diagnostic;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one reconcile costs (compiling the edited text with the other rule files of the folder, and finding the
 * file's parts), as ratios to the baseline measured in the same run: compiling the saved folder, as
 * {@code ./planner check} does. Prints medians; asserts only what the runs computed.
 */
class ReconcileBenchmark {
    private static final int RUNS = 9;

    @TempDir
    Path dir;

    @Test
    void reconcileAgainstCompilingTheSavedFolder() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        Path regions = dir.resolve("regions.drl");
        String text = Files.readString(regions, StandardCharsets.UTF_8);
        String broken = text.replace("!states.isEmpty()", "!statez.isEmpty()");
        int rules = RuleEngine.compile(dir).ruleIds().size(); // also warms up Drools and ECJ
        long files;
        try (java.util.stream.Stream<Path> drl = Files.list(dir)) {
            files = drl.filter(f -> f.getFileName().toString().endsWith(".drl")
                    || f.getFileName().toString().endsWith(".dslr")).count();
        }

        double baseline = median(() -> {
            try {
                return RuleEngine.compile(dir).ruleIds().size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Diagnostic>[] last = new List[1];
        double clean = median(() -> (last[0] = DrlReconcilingStrategy.diagnose(regions, text)).size());
        assertEquals(List.of(), last[0]);
        double withError = median(() -> (last[0] = DrlReconcilingStrategy.diagnose(regions, broken)).size());
        assertEquals(1, last[0].size(), last[0].toString());
        double structure = median(() -> DrlStructure.parse(text).of(DrlElement.Kind.RULE).size());
        assertEquals(3, DrlStructure.parse(text).of(DrlElement.Kind.RULE).size());

        System.out.printf(Locale.ROOT, "ReconcileBenchmark (median of %d, shipped rules, %d files, %d rules)%n", RUNS, files,
                rules);
        System.out.printf(Locale.ROOT, "  baseline: compile the saved folder        %8.1f ms  1.00%n", baseline);
        System.out.printf(Locale.ROOT, "  reconcile, text that compiles             %8.1f ms  %.2f%n", clean, clean / baseline);
        System.out.printf(Locale.ROOT, "  reconcile, text with an unknown field     %8.1f ms  %.2f%n", withError, withError / baseline);
        System.out.printf(Locale.ROOT, "  find the file's parts (outline, folding)  %8.3f ms  %.4f%n", structure, structure / baseline);
        assertTrue(baseline > 0 && clean > 0 && withError > 0);
    }

    private static double median(Supplier<Integer> work) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
