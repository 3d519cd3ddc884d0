package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Others' edits seen live: the change feed hears a change another login commits (PostgreSQL's
 * notifications; H2 polled), says who else has the year open, and survives a server restart.
 * Waits are generous time-outs, never a measured time (the latency is in the team benchmark).
 */
class PostgresLiveTest {
    private static ThrowAwayPostgres server;
    private static DatabaseLogin alice;
    private static DatabaseLogin bob;

    /** Collects what a feed hears. */
    static final class Heard implements ChangeFeed.Listener {
        final BlockingQueue<ChangeFeed.Change> changes = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> connection = new LinkedBlockingQueue<>();
        final BlockingQueue<ChangeFeed.ProposalMove> moves = new LinkedBlockingQueue<>();

        @Override
        public void proposalMoved(ChangeFeed.ProposalMove move) {
            moves.add(move);
        }

        @Override
        public void changed(List<ChangeFeed.Change> c) {
            changes.addAll(c);
        }

        @Override
        public void connection(boolean up) {
            connection.add(up);
        }

        ChangeFeed.Change next() throws InterruptedException {
            ChangeFeed.Change c = changes.poll(30, TimeUnit.SECONDS);
            assertTrue(c != null, "no change heard");
            return c;
        }
    }

    @BeforeAll
    static void serverWithTeam() throws Exception {
        server = ThrowAwayPostgres.start();
        PlanStore.migrate(server.admin());
        alice = server.createLogin("alice", "alice-pw");
        bob = server.createLogin("bob", "bob-pw");
        try (PlanStore admin = PlanStore.open(server.admin())) {
            admin.grant("alice", TeamRole.PLANNER, "cg-chicago");
            admin.grant("bob", TeamRole.PLANNER, "cg-denver");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aChangeCommittedByAnotherLoginIsHeardWithItsYearMissionAndAuthor() throws Exception {
        Heard heard = new Heard();
        try (PlanStore a = PlanStore.open(alice); PlanStore b = PlanStore.open(bob); ChangeFeed feed = a.watch(heard)) {
            a.announceYear(2023);
            b.announceYear(2023);
            assertEquals(Set.of("bob"), a.othersOnYear(2023));
            assertTrue(a.othersOnYear(2024).isEmpty());
            b.save(List.of(PostgresTeamTest.initiative("DEN-L", "cg-denver", 100)));
            assertEquals(new ChangeFeed.Change("DEN-L", 2023, "cg-denver", "insert", "bob"), heard.next());
            assertEquals(List.of(100L), a.initiatives(List.of("DEN-L")).stream().map(i -> i.getBudgetJpy()).toList());
            b.proposals().propose(2023, "cg-denver", b.initiativesOfMission(2023, "cg-denver"), List.of(), java.util.Map.of());
            assertEquals(new ChangeFeed.ProposalMove(2023, "cg-denver", "proposed", "bob"), heard.moves.poll(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRestartedServerIsReconnectedToAndNothingSavedIsLost() throws Exception {
        Heard heard = new Heard();
        try (PlanStore a = PlanStore.open(alice); ChangeFeed feed = a.watch(heard)) {
            a.save(List.of(PostgresTeamTest.initiative("CHI-R", "cg-chicago", 100)));
            heard.next();
            server.crash();
            assertEquals(Boolean.FALSE, heard.connection.poll(30, TimeUnit.SECONDS), "the feed says the server is gone");
            server.restart();
            assertEquals(Boolean.TRUE, heard.connection.poll(30, TimeUnit.SECONDS), "and that it is back");
            assertTrue(a.reconnectIfLost());
            assertEquals(100L, a.initiatives(List.of("CHI-R")).get(0).getBudgetJpy());
            a.save(List.of(PostgresTeamTest.initiative("CHI-R", "cg-chicago", 200)));
            assertEquals("update", heard.next().action());
        }
    }

    @Test
    void theEmbeddedDatabaseIsPolled(@TempDir Path dir) throws Exception {
        Heard heard = new Heard();
        DatabaseLogin embedded = DatabaseLogin.of(PlanStore.embeddedUrl(dir));
        try (PlanStore mine = PlanStore.open(embedded); ChangeFeed feed = mine.watch(heard);
                PlanStore other = PlanStore.open(embedded)) {
            Thread.sleep(ChangeFeed.POLL_MILLIS * 2); // the feed's first poll marks where it starts
            other.save(List.of(PostgresTeamTest.initiative("CHI-H2", "cg-chicago", 100)));
            ChangeFeed.Change c = heard.next();
            assertEquals("CHI-H2", c.id());
            assertEquals(2023, c.fiscalYear());
            assertEquals(System.getProperty("user.name"), c.by());
            other.proposals().propose(2023, "cg-chicago", other.initiativesOfMission(2023, "cg-chicago"), List.of(),
                    java.util.Map.of());
            assertEquals(new ChangeFeed.ProposalMove(2023, "cg-chicago", "proposed", System.getProperty("user.name")),
                    heard.moves.poll(30, TimeUnit.SECONDS));
        }
    }
}
