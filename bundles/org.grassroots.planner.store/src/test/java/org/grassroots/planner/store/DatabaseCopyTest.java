package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planner db copy}: a planner's embedded database carried whole — initiatives with their versions, the
 * history with its fields, the references, the proposals with snapshots and justifications, the planners'
 * missions — to a PostgreSQL server migrated by its administrator (a real throw-away cluster) and to another H2
 * database; refused onto a database that holds a plan, by a login that is not the administrator, from a server;
 * all or nothing.
 */
class DatabaseCopyTest {
    private static ThrowAwayPostgres server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowAwayPostgres.start();
        server.createLogin("alice", "alice-pw");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Initiative initiative(String id, String mission, long budget) {
        return PostgresTeamTest.initiative(id, mission, budget);
    }

    /** An embedded database with a plan edited several times, a deletion, a reference, two proposals and a planner's mission. */
    private String embedded() throws SQLException {
        String url = PlanStore.embeddedUrl(dir.resolve("planner-" + System.nanoTime()));
        try (PlanStore store = PlanStore.open(url)) {
            store.save(List.of(initiative("CHI-1", "cg-chicago", 1_000_000), initiative("CHI-2", "cg-chicago", 2_000_000),
                    initiative("DEN-1", "cg-denver", 3_000_000), initiative("GONE-1", "cg-denver", 1)));
            store.save(List.of(initiative("CHI-1", "cg-chicago", 1_500_000).toBuilder().states(List.of("ND", "MN")).build()));
            store.save(List.of(initiative("CHI-1", "cg-chicago", 1_700_000).toBuilder().states(List.of("ND", "MN")).build()));
            store.delete(List.of("GONE-1"));
            store.saveReference(new FiscalYearReference(2023, 230_000_000L, 0.2, Set.of("digital", "covid-19"), Set.of("IL", "ND"),
                    List.of(new Mission("cg-chicago", "在シカゴ総領事館", "Consulate-General in Chicago", List.of("IL", "IN", "MN", "ND")))));
            ProposalStore proposals = store.proposals();
            proposals.propose(2023, "cg-chicago", store.initiativesOfMission(2023, "cg-chicago"),
                    List.of(new ErrorFinding("BUDGET-OVER-CAP:FY", "over the cap")), Map.of("BUDGET-OVER-CAP:FY", "supplementary budget"),
                    "sha256:rules", "FY2023 (store)");
            proposals.returnWithComment(2023, "cg-chicago", "Less, please");
            proposals.propose(2023, "cg-chicago", store.initiativesOfMission(2023, "cg-chicago"), List.of(), Map.of(),
                    "sha256:rules2", "FY2023 (store)");
            proposals.approve(2023, "cg-chicago", "Approved");
            try (Statement s = store.connection().createStatement()) {
                s.execute("INSERT INTO mission_planner (login, mission) VALUES ('alice', 'cg-chicago'), ('bob', 'cg-denver')");
                store.connection().commit();
            }
        }
        return url;
    }

    /** @return everything db copy carries, as text that compares across the two databases */
    private static String contents(PlanStore store) throws SQLException {
        StringBuilder b = new StringBuilder();
        Map<String, Long> versions = store.versions(2023);
        for (Initiative i : store.initiatives(2023)) {
            b.append(i).append(" v").append(versions.get(i.getId())).append('\n');
        }
        for (String id : List.of("CHI-1", "CHI-2", "DEN-1", "GONE-1")) {
            for (HistoryEntry h : store.history(id)) {
                b.append(id).append(' ').append(h.action()).append(' ').append(h.when().toInstant()).append(' ').append(h.who())
                        .append(' ').append(h.changes()).append(' ').append(h.fields()).append('\n');
            }
        }
        FiscalYearReference r = store.reference(2023).orElseThrow();
        b.append(r.getBudgetCapJpy()).append(' ').append(r.getMissionShareMax()).append(' ')
                .append(new java.util.TreeSet<>(r.getPriorityThemes())).append(' ').append(new java.util.TreeSet<>(r.getPriorityStates()));
        for (Mission m : r.getMissions()) {
            b.append(' ').append(m.getCode()).append(m.getStates());
        }
        b.append('\n');
        Proposal p = store.proposals().get(2023, "cg-chicago");
        b.append(p.state()).append(' ').append(p.comment()).append(' ').append(p.changedAt().toInstant()).append('\n');
        Snapshot s = store.proposals().lastSnapshot(2023, "cg-chicago").orElseThrow();
        b.append(s.seq()).append(' ').append(s.proposedAt().toInstant()).append(' ').append(s.proposedBy()).append(' ')
                .append(s.initiatives()).append(' ').append(s.justifications()).append(' ').append(s.rulesHash()).append(' ')
                .append(s.referenceUsed()).append('\n');
        for (String query : List.of("SELECT login, mission FROM mission_planner ORDER BY login, mission",
                "SELECT seq, from_state, to_state, comment, changed_by FROM proposal_event ORDER BY seq",
                "SELECT snapshot_seq, finding_key, justification FROM proposal_justification ORDER BY snapshot_seq",
                "SELECT COUNT(*) FROM edit_history_field")) {
            b.append(rows(store.connection(), query));
        }
        store.rollbackQuietly();
        return b.toString();
    }

