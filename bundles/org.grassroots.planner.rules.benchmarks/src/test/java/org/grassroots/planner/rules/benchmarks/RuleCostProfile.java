package org.grassroots.planner.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Where the full check's time goes: the CPU of the check with each judgement taken out, against the loop. */
class RuleCostProfile {
    private static final Path SHIPPED = Path.of(System.getProperty("planner.rules.dir", "../../rules"));

    @Test
    void profile() throws Exception {
        List<Theme> themes = ReferenceData.shipped().themes();
        FiscalYearReference reference = ReferenceData.shipped().referenceFor(2023);
        java.util.Set<String> outreach = ReferenceData.shipped().outreachStates();
        List<Initiative> generated = PlanGenerator.generate(100_000, 42, 2023);
        Map<String, RuleSet> variants = new LinkedHashMap<>();
        variants.put("all", RuleEngine.compile(SHIPPED));
        List<Initiative> asGenerated = Boolean.getBoolean("profile.plausible") // the plan as RulesBenchmark makes it plausible
                ? RandomPlans.plausible(generated, variants.get("all").kindMisfits(), themes, 3, 7)
                : generated;
        // -Dprofile.outliers=N: every Nth budget 20 times as large, so that each kind has initiatives far above its median
        List<Initiative> plan = withOutliers(asGenerated, Integer.getInteger("profile.outliers", 0));
        if (Boolean.getBoolean("profile.edits")) { // for a profiler: edits in a live session of the plan
            java.util.Map<String, Initiative> current = new LinkedHashMap<>();
            plan.forEach(i -> current.put(i.getId(), i));
            try (var session = RuleEngine.open(variants.get("all"), plan, reference, themes, outreach)) {
                RandomEdits edits = new RandomEdits(99, themes, !Boolean.getBoolean("profile.edits.nomoves"));
                Timing t = Timing.each(4_000, () -> edits.apply(current, session));
                System.out.printf("PROFILE edit: median %.1f us, mean %.1f us, CPU median %.1f us%n", t.wallMillis() * 1000,
                        t.meanMillis() * 1000, t.cpuMillis() * 1000);
                assertTrue(session.findingCount() > 0);
                // which edits take the time: each kind of edit's median, timed one by one
                Map<String, List<Long>> byKind = new java.util.TreeMap<>();
                for (int n = 0; n < 4_000; n++) {
                    long t0 = System.nanoTime();
                    String what = edits.apply(current, session);
                    long took = System.nanoTime() - t0;
                    String kind = what.startsWith("edit ") ? what.substring(0, what.indexOf(" of ")) : what.substring(0, what.indexOf(' '));
                    byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(took);
                }
                byKind.forEach((kind, times) -> {
                    java.util.Collections.sort(times);
                    System.out.printf("PROFILE edit by kind: %-8s n=%4d median %7.1f us, p90 %9.1f us%n", kind, times.size(),
                            times.get(times.size() / 2) / 1000.0, times.get(times.size() * 9 / 10) / 1000.0);
                });
            }
            return;
        }
        if (Boolean.getBoolean("profile.all.only")) { // for a profiler: the full check with every rule, again and again
            RuleSet all = variants.get("all");
            Timing t = Timing.measure(3, 30, () -> RuleEngine.checkInAnyOrder(all, plan, reference, themes, outreach));
            System.out.printf("PROFILE all: CPU %.1f ms%n", t.cpuMillis());
            assertTrue(t.cpuMillis() > 0);
            return;
        }
        String others = System.getProperty("profile.variants", ""); // for trying a change: rule folders to weigh against "all"
        if (!others.isBlank()) {
            for (String folder : others.split(",")) {
                variants.put(folder, RuleEngine.compile(Path.of(folder)));
            }
        } else { // what each rule of the judgements costs: the shipped set without it
            for (String rule : List.of("KIND-THEME-MISMATCH", "BUDGET-ABOVE-KIND-MEDIAN", "POLICY-WORKERS-MAJOR-MISSION",
                    "BUDGET-LAST-QUARTER", "FORMAT-MIX", "REPEAT-WITHOUT-RESULTS", "LAST-YEAR-DONE-WITHOUT-RESULTS",
                    "STATE-NOT-REACHED-3Y", "AP2-UNKNOWN-THEME", "REGION-OUTSIDE-PRIORITY", "DATA-INVALID-DATES")) {
                variants.put("without " + rule, RuleEngine.compile(without(rule)));
            }
            Path contract = without("KIND-THEME-MISMATCH");
            Files.delete(contract.resolve("judgements.drl"));
            Files.delete(contract.resolve("history.drl"));
            variants.put("without judgements.drl and history.drl", RuleEngine.compile(contract));
        }
        // untimed rounds enough for the JIT to be done with every variant (with 2, the first ran slower than an identical copy)
        Timing[] t = Timing.interleaved(Integer.getInteger("profile.warmups", 10), 7, work(plan, reference, themes, outreach, variants));
        System.out.printf("PROFILE hand loop: CPU %.1f ms%n", t[0].cpuMillis());
        int n = 1;
        for (String name : variants.keySet()) {
            System.out.printf("PROFILE %s: CPU %.1f ms, %.1fx%n", name, t[n].cpuMillis(), t[n].cpuMillis() / t[0].cpuMillis());
            n++;
        }
        assertTrue(t[0].cpuMillis() > 0);
    }

    private static java.util.concurrent.Callable<?>[] work(List<Initiative> plan, FiscalYearReference reference,
            List<Theme> themes, java.util.Set<String> outreach, Map<String, RuleSet> variants) {
        java.util.List<java.util.concurrent.Callable<?>> out = new java.util.ArrayList<>();
        out.add(() -> HandWrittenChecks.check(plan, reference, themes, outreach));
        variants.values().forEach(r -> out.add(() -> RuleEngine.checkInAnyOrder(r, plan, reference, themes, outreach)));
        return out.toArray(new java.util.concurrent.Callable<?>[0]);
    }

    private static List<Initiative> withOutliers(List<Initiative> plan, int every) {
        if (every <= 0) {
            return plan;
        }
        List<Initiative> out = new java.util.ArrayList<>(plan.size());
        for (int n = 0; n < plan.size(); n++) {
            Initiative i = plan.get(n);
            out.add(n % every == 0 && i.getBudgetJpy() != null ? i.toBuilder().budgetJpy(i.getBudgetJpy() * 20).build() : i);
        }
        return out;
    }

    private static Path without(String rule) throws Exception {
        Path copy = Files.createTempDirectory("rules-without");
        try (var files = Files.list(SHIPPED)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                if (f.toString().endsWith(".drl") || f.toString().endsWith(".dslr")) {
                    text = text.replaceAll("(?ms)^rule \"" + rule + "\".*?^end$", "");
                }
                Files.writeString(copy.resolve(f.getFileName().toString()), text);
            }
        }
        return copy;
    }
}
