package org.grassroots.planner.store.benchmarks;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.store.AccessRefusedException;
import org.grassroots.planner.store.ConflictException;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ProposalRefusedException;
import org.grassroots.planner.store.ProposalState;
import org.grassroots.planner.store.StoreException;

/**
 * One simulated planner: its own {@link PlanStore} (own connection and login) on its mission, editing, adding and
 * deleting initiatives as fast as the store answers until the deadline. Before each step it reads its mission's rows
 * afresh, as a workbench that sees others' edits would. A conflict is re-read and retried (twice at most, then given
 * up); a refusal (the mission is locked by an approval) is given up. When the connection breaks (the server crashed)
 * the save is in doubt and the planner opens a new store until the server answers again.
 */
final class Planner implements Runnable {
    private static final int MAX_RETRIES = 2;
    private static final long REFUSED_PAUSE_MILLIS = 250;

    final String name;
    final Stats stats = new Stats();
    private final Supplier<PlanStore> opener;
    private final String mission;
    private final int fiscalYear;
    private final Ledger ledger;
    private final long deadline;
    private final boolean propose;
    private final Random random;
    private final Outage outage;
    private long nextBudget;
    private long nextId;
    private PlanStore store;
    private long openedAt;

    /** When the server was down: a connection error is expected only on a store opened before the restart. */
    static final class Outage {
        volatile long restartedAt = Long.MAX_VALUE;
    }

    Planner(String name, Supplier<PlanStore> opener, String mission, int fiscalYear, long budgetBase, Ledger ledger,
            long deadline, boolean propose, long seed, Outage outage) {
        this.name = name;
        this.opener = opener;
        this.mission = mission;
        this.fiscalYear = fiscalYear;
        this.ledger = ledger;
        this.deadline = deadline;
        this.propose = propose;
        this.random = new Random(seed);
        this.nextBudget = budgetBase;
        this.outage = outage;
    }

    static Initiative initiative(String id, int fiscalYear, String mission, long budget) {
        return Initiative.builder().id(id).fiscalYear(fiscalYear).mission(mission).titleJa("草の根キャラバン " + id)
                .titleEn("Caravan " + id).kind(Kind.COMPANY_SUPPORT).themes(List.of("workers-middle-class", "digital"))
                .states(List.of("ND", "SD")).partners(List.of("Honorary Consul")).format(Format.IN_PERSON)
                .startDate(LocalDate.of(fiscalYear, 9, 1)).endDate(LocalDate.of(fiscalYear, 9, 3)).budgetJpy(budget)
                .status(Status.DRAFT).build();
    }