    private static String rows(Connection c, String query) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                    row.add(String.valueOf(rs.getObject(k)));
                }
                b.append(row).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void anEmbeddedDatabaseMovesWholeToTheServerAndTheTeamCarriesOn() throws Exception {
        String source = embedded();
        String url = server.createDatabase("team_copy");
        DatabaseLogin admin = DatabaseLogin.of(url, "postgres", server.admin().password());
        PlanStore.migrate(admin);
        try (PlanStore grant = PlanStore.open(admin)) {
            grant.grant("alice", TeamRole.PLANNER, "cg-chicago"); // a grant made before the copy stays
        }
        String before;
        try (PlanStore s = PlanStore.open(source)) {
            before = contents(s);
            assertTrue(before.contains("CHI-1 update") && before.contains("GONE-1 delete") && before.contains(" v3\n"), before);
        }
        Map<String, Integer> copied = DatabaseCopy.copy(DatabaseLogin.of(source), admin);
        assertEquals(3, copied.get("initiative"));
        assertEquals(1, copied.get("mission_planner"), "alice's mission was there already; bob's is added");
        try (PlanStore target = PlanStore.open(admin)) {
            assertEquals(before, contents(target));
            assertEquals(Map.of("CHI-1", 3L, "CHI-2", 1L, "DEN-1", 1L), target.versions(2023));
        }
        // the server's triggers are on again: a planner's change raises the copied version and is audited by the server
        DatabaseLogin alice = DatabaseLogin.of(url, "alice", "alice-pw".toCharArray());
        try (PlanStore rita = PlanStore.open(admin)) {
            rita.proposals().returnWithComment(2023, "cg-chicago", "Reopened after the move");
        }
        try (PlanStore a = PlanStore.open(alice)) {
            a.initiatives(2023);
            a.save(List.of(initiative("CHI-2", "cg-chicago", 2_500_000)));
            assertEquals(2L, a.versions(List.of("CHI-2")).get("CHI-2"));
            List<HistoryEntry> history = a.history("CHI-2");
            assertEquals(List.of("insert", "update"), history.stream().map(HistoryEntry::action).toList());
            assertEquals("alice", history.get(1).who());
            assertNotEquals(history.get(0).who(), "alice");
            // new proposals follow the copied ones' numbers
            a.proposals().propose(2023, "cg-chicago", a.initiativesOfMission(2023, "cg-chicago"), List.of(), Map.of());
            assertTrue(a.proposals().lastSnapshot(2023, "cg-chicago").orElseThrow().seq() > 2);
        }

        // a second copy onto the filled server: refused, nothing changed
        String second = embedded();
        StoreException refused = assertThrows(StoreException.class, () -> DatabaseCopy.copy(DatabaseLogin.of(second), admin));
        assertTrue(refused.getMessage().contains("already holds 3 initiative(s)"), refused.getMessage());
        try (PlanStore target = PlanStore.open(admin)) {
            assertEquals(3, target.initiatives(2023).size());
        }
    }

    @Test
    void onlyTheServersAdministratorCopiesAndOnlyFromAnEmbeddedDatabaseThatExists() throws Exception {
        String source = embedded();
        String url = server.createDatabase("team_refusals");
        DatabaseLogin admin = DatabaseLogin.of(url, "postgres", server.admin().password());
        DatabaseLogin alice = DatabaseLogin.of(url, "alice", "alice-pw".toCharArray());
        StoreException notMigrated = assertThrows(StoreException.class, () -> DatabaseCopy.copy(DatabaseLogin.of(source), admin));
        assertTrue(notMigrated.getMessage().contains("planner db migrate"), notMigrated.getMessage());
        PlanStore.migrate(admin);
        try (PlanStore grant = PlanStore.open(admin)) {
            grant.grant("alice", TeamRole.PLANNER, "cg-chicago");
        }
        StoreException planner = assertThrows(StoreException.class, () -> DatabaseCopy.copy(DatabaseLogin.of(source), alice));
        assertTrue(planner.getMessage().contains("administrator"), planner.getMessage());
        StoreException fromServer = assertThrows(StoreException.class, () -> DatabaseCopy.copy(admin, alice));
        assertTrue(fromServer.getMessage().contains("pg_dump"), fromServer.getMessage());
        Path missing = dir.resolve("nobody");
        StoreException none = assertThrows(StoreException.class,
                () -> DatabaseCopy.copy(DatabaseLogin.of(PlanStore.embeddedUrl(missing)), admin));
        assertTrue(none.getMessage().toLowerCase().contains("not found"), none.getMessage());
        assertTrue(!Files.exists(missing.resolve("planner.mv.db")), "a missing source is not made");
        try (PlanStore target = PlanStore.open(admin)) {
            assertTrue(target.initiatives(2023).isEmpty());
        }
    }

    @Test
    void aFailureHalfwayLeavesTheTargetEmpty() throws Exception {
        String source = embedded();
        try (PlanStore s = PlanStore.open(source); Statement st = s.connection().createStatement()) {
            // a proposal row whose comment the server's column cannot hold: the copy fails after the initiatives
            st.execute("ALTER TABLE proposal_event ALTER COLUMN comment VARCHAR(10000)");
            st.execute("UPDATE proposal_event SET comment = REPEAT('x', 9000) WHERE to_state = 'approved'");
            s.connection().commit();
        }
        String url = server.createDatabase("team_halfway");
        DatabaseLogin admin = DatabaseLogin.of(url, "postgres", server.admin().password());
        PlanStore.migrate(admin);
        assertThrows(StoreException.class, () -> DatabaseCopy.copy(DatabaseLogin.of(source), admin));
        try (PlanStore target = PlanStore.open(admin); Statement st = target.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM initiative) + (SELECT COUNT(*) FROM edit_history)"
                        + " + (SELECT COUNT(*) FROM proposal)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "nothing of the failed copy stays");
            target.rollbackQuietly();
        }
        // the triggers are still on: an insert starts at version 1 and is audited
        try (PlanStore target = PlanStore.open(admin)) {
            target.save(List.of(initiative("NEW-1", "cg-denver", 5)));
            assertEquals(1L, target.versions(List.of("NEW-1")).get("NEW-1"));
            assertEquals(1, target.history("NEW-1").size());
        }
    }

    @Test
    void anEmbeddedDatabaseAlsoCopiesToAnotherH2Database() throws Exception {
        String source = embedded();
        String target = PlanStore.embeddedUrl(dir.resolve("other"));
        DatabaseCopy.copy(DatabaseLogin.of(source), DatabaseLogin.of(target));
        try (PlanStore s = PlanStore.open(source); PlanStore t = PlanStore.open(target)) {
            assertEquals(contents(s), contents(t));
            // the copied approval holds: cg-chicago stays locked until reopened
            assertThrows(AccessRefusedException.class, () -> t.save(List.of(initiative("CHI-9", "cg-chicago", 9))));
            t.save(List.of(initiative("DEN-9", "cg-denver", 9)));
            assertEquals(List.of("insert"), t.history("DEN-9").stream().map(HistoryEntry::action).toList());
            t.proposals().returnWithComment(2023, "cg-chicago", "again");
            assertTrue(t.proposals().get(2023, "cg-chicago").state() == ProposalState.RETURNED);
        }
        StoreException again = assertThrows(StoreException.class,
                () -> DatabaseCopy.copy(DatabaseLogin.of(source), DatabaseLogin.of(target)));
        assertTrue(again.getMessage().contains("already holds"), again.getMessage());
    }
}
