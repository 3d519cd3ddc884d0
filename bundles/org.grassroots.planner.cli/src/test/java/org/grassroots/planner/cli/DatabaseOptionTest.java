package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db} and {@code --db-user}: the URL checked before anything is connected to, the password
 * from {@code PLANNER_DB_PASSWORD} or the terminal, never from the command line.
 */
class DatabaseOptionTest {
    private static final Set<String> KNOWN = Set.of("db", "db-user", "plan");

    @TempDir
    Path dir;

    /** The prompts the terminal was asked, in order. */
    private final List<String> asked = new ArrayList<>();

    private DatabaseOption.Terminal typing(String password) {
        return prompt -> {
            asked.add(prompt);
            return password == null ? null : password.toCharArray();
        };
    }

    private static Options options(String... args) throws Options.UsageException {
        return Options.parse(List.of(args), KNOWN);
    }

    @Test
    void withoutOptionsTheDefaultDatabaseWithoutUser() throws Exception {
        DatabaseLogin login = DatabaseOption.login(options(), Map.of("PLANNER_DB_PASSWORD", "s3cr3t")::get,
                typing("typed"));
        assertEquals(PlanStore.defaultUrl(), login.url());
        assertFalse(login.hasUser());
        assertEquals(0, login.password().length, "without --db-user the variable is not read");
        assertEquals(List.of(), asked);
    }

    @Test
    void aUrlWithAnInitScriptIsAUsageErrorBeforeAnyPasswordIsAsked() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("x") + ";INIT=RUNSCRIPT FROM 'http://127.0.0.1:1/x'";
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> DatabaseOption.login(options("--db", url, "--db-user", "planner"), Map.<String, String>of()::get,
                        typing("typed")));
        assertTrue(e.getMessage().startsWith("--db: ") && e.getMessage().contains("INIT=***"), e.getMessage());
        assertFalse(e.getMessage().contains("RUNSCRIPT"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(List.of(), asked);
    }

    @Test
    void credentialsInTheUrlAreAUsageErrorThatDoesNotSayThem() throws Exception {
        for (String url : List.of("jdbc:h2:tcp://127.0.0.1/x;USER=sa;PASSWORD=s3cr3t",
                "jdbc:postgresql://db.example.org/planner?user=planner&password=s3cr3t",
                "jdbc:postgresql://planner:s3cr3t@db.example.org/planner")) {
            Options.UsageException e = assertThrows(Options.UsageException.class,
                    () -> DatabaseOption.login(options("--db", url), Map.<String, String>of()::get, null));
            assertTrue(e.getMessage().contains("credentials"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
        }
    }

    @Test
    void thePasswordComesFromTheEnvironmentElseTheTerminalElseItIsAnError() throws Exception {
        String url = "jdbc:h2:tcp://127.0.0.1:9092/team-plan";
        Options options = options("--db", url, "--db-user", "planner");

        DatabaseLogin fromEnvironment = DatabaseOption.login(options, Map.of("PLANNER_DB_PASSWORD", "env-s3cr3t")::get,
                typing("typed"));
        assertEquals("planner", fromEnvironment.user());
        assertArrayEquals("env-s3cr3t".toCharArray(), fromEnvironment.password());
        assertEquals(List.of(), asked);

        DatabaseLogin fromTerminal = DatabaseOption.login(options, Map.of("PLANNER_DB_PASSWORD", "")::get,
                typing("typed-s3cr3t"));
        assertArrayEquals("typed-s3cr3t".toCharArray(), fromTerminal.password());
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("planner") && asked.get(0).contains(url), asked.get(0));

        Options.UsageException none = assertThrows(Options.UsageException.class,
                () -> DatabaseOption.login(options, Map.<String, String>of()::get, null));
        assertEquals("no password: set PLANNER_DB_PASSWORD or run on a terminal", none.getMessage());

        assertThrows(Options.UsageException.class,
                () -> DatabaseOption.login(options, Map.<String, String>of()::get, typing(null)));
        assertThrows(Options.UsageException.class,
                () -> DatabaseOption.login(options("--db", url, "--db-user", " "), Map.<String, String>of()::get, null));
        for (DatabaseLogin login : List.of(fromEnvironment, fromTerminal)) {
            assertFalse(login.toString().contains("s3cr3t"), login.toString());
        }
    }

    @Test
    void aPasswordIsNeverAnOption() {
        Set<String> known = new java.util.HashSet<>(DatabaseOption.NAMES);
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--db-password", "s3cr3t"), known));
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    /** The embedded database opens with the login the options give, whatever the environment holds. */
    @Test
    void theEmbeddedDatabaseOpensAsBefore() throws Exception {
        String url = PlanStore.embeddedUrl(dir);
        DatabaseLogin login = DatabaseOption.login(options("--db", url), Map.of("PLANNER_DB_PASSWORD", "s3cr3t")::get,
                null);
        try (PlanStore store = PlanStore.open(login)) {
            assertTrue(store.schemaVersion() > 0);
        }
    }
}