    @Override
    public void run() {
        try {
            open();
            while (System.currentTimeMillis() < deadline) {
                try {
                    step();
                } catch (StoreException e) {
                    if (!connectionLost(e)) {
                        throw e;
                    }
                    reconnect(e);
                }
            }
        } catch (RuntimeException e) {
            stats.failures++;
            stats.sample(name + ": stopped by " + e);
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (StoreException e) {
                    // the connection is gone already
                }
            }
        }
    }

    private void open() {
        while (true) {
            try {
                store = opener.get();
                openedAt = System.currentTimeMillis();
                return;
            } catch (StoreException e) {
                if (!connectionLost(e) || System.currentTimeMillis() > deadline + 60_000) {
                    throw e;
                }
                pause(200);
            }
        }
    }

    private void reconnect(StoreException e) {
        stats.outageErrors++;
        if (openedAt >= outage.restartedAt) {
            stats.failures++;
            stats.sample(name + ": connection error on a store opened after the server's restart: " + e.getMessage());
        }
        try {
            store.close();
        } catch (StoreException closed) {
            // expected: the connection is broken
        }
        store = null;
        stats.reconnects++;
        open();
    }

    private void step() {
        List<Initiative> rows = store.initiativesOfMission(fiscalYear, mission);
        double r = random.nextDouble();
        if (propose && r < 0.03) {
            propose(rows);
        } else if (rows.size() < 4 || r < 0.20) {
            Initiative added = initiative(name + "-" + (++nextId), fiscalYear, mission, ++nextBudget);
            save(List.of(new Change(added.getId(), Ledger.Kind.INSERT, added)));
        } else if (rows.size() > 24 || r < 0.32) {
            Initiative gone = rows.get(random.nextInt(rows.size()));
            save(List.of(new Change(gone.getId(), Ledger.Kind.DELETE, null)));
        } else if (r < 0.45) {
            List<Initiative> two = pick(rows, 2);
            save(List.of(edit(two.get(0)), new Change(two.get(1).getId(), Ledger.Kind.DELETE, null)));
        } else {
            List<Change> edits = new ArrayList<>();
            for (Initiative i : pick(rows, 1 + random.nextInt(3))) {
                edits.add(edit(i));
            }
            save(edits);
        }
    }

    private Change edit(Initiative i) {
        return new Change(i.getId(), Ledger.Kind.UPDATE, i.toBuilder().budgetJpy(++nextBudget).build());
    }

    private List<Initiative> pick(List<Initiative> rows, int k) {
        List<Initiative> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(k, copy.size()));
    }

    record Change(String id, Ledger.Kind kind, Initiative value) {
    }

    private enum Answer {
        ACKED, CONFLICT, GIVE_UP
    }

    /** Saves these changes in one transaction; on a conflict re-reads the rows and tries again with fresh values. */
    private void save(List<Change> changes) {
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            Answer answer = saveOnce(changes);
            if (answer != Answer.CONFLICT) {
                return;
            }
            if (attempt == MAX_RETRIES) {
                stats.gaveUp++;
                return;
            }
            stats.retries++;
            List<Initiative> now = store.initiativesOfMission(fiscalYear, mission);
            List<Change> again = new ArrayList<>();
            for (Change c : changes) {
                Initiative current = now.stream().filter(i -> i.getId().equals(c.id())).findFirst().orElse(null);
                if (current == null) {
                    continue; // deleted by another planner: nothing left to change
                }
                again.add(c.kind() == Ledger.Kind.DELETE ? c : edit(current));
            }
            if (again.isEmpty()) {
                return;
            }
            changes = again;
        }
    }

    private Answer saveOnce(List<Change> changes) {
        long group = ledger.newGroup();
        List<Initiative> saved = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Change c : changes) {
            if (c.kind() == Ledger.Kind.DELETE) {
                deleted.add(c.id());
            } else {
                saved.add(c.value());
            }
        }
        long t0 = System.nanoTime();
        try {
            if (deleted.isEmpty()) {
                store.save(saved);
            } else if (saved.isEmpty()) {
                store.delete(deleted);
            } else {
                store.apply(saved, deleted);
            }
            stats.latency(System.nanoTime() - t0);
            stats.acked++;
            for (Change c : changes) {
                Long version = c.kind() == Ledger.Kind.DELETE ? null : store.seenVersion(c.id());
                record(group, c, Ledger.Outcome.ACKED, version == null ? 0 : version);
            }
            return Answer.ACKED;
        } catch (ConflictException e) {
            stats.conflicts++;
            changes.forEach(c -> record(group, c, Ledger.Outcome.CONFLICT, 0));
            return Answer.CONFLICT;
        } catch (AccessRefusedException e) {
            stats.refusals++;
            changes.forEach(c -> record(group, c, Ledger.Outcome.REFUSED, 0));
            pause(REFUSED_PAUSE_MILLIS); // the mission is locked by an approval: wait before trying again
            return Answer.GIVE_UP;
        } catch (StoreException e) {
            if (connectionLost(e)) {
                stats.inDoubt++;
                changes.forEach(c -> record(group, c, Ledger.Outcome.IN_DOUBT, 0));
                throw e;
            }
            boolean deadlock = "40P01".equals(sqlState(e));
            if (deadlock) {
                stats.deadlocks++;
            } else {
                stats.failures++;
            }
            stats.sample(name + (deadlock ? ": deadlock: " : ": save failed: ") + e.getMessage());
            changes.forEach(c -> record(group, c, deadlock ? Ledger.Outcome.DEADLOCK : Ledger.Outcome.FAILED, 0));
            return Answer.GIVE_UP;
        }
    }

    private void record(long group, Change c, Ledger.Outcome outcome, long version) {
        ledger.add(new Ledger.Attempt(group, name, c.id(), c.kind(), c.value() == null ? null : c.value().getBudgetJpy(),
                outcome, version));
    }

    private void propose(List<Initiative> rows) {
        try {
            ProposalState state = store.proposals().get(fiscalYear, mission).state();
            if (state == ProposalState.DRAFT || state == ProposalState.RETURNED) {
                store.proposals().propose(fiscalYear, mission, rows, List.of(), Map.of());
                stats.proposals++;
            }
        } catch (ProposalRefusedException | AccessRefusedException e) {
            stats.proposalRefusals++; // another planner of the mission proposed first
        } catch (StoreException e) {
            if (connectionLost(e)) {
                throw e;
            }
            stats.proposalErrors++;
            stats.sample(name + ": proposal failed: " + e.getMessage());
        }
    }

    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    /** @return whether the error is the connection's (class 08) or the server shutting down or starting (57P0x) */
    static boolean connectionLost(StoreException e) {
        String state = sqlState(e);
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
