package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that opens a database checks its URL before connecting, and never prints a secret. */
class DatabaseOptionCommandsTest {
    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();


    private int planner(String... args) {
        return run.planner(args);
    }

    private String all() {
        return run.all();
    }

    private String plan() throws Exception {
        Path file = dir.resolve("one-row.csv");
        try (InputStream in = ReferenceData.openSample("one-row.csv")) {
            Files.copy(in, file);
        }
        return file.toString();
    }

    @Test
    void anInitScriptInTheUrlIsRefusedByEveryCommandBeforeAnyConnection() throws Exception {
        String plan = plan();
        try (ServerSocket script = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            script.setSoTimeout(300);
            Path db = dir.resolve("db");
            String url = "jdbc:h2:file:" + db + ";INIT=RUNSCRIPT FROM 'http://127.0.0.1:" + script.getLocalPort() + "/x.sql'";
            List<String[]> commands = List.of(new String[] { "import", "--plan", plan, "--db", url },
                    new String[] { "check", "--db", url, "--fy", "2023" },
                    new String[] { "export", "--fy", "2023", "--db", url, "--format", "html", "--out", dir.resolve("x.html").toString() },
                    new String[] { "export", "--fy", "2023", "--db", url, "--document", "plan", "--format", "csv", "--out",
                            dir.resolve("x.csv").toString() },
                    new String[] { "propose", "--fy", "2023", "--mission", "cg-denver", "--db", url },
                    new String[] { "approve", "--fy", "2023", "--mission", "cg-denver", "--db", url },
                    new String[] { "proposal", "--fy", "2023", "--mission", "cg-denver", "--db", url });
            for (String[] command : commands) {
                assertEquals(Planner.BAD_INPUT, planner(command), command[0] + ": " + all());
                assertTrue(all().contains("INIT=***"), all());
                assertFalse(all().contains("RUNSCRIPT"), "the value is masked: " + all());
                try {
                    script.accept().close();
                    throw new AssertionError(command[0] + " connected to the script's server");
                } catch (SocketTimeoutException expected) {
                    // nothing connected
                }
            }
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("db")), "no database was made");
            }
        }
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNeverPrinted() throws Exception {
        String plan = plan();
        for (String url : List.of("jdbc:h2:tcp://127.0.0.1:1/planner;USER=alice;PASSWORD=hunter2",
                "jdbc:postgresql://alice:hunter2@127.0.0.1:1/planner", "jdbc:postgresql://127.0.0.1:1/planner?password=hunter2")) {
            assertEquals(Planner.BAD_INPUT, planner("import", "--plan", plan, "--db", url), all());
            assertFalse(all().contains("hunter2"), all());
        }
    }

    @Test
    void aUserWithoutAPasswordAndWithoutATerminalIsRefusedBeforeConnecting() throws Exception {
        // the tests run without a terminal, and PLANNER_DB_PASSWORD is not set for them
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PLANNER_DB_PASSWORD") == null);
        String url = org.grassroots.planner.store.PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.BAD_INPUT, planner("import", "--plan", plan(), "--db", url, "--db-user", "alice"), all());
        assertTrue(all().contains("PLANNER_DB_PASSWORD"), all());
        assertFalse(Files.exists(dir.resolve("db")), "nothing was connected to");
    }
}
