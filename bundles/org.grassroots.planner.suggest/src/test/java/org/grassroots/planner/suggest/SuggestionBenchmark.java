package org.grassroots.planner.suggest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The solver on the shipped sample plan (run only with {@code -Pbenchmarks}, inside Equinox): one run of 10 s (the
 * contract's default time box), its best score against the seconds spent, whether it meets every hard constraint,
 * and how far the greedy cut (lowest priority first, moved to next year) falls behind on the same score. Written to
 * {@code target/benchmarks.md}.
 */
class SuggestionBenchmark {
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);

    @Test
    void benchmark() throws Exception {
        List<Initiative> plan = SuggesterTest.sample();
        Suggester suggester = SuggesterTest.suggester();
        // warm-up: class loading and the JIT (a short solve)
        suggester.suggest(plan, SuggesterTest.FY2023, SuggestionWeights.DEFAULT, Duration.ofSeconds(1), SuggestionMonitor.NONE);
        long start = System.nanoTime();
        Suggestion s = suggester.suggest(plan, SuggesterTest.FY2023, SuggestionWeights.DEFAULT, Duration.ofSeconds(SECONDS),
                SuggestionMonitor.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Suggestion greedy = suggester.greedy(plan, SuggesterTest.FY2023, SuggestionWeights.DEFAULT);
        StringBuilder b = new StringBuilder();
        b.append("# Suggestion benchmark: the sample plan (FY2023, ").append(plan.size()).append(" initiatives), ").append(SECONDS)
                .append(" s time box\n");
        b.append("Java ").append(System.getProperty("java.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors; load average ").append(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                .append("\n\n");
        b.append(String.format(Locale.ROOT, "solver: %s in %d ms, feasible %s, %d changes; budget %,d of the cap %,d%n", s.score(),
                millis, s.feasible(), s.scenario().initiatives().size(), total(s, plan), SuggesterTest.FY2023.getBudgetCapJpy()));
        b.append(String.format(Locale.ROOT, "greedy cut: %s, feasible %s, %d changes; budget %,d%n", greedy.score(), greedy.feasible(),
                greedy.scenario().initiatives().size(), total(greedy, plan)));
        b.append(String.format(Locale.ROOT, "soft score: solver %d, greedy %d, the greedy cut %d points behind%n%n", s.softScore(),
                greedy.softScore(), s.softScore() - greedy.softScore()));
        b.append("solver: ").append(org.grassroots.planner.planning.ScenarioExplanations.score(s.scenario().explanation(), java.util.Locale.ENGLISH)).append("\n");
        b.append("greedy: ").append(org.grassroots.planner.planning.ScenarioExplanations.score(greedy.scenario().explanation(), java.util.Locale.ENGLISH)).append("\n\n");
        b.append("| seconds | best hard | best soft |\n|---|---|---|\n");
        for (double at : new double[] { 0, 0.1, 0.25, 0.5, 1, 2, 3, 5, 7.5, 10 }) {
            if (at > SECONDS) {
                break;
            }
            Suggestion.Point best = null;
            for (Suggestion.Point p : s.curve()) {
                if (p.millis() <= at * 1000) {
                    best = p;
                }
            }
            b.append(String.format(Locale.ROOT, "| %.2f | %d | %d |%n", at, best.hard(), best.soft()));
        }
        b.append("\nimprovements: ").append(s.curve().size()).append(", the last at ")
                .append(s.curve().get(s.curve().size() - 1).millis()).append(" ms\n");
        System.out.println(b);
        Path target = Path.of("target", "benchmarks.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, b.toString());
    }

    private static long total(Suggestion s, List<Initiative> plan) {
        Scenario.Applied a = s.scenario().applyTo(plan, SuggesterTest.FY2023);
        return Budgets.total(a.year().stream().filter(i -> !i.isCancelled()).toList());
    }
}
