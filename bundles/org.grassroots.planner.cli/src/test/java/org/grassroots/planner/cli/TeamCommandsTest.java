package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's commands on a real PostgreSQL server: the administrator migrates and grants roles, a
 * planner's import of another mission's row is refused whole (exit 2, the role named), a workflow step
 * its role may not take is refused (exit 1, the role named), and the audit trail names each login.
 */
class TeamCommandsTest {
    private static ThrowAwayPostgres server;
    private static final Map<String, String> PASSWORDS = Map.of("postgres", "", "alice", "alice-pw", "rita", "rita-pw");
    private static String adminPassword;

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowAwayPostgres.start();
        adminPassword = new String(server.admin().password());
        server.createLogin("alice", "alice-pw");
        server.createLogin("rita", "rita-pw");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Runs a command as this login, its password given as PLANNER_DB_PASSWORD. */
    private int as(String user, String... args) {
        return run.as(user, user.equals("postgres") ? adminPassword : PASSWORDS.get(user), args);
    }

    private Path plan(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "id,fiscal_year,mission,title_ja,kind,states,status,budget_jpy\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void theTeamWorksWithinItsRoles() throws Exception {
        String url = server.url();
        assertEquals(0, as("postgres", "db", "migrate", "--db", url), run.all());
        assertTrue(run.stdout().contains("schema at version"), run.all());
        assertEquals(0, as("postgres", "db", "migrate", "--db", url), "again: " + run.all());
        assertEquals(0, as("postgres", "db", "grant", "--db", url, "--user", "alice", "--planner", "cg-chicago"), run.all());
        assertEquals("alice: planner of cg-chicago", run.stdout().substring(0, run.stdout().indexOf(" (")));
        assertEquals(0, as("postgres", "db", "grant", "--db", url, "--user", "rita", "--reviewer"), run.all());
        assertEquals(2, as("postgres", "db", "grant", "--db", url, "--user", "nobody", "--reader"), run.all());
        assertTrue(run.stderr().contains("no login named nobody"), run.all());
        assertFalse(run.all().contains(adminPassword));

        // a planner's file with a row of another mission is refused whole
        Path mixed = plan("mixed.csv", "T-1,2023,cg-chicago,シカゴの案件,japan-event,IL,draft,100",
                "T-2,2023,cg-denver,デンバーの案件,japan-event,CO,draft,100");
        assertEquals(2, as("alice", "import", "--plan", mixed.toString(), "--db", url), run.all());
        assertTrue(run.stderr().contains("planner of cg-denver") && run.stderr().contains("T-2"), run.all());
        assertEquals(2, as("alice", "history", "--id", "T-1", "--db", url), "nothing stored: " + run.all());

        Path mine = plan("mine.csv", "T-1,2023,cg-chicago,シカゴの案件,japan-event,IL,draft,100");
        assertEquals(0, as("alice", "import", "--plan", mine.toString(), "--db", url), run.all());
        Path changed = plan("changed.csv", "T-1,2023,cg-chicago,シカゴの案件,japan-event,IL;WI,draft,250");
        assertEquals(0, as("alice", "import", "--plan", changed.toString(), "--db", url), run.all());

        // the trail names the login and each field, before and after
        assertEquals(0, as("rita", "history", "--id", "T-1", "--db", url), run.all());
        String trail = run.stdout();
        assertTrue(trail.contains("alice  insert T-1") && trail.contains("alice  update T-1"), trail);
        assertTrue(trail.contains("states: IL -> IL;WI") && trail.contains("budget_jpy: 100 -> 250"), trail);
        assertTrue(trail.contains(" JST "), trail);

        // a workflow step the role may not take: refused, exit 1, the role needed named
        assertEquals(1, as("rita", "propose", "--fy", "2023", "--mission", "cg-chicago", "--db", url,
                "--justify", "AP2-NO-PRIORITY-THEME:T-1=tested"), run.all());
        assertTrue(run.stderr().contains("planner of cg-chicago"), run.all());
        assertEquals(0, as("postgres", "db", "roles", "--db", url), run.all());
        assertTrue(run.stdout().contains("alice: planner of cg-chicago") && run.stdout().contains("rita: reviewer"), run.all());
        assertEquals(0, as("postgres", "db", "revoke", "--db", url, "--user", "alice", "--planner", "cg-chicago"), run.all());
        assertEquals(2, as("alice", "import", "--plan", changed.toString().replace("changed", "mine"), "--db", url), run.all());
    }

    @Test
    void rolesAreForAServerNotTheEmbeddedDatabase() {
        String embedded = org.grassroots.planner.store.PlanStore.embeddedUrl(dir);
        assertEquals(0, run.planner("db", "migrate", "--db", embedded), run.all());
        assertEquals(2, run.planner("db", "grant", "--db", embedded, "--user", "alice", "--reader"), run.all());
        assertTrue(run.stderr().contains("one user"), run.all());
        assertEquals(2, run.planner("db", "grant", "--db", embedded, "--user", "alice"), run.all());
    }
}
