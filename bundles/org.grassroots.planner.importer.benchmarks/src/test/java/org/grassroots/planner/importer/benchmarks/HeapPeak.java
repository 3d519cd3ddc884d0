package org.grassroots.planner.importer.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while some work runs, sampled every millisecond from a second thread. It
 * counts garbage the collector has not yet taken, so it is an upper bound of what the work needs;
 * the benchmark's heap limit ({@code -Xmx}) is the hard one.
 */
final class HeapPeak implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final long MB = 1024 * 1024;

    private final long baseline;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    /** Collects garbage, notes the heap in use, and starts sampling. */
    HeapPeak() {
        System.gc();
        baseline = used();
        peak = baseline;
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** @return the heap in use when sampling started, after a collection, in MB */
    long baselineMb() {
        return baseline / MB;
    }

    /** @return the most heap in use seen so far, garbage included, in MB */
    long peakMb() {
        peak = Math.max(peak, used());
        return peak / MB;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
