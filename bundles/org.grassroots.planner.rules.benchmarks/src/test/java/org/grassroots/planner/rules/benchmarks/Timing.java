package org.grassroots.planner.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Times of repeated runs of one piece of work: wall clock and the thread's CPU time, in
 * milliseconds, reported as medians (a busy machine disturbs a median less than a mean).
 */
final class Timing {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps results alive so that the JIT cannot drop the work. */
    static volatile Object sink;

    private final double[] wall;
    private final double[] cpu;
    /** The CPU times in the order the rounds ran (a trend says the JIT was still at work) */
    private final double[] cpuInOrder;

    private Timing(double[] wall, double[] cpu) {
        this.cpuInOrder = cpu.clone();
        this.wall = wall.clone();
        this.cpu = cpu.clone();
        Arrays.sort(this.wall);
        Arrays.sort(this.cpu);
    }

    /** Runs the work {@code warmups} times untimed, then {@code rounds} times timed. */
    static Timing measure(int warmups, int rounds, Callable<?> work) throws Exception {
        return interleaved(warmups, rounds, work)[0];
    }

    /** Runs the pieces of work one after the other in each round, so that they share the machine's moods. */
    static Timing[] interleaved(int warmups, int rounds, Callable<?>... works) throws Exception {
        for (int w = 0; w < warmups; w++) {
            for (Callable<?> work : works) {
                sink = work.call();
            }
        }
        double[][] wall = new double[works.length][rounds];
        double[][] cpu = new double[works.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < works.length; k++) {
                System.gc();
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                sink = works[k].call();
                wall[k][r] = (System.nanoTime() - t) / 1e6;
                cpu[k][r] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        Timing[] out = new Timing[works.length];
        for (int k = 0; k < works.length; k++) {
            out[k] = new Timing(wall[k], cpu[k]);
        }
        return out;
    }

    /** Times each of {@code count} runs of a short piece of work. */
    static Timing each(int count, Runnable work) {
        double[] wall = new double[count];
        double[] cpu = new double[count];
        for (int n = 0; n < count; n++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            wall[n] = (System.nanoTime() - t) / 1e6;
            cpu[n] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return new Timing(wall, cpu);
    }

    double wallMillis() {
        return wall[wall.length / 2];
    }

    double cpuMillis() {
        return cpu[cpu.length / 2];
    }

    /** @return the rounds' CPU times in milliseconds, in the order they ran */
    String cpuSeries() {
        StringBuilder out = new StringBuilder();
        for (double c : cpuInOrder) {
            out.append(out.length() == 0 ? "" : " ").append(Math.round(c));
        }
        return out.toString();
    }

    double fastestMillis() {
        return wall[0];
    }

    double meanMillis() {
        return Arrays.stream(wall).average().orElse(0);
    }

    double percentileMillis(int percent) {
        return wall[Math.min(wall.length - 1, wall.length * percent / 100)];
    }

    /** @return the heap that live objects take, after collecting garbage a few times */
    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int n = 0; n < 4; n++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
