package org.grassroots.planner.planning;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.reference.ReferenceResolution.Source;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * What-if on a 1,000-initiative year (run only with {@code -Pbenchmarks}, inside Equinox), all measured in one run:
 * opening the year afresh (a live rule session on the plan, as the side-by-side view opens it), switching the view to
 * another scenario that keeps the reference (the session edited where the two scenarios differ), and computing
 * "cap −10%" (a reference change: a rule session of its own). Medians of the wall clock and of the thread's CPU time;
 * the ratios to opening afresh; the goal is 200 ms for switching and for "cap −10%". Written to
 * {@code target/benchmarks.md}.
 */
class ScenarioBenchmark {
    private static final int SIZE = Integer.getInteger("benchmark.size", 1_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 15);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Time(double wallMs, double cpuMs) {
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Time median(List<Time> times) {
        List<Double> wall = new ArrayList<>(times.stream().map(Time::wallMs).toList());
        List<Double> cpu = new ArrayList<>(times.stream().map(Time::cpuMs).toList());
        Collections.sort(wall);
        Collections.sort(cpu);
        return new Time(wall.get(wall.size() / 2), cpu.get(cpu.size() / 2));
    }

    private static Time time(Work w) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        w.run();
        return new Time((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    @Test
    void benchmark() throws Exception {
        RuleSet rules = RuleEngine.compile(ShippedRules.folder());
        FiscalYearReference fy = ReferenceData.shipped().shippedReference(2023);
        ReferenceResolution reference = ReferenceResolution.of(fy, Source.SHIPPED);
        List<Initiative> plan = PlanGenerator.generate(SIZE, 42, 2023);
        PlanningService planning = PlanningService.withoutStore();
        Scenario chicago = new Scenario("Chicago -10%, three cancelled", null, List.of(new Scenario.Scale("cg-chicago", null, 0.9)),
                List.of(Scenario.Change.status("GEN-000010", Status.CANCELLED), Scenario.Change.status("GEN-000020", Status.CANCELLED),
                        Scenario.Change.status("GEN-000030", Status.CANCELLED)), null);
        Scenario food = new Scenario("food PR halved, March to FY2024", null, List.of(new Scenario.Scale(null, Kind.FOOD_PR, 0.5)),
                march(plan), null);
        Scenario cut = new Scenario("cap -10%", new Scenario.ReferenceChange(fy.getBudgetCapJpy() * 9 / 10, null, null, null,
                null, null), List.of(), List.of(), null);
        Scenario priority = new Scenario("KY and TN priority", new Scenario.ReferenceChange(null, null, null,
                Set.of("CA", "TX", "OH", "IL", "IN", "KY", "TN"), null, null), List.of(), List.of(), null);
        // warm up the engine and the JIT
        for (int k = 0; k < 3; k++) {
            try (ScenarioSessions s = planning.scenarioSessions(rules, plan, reference)) {
                s.compare(chicago);
                s.compare(food);
                s.compare(cut);
            }
        }
        List<Time> open = new ArrayList<>();
        List<Time> switching = new ArrayList<>();
        List<Time> capCut = new ArrayList<>();
        List<Time> priorities = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ScenarioSessions[] s = new ScenarioSessions[1];
            boolean even = round % 2 == 0;
            open.add(time(() -> s[0] = planning.scenarioSessions(rules, plan, reference)));
            try {
                s[0].compare(chicago);
                switching.add(time(() -> s[0].compare(even ? food : chicago)));
                switching.add(time(() -> s[0].compare(even ? chicago : food)));
                capCut.add(time(() -> s[0].compare(cut)));
                priorities.add(time(() -> s[0].compare(priority)));
            } finally {
                s[0].close();
            }
        }
        Time o = median(open);
        Time sw = median(switching);
        Time c = median(capCut);
        Time p = median(priorities);
        StringBuilder b = new StringBuilder();
        b.append("# What-if benchmark: ").append(SIZE).append(" initiatives of FY2023 (PlanGenerator seed 42), ").append(ROUNDS)
                .append(" rounds\n");
        b.append("Java ").append(System.getProperty("java.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors; load average ").append(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                .append("\n\n");
        b.append("| what | wall median (ms) | CPU median (ms) | wall / opening afresh | goal |\n|---|---|---|---|---|\n");
        b.append(row("opening the year afresh (live session on the plan)", o, o, ""));
        b.append(row("switching to another scenario (incremental)", sw, o, "200 ms"));
        b.append(row("computing \"cap -10%\" (a session of its own)", c, o, "200 ms"));
        b.append(row("KY and TN as priority states (a session of its own)", p, o, ""));
        System.out.println(b);
        Path target = Path.of("target", "benchmarks.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, b.toString());
    }

    private static String row(String what, Time t, Time open, String goal) {
        return String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %s |%n", what, t.wallMs(), t.cpuMs(),
                t.wallMs() / open.wallMs(), goal);
    }

    /** @return moves to FY2024 of the initiatives that start in March */
    private static List<Scenario.Change> march(List<Initiative> plan) {
        return plan.stream().filter(i -> i.getStartDate() != null && i.getStartDate().getMonthValue() == 3)
                .map(i -> Scenario.Change.move(i.getId(), 2024)).toList();
    }
}
