package org.grassroots.planner.store;

import org.grassroots.planner.store.testing.ThrowAwayPostgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store on a real PostgreSQL server (a throw-away cluster): the schema migrated by its administrator,
 * roles enforced by the server for plain SQL as for the planner, the audit trail written by the server,
 * conflicts between two planners caught, and the proposal workflow per role.
 */
class PostgresTeamTest {
    private static ThrowAwayPostgres server;
    private static DatabaseLogin alice; // planner of cg-chicago
    private static DatabaseLogin bob; // planner of cg-denver
    private static DatabaseLogin rita; // reviewer
    private static DatabaseLogin rex; // reader

    @BeforeAll
    static void serverWithTeam() throws Exception {
        server = ThrowAwayPostgres.start();
        assertEquals(Migrations.latestVersion(), PlanStore.migrate(server.admin()));
        assertEquals(Migrations.latestVersion(), PlanStore.migrate(server.admin()), "migrating again changes nothing");
        alice = server.createLogin("alice", "alice-pw");
        bob = server.createLogin("bob", "bob-pw");
        rita = server.createLogin("rita", "rita-pw");
        rex = server.createLogin("rex", "rex-pw");
        try (PlanStore admin = PlanStore.open(server.admin())) {
            admin.grant("alice", TeamRole.PLANNER, "cg-chicago");
            admin.grant("bob", TeamRole.PLANNER, "cg-denver");
            admin.grant("rita", TeamRole.REVIEWER, null);
            admin.grant("rex", TeamRole.READER, null);
            assertThrows(StoreException.class, () -> admin.grant("nobody", TeamRole.READER, null));
            admin.save(List.of(initiative("CHI-1", "cg-chicago", 1_000_000), initiative("DEN-1", "cg-denver", 2_000_000)));
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static Initiative initiative(String id, String mission, long budget) {
        return Initiative.builder().id(id).fiscalYear(2023).mission(mission).titleJa("草の根キャラバン " + id)
                .titleEn("Caravan " + id).kind(Kind.COMPANY_SUPPORT).themes(List.of("workers-middle-class", "digital"))
                .states(List.of("ND", "SD")).partners(List.of("Honorary Consul")).format(Format.IN_PERSON)
                .startDate(LocalDate.of(2023, 9, 1)).endDate(LocalDate.of(2023, 9, 3)).budgetJpy(budget)
                .status(Status.DRAFT).build();
    }

    @Test
    void scenariosAreSharedAndTheServerSaysWhoMayKeepApplyOrDiscardThem() {
        try (PlanStore a = PlanStore.open(alice); PlanStore r = PlanStore.open(rita); PlanStore x = PlanStore.open(rex);
                PlanStore b = PlanStore.open(bob)) {
            a.scenarios().save(2023, "alice's cut", "{\"name\": \"alice's cut\"}");
            assertEquals("alice", r.scenarios().get(2023, "alice's cut").orElseThrow().createdBy(), "everyone reads it");
            assertThrows(StoreException.class, () -> x.scenarios().save(2023, "rex's", "{}"), "a reader keeps none");
            assertThrows(StoreException.class, () -> b.scenarios().discard(2023, "alice's cut"), "bob may not discard alice's");
            assertEquals(ScenarioStore.State.OPEN, a.scenarios().get(2023, "alice's cut").orElseThrow().state());
            r.scenarios().save(2023, "rita's cap", "{\"name\": \"rita's cap\"}");
            r.scenarios().discard(2023, "alice's cut"); // a reviewer discards anyone's
            assertEquals(ScenarioStore.State.DISCARDED, x.scenarios().get(2023, "alice's cut").orElseThrow().state());
            // applying writes initiatives: the server allows a reviewer no initiative, so nothing is written
            Initiative chi = a.initiatives(List.of("CHI-1")).get(0);
            assertThrows(StoreException.class, () -> r.scenarios().apply(2023, "rita's cap",
                    List.of(chi.toBuilder().budgetJpy(1L).build()), java.util.Map.of(), null, "one initiative"));
            assertEquals(ScenarioStore.State.OPEN, r.scenarios().get(2023, "rita's cap").orElseThrow().state(), "all or nothing");
            assertEquals(1_000_000L, a.initiatives(List.of("CHI-1")).get(0).getBudgetJpy());
            a.scenarios().save(2023, "alice's trim", "{\"name\": \"alice's trim\"}");
            a.scenarios().apply(2023, "alice's trim", List.of(a.initiatives(List.of("CHI-1")).get(0).toBuilder().budgetJpy(900_000L).build()),
                    java.util.Map.of(), null, "CHI-1 trimmed");
            assertEquals(900_000L, x.initiatives(List.of("CHI-1")).get(0).getBudgetJpy());
            assertEquals("applied", x.scenarios().events(2023).get(x.scenarios().events(2023).size() - 1).action());
            a.save(List.of(x.initiatives(List.of("CHI-1")).get(0).toBuilder().budgetJpy(1_000_000L).build()));
        }
    }

    @Test
    void eachLoginHasTheRolesGranted() {
        try (PlanStore a = PlanStore.open(alice); PlanStore r = PlanStore.open(rita); PlanStore x = PlanStore.open(rex)) {
            assertEquals("alice", a.userName());
            assertTrue(a.access().plans("cg-chicago"));
            assertTrue(!a.access().plans("cg-denver") && !a.access().reviews());
            assertTrue(r.access().reviews() && !r.access().plans("cg-chicago"));
            assertTrue(x.access().readsOnly());
            assertEquals("reader", x.access().describe());
            assertEquals(Set.of("alice", "bob", "rita", "rex"), a.roles().keySet());
            // everyone reads every mission's plan
            assertTrue(x.initiatives(2023).stream().map(Initiative::getId).toList().containsAll(List.of("CHI-1", "DEN-1")));
        }
    }

    @Test
    void plainSqlOfAPlannerChangesNothingOfAnotherMission() throws SQLException {
        try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "alice", "alice-pw"); Statement s = c.createStatement()) {
            assertEquals(0, s.executeUpdate("UPDATE initiative SET budget_jpy = 1 WHERE mission = 'cg-denver'"));
            assertEquals(0, s.executeUpdate("DELETE FROM initiative WHERE mission = 'cg-denver'"));
            SQLException insert = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO initiative (id, fiscal_year,"
                    + " mission, title_ja, kind, themes, states, partners, status) VALUES ('X', 2023, 'cg-denver', 'x', 'other',"
                    + " '{}', '{}', '{}', 'draft')"));
            assertEquals("42501", insert.getSQLState(), insert.getMessage());
            // nor can it write the audit trail or give itself a mission
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM edit_history"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO mission_planner VALUES ('alice', 'cg-denver')"));
        }
        try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "rex", "rex-pw"); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE initiative SET budget_jpy = 1 WHERE mission = 'cg-chicago'"));
            assertEquals("42501", update.getSQLState());
        }
        try (PlanStore x = PlanStore.open(rex)) {
            assertEquals(2_000_000L, x.initiatives(2023).stream().filter(i -> i.getId().equals("DEN-1")).findFirst()
                    .orElseThrow().getBudgetJpy());
        }
    }

    @Test
    void thePlannerRefusesAnotherMissionsRowNamingTheRoleAndStoresNothing() {
        try (PlanStore a = PlanStore.open(alice)) {
            AccessRefusedException refused = assertThrows(AccessRefusedException.class, () -> a.save(
                    List.of(initiative("CHI-9", "cg-chicago", 5), initiative("DEN-9", "cg-denver", 5))));
            assertEquals("planner of cg-denver", refused.neededRole());
            assertEquals(List.of("DEN-9"), refused.ids());
            assertTrue(a.history("CHI-9").isEmpty(), "the file is refused whole");
            assertThrows(AccessRefusedException.class, () -> a.delete(List.of("DEN-1")));
        }
    }

    @Test
    void plainSqlIsAuditedByTheServerWithTheLoginAndEachField() throws SQLException {
        try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "bob", "bob-pw"); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("INSERT INTO initiative (id, fiscal_year, mission, title_ja, kind, themes, states,"
                    + " partners, status, budget_jpy) VALUES ('DEN-SQL', 2023, 'cg-denver', '日本食PR', 'food-pr',"
                    + " '{digital}', '{CO,WY}', '{}', 'draft', 100)"));
            assertEquals(1, s.executeUpdate("UPDATE initiative SET budget_jpy = 250, states = '{CO,UT}' WHERE id = 'DEN-SQL'"));
            try (ResultSet rs = s.executeQuery("SELECT version FROM initiative WHERE id = 'DEN-SQL'")) {
                rs.next();
                assertEquals(2, rs.getLong(1), "plain SQL raises the version too");
            }
        }
        try (PlanStore x = PlanStore.open(rex)) {
            List<HistoryEntry> history = x.history("DEN-SQL");
            assertEquals(List.of("insert", "update"), history.stream().map(HistoryEntry::action).toList());
            HistoryEntry update = history.get(1);
            assertEquals("bob", update.who());
            assertEquals(List.of(new HistoryEntry.Field("states", "CO;WY", "CO;UT"), new HistoryEntry.Field("budget_jpy", "100", "250")),
                    update.fields());
            assertEquals("states: CO;WY -> CO;UT; budget_jpy: 100 -> 250", update.changes());
        }
    }

    @Test
    void theServerWritesTheSameTrailAsTheEmbeddedStoreForTheSameEdit() {
        try (PlanStore a = PlanStore.open(alice)) {
            a.save(List.of(initiative("CHI-H", "cg-chicago", 1_000)));
            Initiative edited = initiative("CHI-H", "cg-chicago", 2_000).toBuilder().themes(List.of("digital"))
                    .format(null).build();
            a.save(List.of(edited));
            a.delete(List.of("CHI-H"));
            List<HistoryEntry> history = a.history("CHI-H");
            assertEquals(List.of("insert", "update", "delete"), history.stream().map(HistoryEntry::action).toList());
            assertEquals(List.of(new HistoryEntry.Field("themes", "workers-middle-class;digital", "digital"),
                    new HistoryEntry.Field("format", "in-person", null), new HistoryEntry.Field("budget_jpy", "1000", "2000")),
                    history.get(1).fields());
            assertEquals("alice", history.get(2).who());
            assertTrue(history.get(2).fields().contains(new HistoryEntry.Field("mission", "cg-chicago", null)));
        }
    }

    @Test
    void aSaveOfARowAnotherPlannerChangedIsAConflictAndStoresNothing() {
        try (PlanStore mine = PlanStore.open(alice); PlanStore theirs = PlanStore.open(alice)) {
            mine.save(List.of(initiative("CHI-C", "cg-chicago", 100), initiative("CHI-D", "cg-chicago", 100)));
            mine.initiatives(2023);
            theirs.initiatives(2023);
            theirs.save(List.of(initiative("CHI-C", "cg-chicago", 300)));
            ConflictException conflict = assertThrows(ConflictException.class, () -> mine.apply(
                    List.of(initiative("CHI-C", "cg-chicago", 200), initiative("CHI-D", "cg-chicago", 200)), List.of()));
            assertEquals(1, conflict.conflicts().size());
            Conflict c = conflict.conflicts().get(0);
            assertEquals("CHI-C", c.id());
            assertEquals(200L, c.mine().getBudgetJpy());
            assertEquals(300L, c.theirs().getBudgetJpy());
            assertEquals("alice", c.changedBy());
            Map<String, Long> budgets = new java.util.HashMap<>();
            mine.initiatives(2023).forEach(i -> budgets.put(i.getId(), i.getBudgetJpy()));
            assertEquals(300L, budgets.get("CHI-C"));
            assertEquals(100L, budgets.get("CHI-D"), "a save with any conflict stores nothing");
            // having read theirs, the planner may save again
            assertEquals(new SaveResult(0, 2, 0), mine.apply(
                    List.of(initiative("CHI-C", "cg-chicago", 200), initiative("CHI-D", "cg-chicago", 200)), List.of()));
            // a row deleted by the other is a conflict too, with nothing of theirs
            theirs.initiatives(2023);
            theirs.delete(List.of("CHI-D"));
            ConflictException deleted = assertThrows(ConflictException.class,
                    () -> mine.save(List.of(initiative("CHI-D", "cg-chicago", 999))));
            assertNull(deleted.conflicts().get(0).theirs());
        }
    }

    @Test
    void proposalsFollowTheRolesAndAnApprovedMissionIsLockedUntilReopened() {
        try (PlanStore a = PlanStore.open(alice); PlanStore b = PlanStore.open(bob); PlanStore r = PlanStore.open(rita)) {
            Initiative mine = initiative("CHI-P", "cg-chicago", 10);
            a.save(List.of(mine));
            AccessRefusedException notHers = assertThrows(AccessRefusedException.class,
                    () -> b.proposals().propose(2023, "cg-chicago", List.of(mine), List.of(), Map.of()));
            assertEquals("planner of cg-chicago", notHers.neededRole());
            Snapshot s = a.proposals().propose(2024, "cg-chicago", List.of(), List.of(), Map.of(), "sha256:abc", "FY2024 (shipped)");
            assertEquals("alice", s.proposedBy());
            assertEquals("sha256:abc", s.rulesHash());
            assertEquals("FY2024 (shipped)", s.referenceUsed());
            AccessRefusedException notReviewer = assertThrows(AccessRefusedException.class,
                    () -> a.proposals().approve(2024, "cg-chicago", null));
            assertEquals("reviewer", notReviewer.neededRole());
            assertEquals(ProposalState.APPROVED, r.proposals().approve(2024, "cg-chicago", "ok").state());
            assertEquals("rita", r.proposals().get(2024, "cg-chicago").changedBy());
            Initiative next = initiative("CHI-Q", "cg-chicago", 10).toBuilder().fiscalYear(2024)
                    .startDate(null).endDate(null).build();
            AccessRefusedException locked = assertThrows(AccessRefusedException.class, () -> a.save(List.of(next)));
            assertEquals("reviewer", locked.neededRole());
            // and plain SQL is locked out by the server too
            try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "alice", "alice-pw"); Statement st = c.createStatement()) {
                assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO initiative (id, fiscal_year, mission,"
                        + " title_ja, kind, themes, states, partners, status) VALUES ('X2', 2024, 'cg-chicago', 'x', 'other',"
                        + " '{}', '{}', '{}', 'draft')"));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            r.proposals().returnWithComment(2024, "cg-chicago", "reopened: add the Ohio caravan");
            assertEquals(new SaveResult(1, 0, 0), a.save(List.of(next)));
        }
    }

    /**
     * Found by the team load benchmark (issue 13): two planners saving the same rows in opposite orders deadlocked
     * (PostgreSQL aborted one with SQLState 40P01, "nothing was saved: deadlock detected", neither a conflict nor a
     * refusal). The store now locks a save's rows in the order of their ids before it reads their versions, so the
     * second save waits for the first and then finds its conflict.
     */
    @Test
    void twoPlannersSavingTheSameRowsInOppositeOrdersDoNotDeadlock() throws Exception {
        Initiative a = initiative("CHI-DL-A", "cg-chicago", 1).toBuilder().fiscalYear(2026).build();
        Initiative b = initiative("CHI-DL-B", "cg-chicago", 1).toBuilder().fiscalYear(2026).build();
        try (PlanStore mine = PlanStore.open(alice); PlanStore theirs = PlanStore.open(alice);
                Connection watch = server.connect(ThrowAwayPostgres.DATABASE, "postgres", new String(server.admin().password()))) {
            mine.save(List.of(a, b));
            mine.initiativesOfMission(2026, "cg-chicago");
            theirs.initiativesOfMission(2026, "cg-chicago");
            // mine writes A, then enough new rows for the store to report its progress inside the transaction, then B
            List<Initiative> big = new java.util.ArrayList<>();
            big.add(a.toBuilder().budgetJpy(2L).build());
            for (int n = 0; n < PlanStore.PROGRESS_STEP; n++) {
                big.add(a.toBuilder().id("CHI-DL-N" + n).build());
            }
            big.add(b.toBuilder().budgetJpy(2L).build());
            java.util.concurrent.CompletableFuture<Object> other = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
            SaveResult saved = mine.save(big, done -> {
                if (started.getAndSet(true)) {
                    return;
                }
                // in the middle of my save, the other planner saves B then A, and waits for a row of mine
                new Thread(() -> {
                    try {
                        other.complete(theirs.save(List.of(b.toBuilder().budgetJpy(3L).build(), a.toBuilder().budgetJpy(3L).build())));
                    } catch (RuntimeException e) {
                        other.complete(e);
                    }
                }).start();
                waitForALockWait(watch);
            });
            assertEquals(new SaveResult(PlanStore.PROGRESS_STEP, 2, 0), saved);
            Object theirResult = other.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(theirResult instanceof ConflictException, "the other planner read A and B before my save, so its save is"
                    + " a conflict, not: " + theirResult);
            assertEquals(List.of(2L, 2L), mine.initiativesOfMission(2026, "cg-chicago").stream()
                    .filter(i -> i.getId().equals("CHI-DL-A") || i.getId().equals("CHI-DL-B")).map(Initiative::getBudgetJpy).toList());
        }
    }

    /**
     * Found by the team load benchmark (issue 13): a reviewer approving a mission while a planner's save of a new
     * initiative of it is under way made the server refuse the insert (row security, SQLState 42501), and the store
     * reported it as a plain failure ("new row violates row-level security policy"), neither a conflict nor a refusal.
     * It now reads the roles and locks again and says which: the mission is locked by the approval.
     */
    @Test
    void aSaveRefusedByTheServerBecauseOfAnApprovalMeanwhileIsARefusal() {
        try (PlanStore a = PlanStore.open(alice); PlanStore r = PlanStore.open(rita)) {
            Initiative first = initiative("CHI-RACE-0", "cg-chicago", 1).toBuilder().fiscalYear(2027).build();
            a.save(List.of(first));
            a.proposals().propose(2027, "cg-chicago", List.of(first), List.of(), Map.of());
            List<Initiative> many = new java.util.ArrayList<>();
            for (int n = 1; n <= PlanStore.PROGRESS_STEP + 1; n++) {
                many.add(first.toBuilder().id("CHI-RACE-" + n).build());
            }
            // the approval comes while the save is under way, after the store found the mission open
            AccessRefusedException refused = assertThrows(AccessRefusedException.class, () -> a.save(many, done -> {
                if (done == PlanStore.PROGRESS_STEP) {
                    r.proposals().approve(2027, "cg-chicago", "approved meanwhile");
                }
            }));
            assertEquals("reviewer", refused.neededRole(), refused.getMessage());
            assertTrue(refused.getMessage().contains("approved"), refused.getMessage());
            assertEquals(List.of("CHI-RACE-0"), a.initiativesOfMission(2027, "cg-chicago").stream().map(Initiative::getId).toList(),
                    "nothing of the refused save is stored");
            r.proposals().returnWithComment(2027, "cg-chicago", "reopened");
        }
    }

    private static void waitForALockWait(Connection watch) {
        try (Statement s = watch.createStatement()) {
            for (int k = 0; k < 200; k++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice'"
                        + " AND wait_event_type = 'Lock'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the other planner's save never waited for a lock");
    }

    @Test
    void rolesCannotBeGivenOnTheEmbeddedDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (PlanStore embedded = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            StoreException e = assertThrows(StoreException.class, () -> embedded.grant("alice", TeamRole.READER, null));
            assertTrue(e.getMessage().contains("one user"), e.getMessage());
            assertTrue(embedded.access().plans("cg-denver") && embedded.access().reviews());
        }
    }

    @Test
    void aPlannerCannotOpenADatabaseItsAdministratorHasNotMigrated() throws Exception {
        String url = server.createDatabase("unmigrated");
        StoreException e = assertThrows(StoreException.class,
                () -> PlanStore.open(DatabaseLogin.of(url, "alice", "alice-pw".toCharArray())));
        assertTrue(e.getMessage().contains("planner db migrate"), e.getMessage());
        assertTrue(!e.getMessage().contains("alice-pw"));
    }
}
