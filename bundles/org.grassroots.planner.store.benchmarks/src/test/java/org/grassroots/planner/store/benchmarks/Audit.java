package org.grassroots.planner.store.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.planner.store.benchmarks.Ledger.Attempt;
import org.grassroots.planner.store.benchmarks.Ledger.Kind;
import org.grassroots.planner.store.benchmarks.Ledger.Outcome;

/**
 * After a run: holds the store's rows and its audit trail (edit_history, one entry per changed row, and
 * edit_history_field) against the ledger of what the clients were told. Every budget a save attempt wrote is unique,
 * so each audit entry names the attempt it came from.
 */
final class Audit {
    final List<String> failures = new ArrayList<>();
    long ackedChanges;
    long inDoubtStored;
    long inDoubtNotStored;
    long historyEntries;
    long ids;

    private record Row(long budget, long version) {
    }

    private static final class Trail {
        int inserts;
        int updates;
        int deletes;
        final List<Long> updateBudgets = new ArrayList<>();
    }

    static Audit check(Connection c, Ledger ledger) throws SQLException {
        Audit a = new Audit();
        a.run(c, ledger);
        return a;
    }

    private void fail(String message) {
        if (failures.size() < 50) {
            failures.add(message);
        } else if (failures.size() == 50) {
            failures.add("… more failures left out");
        }
    }

