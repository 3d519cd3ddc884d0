package org.grassroots.planner.store.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What one client (or all, merged) saw: save calls by outcome and the latency of each acknowledged save. */
final class Stats {
    long acked;
    long conflicts;
    long refusals;
    long inDoubt;
    long deadlocks;
    long failures;
    long retries;
    long gaveUp;
    long outageErrors;
    long reconnects;
    long proposals;
    long proposalRefusals;
    long proposalErrors;
    long approvals;
    long reopenings;
    long reviewErrors;
    final List<String> failureSamples = new ArrayList<>();
    private long[] latencies = new long[1024];
    private int n;

    void latency(long nanos) {
        if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
        }
        latencies[n++] = nanos;
    }

    synchronized void sample(String failure) {
        if (failureSamples.size() < 20) {
            failureSamples.add(failure);
        }
    }

    synchronized void merge(Stats o) {
        acked += o.acked;
        conflicts += o.conflicts;
        refusals += o.refusals;
        inDoubt += o.inDoubt;
        deadlocks += o.deadlocks;
        failures += o.failures;
        retries += o.retries;
        gaveUp += o.gaveUp;
        outageErrors += o.outageErrors;
        reconnects += o.reconnects;
        proposals += o.proposals;
        proposalRefusals += o.proposalRefusals;
        proposalErrors += o.proposalErrors;
        approvals += o.approvals;
        reopenings += o.reopenings;
        reviewErrors += o.reviewErrors;
        for (String s : o.failureSamples) {
            sample(s);
        }
        for (int k = 0; k < o.n; k++) {
            latency(o.latencies[k]);
        }
    }

    /** @return the p-th percentile (0..100) of the acknowledged saves' latency in milliseconds, nearest rank */
    double percentileMs(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }
}
