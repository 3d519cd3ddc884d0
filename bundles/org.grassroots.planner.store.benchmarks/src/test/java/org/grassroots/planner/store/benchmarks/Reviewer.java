package org.grassroots.planner.store.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ProposalRefusedException;
import org.grassroots.planner.store.ProposalState;
import org.grassroots.planner.store.StoreException;

/**
 * The headquarters reviewer: goes round the missions, approves each proposed plan (which locks the mission's
 * initiatives: its planners' saves are refused) and reopens an approved one after {@code lockMillis}, so that the
 * planners can propose again.
 */
final class Reviewer implements Runnable {
    final Stats stats = new Stats();
    private final Supplier<PlanStore> opener;
    private final List<String> missions;
    private final int fiscalYear;
    private final long deadline;
    private final long lockMillis;
    private final Random random = new Random(13);
    private final Map<String, Long> approvedAt = new HashMap<>();
    private PlanStore store;

    Reviewer(Supplier<PlanStore> opener, List<String> missions, int fiscalYear, long deadline, long lockMillis) {
        this.opener = opener;
        this.missions = missions;
        this.fiscalYear = fiscalYear;
        this.deadline = deadline;
        this.lockMillis = lockMillis;
    }

    @Override
    public void run() {
        try {
            store = open();
            while (System.currentTimeMillis() < deadline) {
                List<String> round = new ArrayList<>(missions);
                Collections.shuffle(round, random);
                for (String m : round) {
                    try {
                        review(m);
                    } catch (ProposalRefusedException e) {
                        stats.proposalRefusals++;
                    } catch (StoreException e) {
                        if (!Planner.connectionLost(e)) {
                            stats.reviewErrors++;
                            stats.sample("reviewer: " + e.getMessage());
                            continue;
                        }
                        stats.outageErrors++;
                        try {
                            store.close();
                        } catch (StoreException closed) {
                            // broken already
                        }
                        stats.reconnects++;
                        store = open();
                    }
                }
                Planner.pause(100);
            }
        } catch (RuntimeException e) {
            stats.reviewErrors++;
            stats.sample("reviewer stopped by " + e);
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (StoreException e) {
                    // gone
                }
            }
        }
    }

    private PlanStore open() {
        while (true) {
            try {
                return opener.get();
            } catch (StoreException e) {
                if (!Planner.connectionLost(e) || System.currentTimeMillis() > deadline + 60_000) {
                    throw e;
                }
                Planner.pause(200);
            }
        }
    }

    private void review(String mission) {
        ProposalState state = store.proposals().get(fiscalYear, mission).state();
        long now = System.currentTimeMillis();
        if (state == ProposalState.PROPOSED) {
            store.proposals().approve(fiscalYear, mission, "approved by the load benchmark");
            approvedAt.put(mission, now);
            stats.approvals++;
        } else if (state == ProposalState.APPROVED && now - approvedAt.getOrDefault(mission, 0L) > lockMillis) {
            store.proposals().returnWithComment(fiscalYear, mission, "reopened by the load benchmark");
            stats.reopenings++;
        }
    }
}
