import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;

/**
 * One side of {@code full-check-vs-base.sh}: in this JVM, times full checks of a generated plan by the
 * rules engine on the class path, as {@code ./planner check} makes them ({@code RuleEngine.check}: the
 * findings in report order). {@code RuleEngine.check} is found by reflection: before the outreach states it took
 * (rules, plan, reference, themes), since then also the outreach states (given as the shipped data has them),
 * so the same source compiles and runs against the base and the change.
 * <p>
 * Usage: {@code java -cp <side's class path> FullCheck RULES_FOLDER [CHECKS [WARMUPS [SIZE]]]}, defaults
 * 6 timed checks after 2 untimed ones, a plan of 100,000 initiatives ({@code PlanGenerator.generate(SIZE, 42,
 * 2023)}, the same plan on both sides) against the shipped FY2023 reference and theme catalogue. With
 * {@code CHECKS} 0 it only compiles the rules (exit 3 if they do not compile with this engine).
 * <p>
 * Prints how long the JVM took to be ready and each warm-up's CPU time, then one line per timed check,
 * {@code check N cpu_ms C wall_ms W gc_ms G findings F}: C is the CPU time of the checking thread
 * (ThreadMXBean), W the wall time, G the time the JVM's collectors report for the check (their own
 * threads, not in C), F the number of findings (the same on both sides unless the change changes what
 * the rules find). Then {@code median cpu_ms C wall_ms W gc_ms G}.
 */
public final class FullCheck {
    /** Keeps each check's findings alive, so that the JIT cannot drop the work. */
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        Path rulesFolder = Path.of(args[0]);
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;

        RuleSet rules;
        try {
            rules = RuleEngine.compile(rulesFolder);
        } catch (Exception e) {
            System.out.println("rules do not compile: " + e.getMessage().lines().findFirst().orElse(""));
            System.exit(3);
            return;
        }
        System.out.println("rules " + rules.ruleIds().size() + " from " + rulesFolder);
        if (checks == 0) {
            return;
        }
        ReferenceData shipped = ReferenceData.shipped();
        FiscalYearReference reference = shipped.referenceFor(2023);
        List<Theme> themes = shipped.themes();
        List<Initiative> plan = PlanGenerator.generate(size, 42, 2023);

        Check check = checker(shipped);
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        System.out.printf("ready after %d ms (JVM start, rules compiled, %d initiatives generated)%n",
                ManagementFactory.getRuntimeMXBean().getUptime(), plan.size());
        for (int w = 0; w < warmups; w++) {
            long c0 = thread.getCurrentThreadCpuTime();
            sink = check.run(rules, plan, reference, themes);
            System.out.printf("warm-up %d cpu_ms %.1f%n", w + 1, (thread.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        double[] cpu = new double[checks];
        double[] wall = new double[checks];
        double[] gc = new double[checks];
        for (int n = 0; n < checks; n++) {
            System.gc(); // each check starts from the same, collected heap
            long g0 = gcMillis();
            long c0 = thread.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Finding> findings = check.run(rules, plan, reference, themes);
            wall[n] = (System.nanoTime() - t0) / 1e6;
            cpu[n] = (thread.getCurrentThreadCpuTime() - c0) / 1e6;
            gc[n] = gcMillis() - g0;
            sink = findings;
            System.out.printf("check %d cpu_ms %.1f wall_ms %.1f gc_ms %.0f findings %d%n", n + 1, cpu[n], wall[n], gc[n],
                    findings.size());
        }
        System.out.printf("median cpu_ms %.1f wall_ms %.1f gc_ms %.0f%n", median(cpu), median(wall), median(gc));
    }

    /** One full check, as this version of the engine takes it. */
    interface Check {
        List<Finding> run(RuleSet rules, List<Initiative> plan, FiscalYearReference reference, List<Theme> themes)
                throws Exception;
    }

    /** @return the engine's check: with the outreach states where it takes them (and the shipped data knows them) */
    @SuppressWarnings("unchecked")
    static Check checker(ReferenceData shipped) throws Exception {
        for (Method m : RuleEngine.class.getMethods()) {
            if (m.getName().equals("check") && m.getParameterCount() == 5 && m.getParameterTypes()[4] == Set.class) {
                Object outreach = ReferenceData.class.getMethod("outreachStates").invoke(shipped);
                return (rules, plan, reference, themes) -> (List<Finding>) m.invoke(null, rules, plan, reference, themes,
                        outreach);
            }
        }
        Method four = RuleEngine.class.getMethod("check", RuleSet.class, java.util.Collection.class,
                FiscalYearReference.class, java.util.Collection.class);
        return (rules, plan, reference, themes) -> (List<Finding>) four.invoke(null, rules, plan, reference, themes);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
