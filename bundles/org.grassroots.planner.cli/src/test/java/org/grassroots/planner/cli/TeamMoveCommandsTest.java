package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving to a team's server (a real throw-away PostgreSQL cluster): {@code db copy} of a planner's embedded
 * database as the server's administrator (the password from PLANNER_DB_PASSWORD), then a planner's import of
 * an exported plan whose row is older than the server's, refused whole (exit 2, the row named).
 */
class TeamMoveCommandsTest {
    private static ThrowAwayPostgres server;
    private static String adminPassword;

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowAwayPostgres.start();
        adminPassword = new String(server.admin().password());
        server.createLogin("alice", "alice-pw");
        server.createLogin("bob", "bob-pw");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private int as(String user, String... args) {
        return run.as(user, Map.of("postgres", adminPassword, "alice", "alice-pw", "bob", "bob-pw").get(user), args);
    }

    @Test
    void aPlannersEmbeddedDatabaseMovesToTheServerAndTheTeamWorksOnIt() throws Exception {
        String embedded = PlanStore.embeddedUrl(dir.resolve("embedded"));
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, PlanVersionAndBackupCommandsTest.PLAN, StandardCharsets.UTF_8);
        assertEquals(0, run.planner("import", "--plan", plan.toString(), "--db", embedded), run.all());
        Files.writeString(plan, PlanVersionAndBackupCommandsTest.PLAN.replace("draft,100", "draft,150"), StandardCharsets.UTF_8);
        assertEquals(0, run.planner("import", "--plan", plan.toString(), "--db", embedded), run.all());

        String url = server.createDatabase("team_move");
        // not migrated yet: refused, the administrator's command named
        assertEquals(2, as("postgres", "db", "copy", "--from", embedded, "--to", url), run.all());
        assertTrue(run.stderr().contains("planner db migrate"), run.all());
        assertEquals(0, as("postgres", "db", "migrate", "--db", url), run.all());
        assertEquals(0, as("postgres", "db", "grant", "--db", url, "--user", "alice", "--planner", "cg-chicago"), run.all());
        assertEquals(0, as("postgres", "db", "grant", "--db", url, "--user", "bob", "--planner", "cg-chicago"), run.all());
        // a planner is not the administrator
        assertEquals(2, as("alice", "db", "copy", "--from", embedded, "--to", url), run.all());
        assertTrue(run.stderr().contains("administrator"), run.all());

        assertEquals(0, as("postgres", "db", "copy", "--from", embedded, "--to", url), run.all());
        assertTrue(run.stdout().contains("3 initiatives, 4 changes in their history"), run.all());
        assertFalse(run.all().contains(adminPassword));
        // the history came along: the embedded database's user, the update of V-1 with its fields
        assertEquals(0, as("alice", "history", "--id", "V-1", "--db", url), run.all());
        assertTrue(run.stdout().contains("insert V-1") && run.stdout().contains("budget_jpy: 100 -> 150"), run.all());
        // a second copy onto the filled server: refused, nothing added
        assertEquals(2, as("postgres", "db", "copy", "--from", embedded, "--to", url), run.all());
        assertTrue(run.stderr().contains("already holds 3 initiative(s)"), run.all());
        // between servers: pg_dump
        assertEquals(2, as("postgres", "db", "copy", "--from", url, "--to", url), run.all());
        assertTrue(run.stderr().contains("pg_dump"), run.all());

        // alice exports the plan; bob saves V-2 meanwhile; alice's import of her older V-2 is refused whole
        Path exported = dir.resolve("alice.xlsx");
        assertEquals(0, as("alice", "export", "--fy", "2023", "--mission", "cg-chicago", "--db", url, "--document", "plan",
                "--format", "xlsx", "--out", exported.toString()), run.all());
        Path bobs = dir.resolve("bob.csv");
        Files.writeString(bobs, "id,fiscal_year,mission,title_ja,kind,states,status,budget_jpy\n"
                + "V-2,2023,cg-chicago,シカゴの案件２,japan-event,IL,draft,250\n", StandardCharsets.UTF_8);
        assertEquals(0, as("bob", "import", "--plan", bobs.toString(), "--db", url), run.all());
        assertEquals(2, as("alice", "import", "--plan", exported.toString(), "--db", url), run.all());
        assertTrue(run.stderr().contains(exported + ":3: V-2 has version 1, the database version 2"), run.all());
        try (PlanStore store = PlanStore.open(DatabaseLogin.of(url, "alice", "alice-pw".toCharArray()))) {
            assertEquals(Map.of("V-1", 2L, "V-2", 2L, "V-3", 1L), store.versions(2023));
            assertEquals(250L, store.initiatives(2023).get(1).getBudgetJpy());
        }
    }
}