    private void run(Connection c, Ledger ledger) throws SQLException {
        Map<String, List<Attempt>> byId = ledger.all().stream().collect(Collectors.groupingBy(Attempt::id));
        ids = byId.size();
        Map<String, Row> rows = new HashMap<>();
        Map<String, Trail> trails = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, budget_jpy, version FROM initiative")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getLong(2), rs.getLong(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT initiative_id, action FROM edit_history")) {
                while (rs.next()) {
                    Trail t = trails.computeIfAbsent(rs.getString(1), k -> new Trail());
                    switch (rs.getString(2)) {
                        case "insert" -> t.inserts++;
                        case "update" -> t.updates++;
                        case "delete" -> t.deletes++;
                        default -> fail("an audit entry of action " + rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT h.initiative_id, f.new_value FROM edit_history h JOIN edit_history_field f"
                    + " ON f.history_seq = h.seq WHERE h.action = 'update' AND f.field = 'budget_jpy'")) {
                while (rs.next()) {
                    trails.computeIfAbsent(rs.getString(1), k -> new Trail()).updateBudgets.add(Long.parseLong(rs.getString(2)));
                }
            }
        }
        for (Map.Entry<String, List<Attempt>> e : byId.entrySet()) {
            checkId(e.getKey(), e.getValue(), rows.get(e.getKey()), trails.getOrDefault(e.getKey(), new Trail()));
        }
        checkGroups(byId, rows, trails);
    }

    private void checkId(String id, List<Attempt> attempts, Row row, Trail trail) {
        historyEntries += trail.inserts + trail.updates + trail.deletes;
        boolean ackedInsert = has(attempts, Kind.INSERT, Outcome.ACKED);
        boolean doubtInsert = has(attempts, Kind.INSERT, Outcome.IN_DOUBT);
        boolean ackedDelete = has(attempts, Kind.DELETE, Outcome.ACKED);
        boolean doubtDelete = has(attempts, Kind.DELETE, Outcome.IN_DOUBT);
        // the insert: once if acknowledged, never if only rejected
        if (trail.inserts > 1) {
            fail(id + ": " + trail.inserts + " insert entries in the audit trail");
        } else if (ackedInsert && trail.inserts != 1) {
            fail(id + ": acknowledged insert without its audit entry");
        } else if (!ackedInsert && !doubtInsert && trail.inserts != 0) {
            fail(id + ": stored although its insert was rejected");
        }
        if (ackedInsert) {
            ackedChanges++;
        } else if (doubtInsert) {
            if (trail.inserts == 1) {
                inDoubtStored++;
            } else {
                inDoubtNotStored++;
            }
        }
        // the updates: each acknowledged one exactly once, each in doubt at most once, no rejected one
        Map<Long, Attempt> updateByBudget = new HashMap<>();
        for (Attempt a : attempts) {
            if (a.kind() == Kind.UPDATE) {
                updateByBudget.put(a.budget(), a);
            }
        }
        Map<Long, Integer> seen = new HashMap<>();
        trail.updateBudgets.forEach(b -> seen.merge(b, 1, Integer::sum));
        if (trail.updateBudgets.size() != trail.updates) {
            fail(id + ": " + trail.updates + " update entries but " + trail.updateBudgets.size() + " budget changes in them");
        }
        for (Attempt a : attempts) {
            if (a.kind() != Kind.UPDATE) {
                continue;
            }
            int n = seen.getOrDefault(a.budget(), 0);
            if (a.outcome() == Outcome.ACKED) {
                ackedChanges++;
                if (n != 1) {
                    fail(id + ": acknowledged update to " + a.budget() + " by " + a.who() + " has " + n + " audit entries");
                }
            } else if (a.outcome() == Outcome.IN_DOUBT) {
                if (n > 1) {
                    fail(id + ": update in doubt to " + a.budget() + " has " + n + " audit entries");
                } else if (n == 1) {
                    inDoubtStored++;
                } else {
                    inDoubtNotStored++;
                }
            } else if (n != 0) {
                fail(id + ": update to " + a.budget() + " by " + a.who() + " was answered " + a.outcome()
                        + " but is in the audit trail");
            }
        }
        for (Long b : seen.keySet()) {
            if (!updateByBudget.containsKey(b)) {
                fail(id + ": an audit entry of an update to " + b + " that no client asked for");
            }
        }
        // the delete: once if acknowledged (another planner's acknowledged delete may have found it gone), never if
        // none was acknowledged or in doubt
        if (trail.deletes > 1) {
            fail(id + ": " + trail.deletes + " delete entries");
        } else if (ackedDelete && trail.deletes != 1) {
            fail(id + ": acknowledged delete without its audit entry");
        } else if (!ackedDelete && !doubtDelete && trail.deletes != 0) {
            fail(id + ": deleted although no delete of it was acknowledged");
        }
        if (trail.deletes == 1) {
            if (ackedDelete) {
                ackedChanges++;
            } else {
                inDoubtStored++;
            }
        }
        // the row as it is now
        if (trail.deletes == 1 || ackedDelete) {
            if (row != null) {
                fail(id + ": deleted (acknowledged or in the audit trail) but still in the store");
            }
            return;
        }
        Attempt last = attempts.stream().filter(a -> a.outcome() == Outcome.ACKED && a.kind() != Kind.DELETE)
                .max(java.util.Comparator.comparingLong(Attempt::version)).orElse(null);
        if (row == null) {
            if (last != null) {
                fail(id + ": LOST: acknowledged at version " + last.version() + " (" + last.budget() + " by " + last.who()
                        + ") but not in the store and never deleted");
            }
            return;
        }
        if (trail.inserts != 1) {
            fail(id + ": in the store without the audit entry of its insert");
        }
        if (row.version() != 1 + trail.updates) {
            fail(id + ": version " + row.version() + " after " + trail.updates + " audited updates");
        }
        if (last == null) {
            Attempt doubt = updateByBudget.get(row.budget());
            boolean insertedInDoubt = attempts.stream().anyMatch(a -> a.kind() == Kind.INSERT && a.budget() == row.budget());
            if (doubt == null && !insertedInDoubt) {
                fail(id + ": in the store with " + row.budget() + ", a value no acknowledged or in-doubt save wrote");
            }
        } else if (row.version() == last.version()) {
            if (row.budget() != last.budget()) {
                fail(id + ": LOST: the last acknowledged value is " + last.budget() + " (by " + last.who() + ", version "
                        + last.version() + ") but the store has " + row.budget());
            }
        } else if (row.version() < last.version()) {
            fail(id + ": LOST: acknowledged at version " + last.version() + " but the store is at " + row.version());
        } else {
            Attempt later = updateByBudget.get(row.budget());
            if (later == null || later.outcome() != Outcome.IN_DOUBT) {
                fail(id + ": the store has " + row.budget() + " at version " + row.version() + " after the last acknowledged"
                        + " version " + last.version() + ", written by no save in doubt");
            }
        }
    }

    /** A save in doubt (the connection broke) was one transaction: all of its rows are stored, or none. */
    private void checkGroups(Map<String, List<Attempt>> byId, Map<String, Row> rows, Map<String, Trail> trails) {
        Map<Long, List<Attempt>> groups = byId.values().stream().flatMap(List::stream)
                .filter(a -> a.outcome() == Outcome.IN_DOUBT && a.kind() != Kind.DELETE)
                .collect(Collectors.groupingBy(Attempt::group));
        for (List<Attempt> group : groups.values()) {
            Set<Boolean> stored = new HashSet<>();
            for (Attempt a : group) {
                Trail t = trails.getOrDefault(a.id(), new Trail());
                stored.add(a.kind() == Kind.INSERT ? t.inserts == 1 : t.updateBudgets.contains(a.budget()));
            }
            if (stored.size() > 1) {
                fail("HALF-WRITTEN: a save in doubt of " + group.size() + " rows (" + group.get(0).id() + ", …) is stored in part");
            }
        }
    }

    private static boolean has(List<Attempt> attempts, Kind kind, Outcome outcome) {
        return attempts.stream().anyMatch(a -> a.kind() == kind && a.outcome() == outcome);
    }
}
