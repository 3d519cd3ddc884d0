package org.grassroots.planner.store.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.grassroots.planner.store.DatabaseLogin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for one test class: Debian's server binaries ({@code /usr/lib/postgresql/N/bin},
 * installed by {@code ./run-tests} when missing), a throw-away cluster made with {@code initdb} in a
 * temporary folder, password authentication, started on a free loopback port and stopped (and its
 * folder deleted) by {@link #close()}, or at the latest when the JVM exits. Run as root, the server runs
 * as the {@code postgres} system user (PostgreSQL refuses root).
 * <p>
 * For the tests of the store and the command line and for the team benchmark (never a mock of the
 * database); the product itself never starts a server.
 */
public final class ThrowAwayPostgres implements AutoCloseable {
    public static final String DATABASE = "planner";

    private final Path folder;
    private final Path data;
    private final int port;
    private final String superPassword;
    private final Thread stopAtExit;
    private boolean stopped;

    private ThrowAwayPostgres(Path folder, int port, String superPassword) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.superPassword = superPassword;
        this.stopAtExit = new Thread(this::stop, "stop throw-away PostgreSQL");
    }

    public static ThrowAwayPostgres start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries();
        Path folder = Files.createTempDirectory("planner-pg");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path pwfile = folder.resolve("pw");
        Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
        Path run = folder.resolve("run");
        Files.createDirectories(run);
        if (root()) {
            exec(List.of("chown", "-R", "postgres:postgres", folder.toString()));
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ThrowAwayPostgres server = new ThrowAwayPostgres(folder, port, password);
        Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        try {
            exec(asPostgres(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "postgres",
                    "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--no-locale"));
            exec(asPostgres(bin.resolve("pg_ctl").toString(), "-D", server.data.toString(), "-l", run.resolve("pg.log").toString(),
                    "-o", "-p " + port + " -k " + run + " -c listen_addresses=127.0.0.1", "-w", "start"));
            try (Connection c = server.connect("postgres", "postgres", password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** @return the newest server's binaries ({@code PLANNER_PG_BIN} if set) */
    private static Path binaries() {
        String configured = System.getenv("PLANNER_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql: install Debian's"
                    + " postgresql package (./run-tests does) or set PLANNER_PG_BIN", e);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asPostgres(String... command) {
        List<String> out = new ArrayList<>();
        if (root()) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** @return the JDBC URL of the test database (no credentials in it) */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** @return the server's superuser, who administers the test database */
    public DatabaseLogin admin() {
        return DatabaseLogin.of(url(), "postgres", superPassword.toCharArray());
    }

    /** Creates a login on the server, as its administrator would ({@code CREATE ROLE … LOGIN PASSWORD …}). */
    public DatabaseLogin createLogin(String name, String password) throws SQLException {
        try (Connection c = connect(DATABASE, "postgres", superPassword); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + quote(name) + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        }
        return DatabaseLogin.of(url(), name, password.toCharArray());
    }

    /** @return the URL of a new, empty database on the server */
    public String createDatabase(String name) throws SQLException {
        try (Connection c = connect(DATABASE, "postgres", superPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name));
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** @return a plain JDBC connection, autocommit on, as a client other than the planner would open */
    public Connection connect(String database, String user, String password) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + database);
        ds.setUser(user);
        ds.setPassword(password);
        return ds.getConnection();
    }

    /** Stops the server at once ({@code pg_ctl stop -m immediate}), as a crash would; {@link #restart()} brings it back. */
    public void crash() throws IOException, InterruptedException {
        exec(asPostgres(binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
    }

    public void restart() throws IOException, InterruptedException {
        exec(asPostgres(binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                folder.resolve("run/pg.log").toString(), "-o", "-p " + port + " -k " + folder.resolve("run")
                        + " -c listen_addresses=127.0.0.1", "-w", "start"));
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                exec(asPostgres(binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop"));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("could not stop the throw-away PostgreSQL server in " + folder + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // left in the temporary folder
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // the JVM is already exiting: the hook runs stop(), which has run
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
