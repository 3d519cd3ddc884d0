package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database with a login: a URL with an {@code INIT} script or credentials is refused before
 * anything is connected to, and a password-protected H2 server opens with the user and password given
 * apart from the URL, and refuses without them, never saying the password.
 */
class DatabaseLoginTest {
    @TempDir
    Path dir;

    @Test
    void anInitScriptIsRefusedBeforeAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(500);
            int port = listener.getLocalPort();
            String init = "INIT=RUNSCRIPT FROM 'http://127.0.0.1:" + port + "/x'";
            Path file = dir.resolve("never");
            List<String> urls = List.of("jdbc:h2:file:" + file + ";" + init,
                    "jdbc:h2:tcp://127.0.0.1:" + port + "/never;" + init,
                    "jdbc:h2:file:" + file + ";IFEXISTS=FALSE;" + init.toLowerCase());
            for (String url : urls) {
                List<Supplier<Object>> ways = List.of(() -> PlanStore.open(url), () -> PlanStore.open(url, "planner", "pw"),
                        () -> PlanStore.open(DatabaseLogin.of(url)), () -> DatabaseLogin.of(url, "planner", new char[0]));
                for (Supplier<Object> way : ways) {
                    // were the URL given to H2, the file URL would wait on the script's web address: a failure, not a hang
                    DatabaseUrlException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                            () -> assertThrows(DatabaseUrlException.class, way::get));
                    assertTrue(e.getMessage().toUpperCase().contains("INIT=***"), e.getMessage());
                    assertFalse(e.getMessage().contains("RUNSCRIPT"), e.getMessage());
                    assertFalse(e.getMessage().contains(Integer.toString(port)), e.getMessage());
                }
            }
            assertThrows(SocketTimeoutException.class, listener::accept, "something connected to the script's address");
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), "no database file may be made");
            }
        }
    }

    @Test
    void aPasswordProtectedServerOpensWithTheLoginAndNotWithoutIt() throws Exception {
        System.setProperty("h2.bindAddress", "127.0.0.1");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toString(),
                "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/locked-plan";
            Initiative webinar = Initiative.builder().id("L-1").fiscalYear(2023).mission("co-portland").titleJa("ウェビナー")
                    .kind(Kind.INFO_DISSEMINATION).states(List.of("OR")).startDate(LocalDate.of(2023, 7, 1))
                    .status(Status.DRAFT).build();
            // the first login makes the database, with this user as its administrator
            try (PlanStore store = PlanStore.open(DatabaseLogin.of(url, "planner", "team-s3cr3t".toCharArray()))) {
                store.save(List.of(webinar));
            }
            try (PlanStore store = PlanStore.open(DatabaseLogin.of(url, "planner", "team-s3cr3t".toCharArray()))) {
                assertEquals(List.of(webinar), store.initiatives(2023));
            }

            for (DatabaseLogin refused : List.of(DatabaseLogin.of(url), DatabaseLogin.of(url, "planner", new char[0]),
                    DatabaseLogin.of(url, "planner", "wrong-s3cr3t".toCharArray()))) {
                StoreException e = assertThrows(StoreException.class, () -> PlanStore.open(refused));
                assertFalse(e instanceof DatabaseUrlException, e.getMessage());
                assertTrue(e.getMessage().startsWith("cannot open the database " + url), e.getMessage());
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                assertFalse(trace.toString().contains("s3cr3t"), trace.toString());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aDriversMessageIsShownWithoutTheUrlsSecretsNorThePassword() {
        String url = "jdbc:h2:tcp://127.0.0.1/x;PASSWORD=s3cr3t";
        String message = "URL format error; must be ... but is \"" + url + "\"; password pw-s3cr3t";
        String shown = DatabaseUrl.redact(message, url, "pw-s3cr3t".toCharArray());
        assertFalse(shown.contains("s3cr3t"), shown);
        assertTrue(shown.contains("jdbc:h2:tcp://127.0.0.1/x;PASSWORD=***"), shown);
    }
}
