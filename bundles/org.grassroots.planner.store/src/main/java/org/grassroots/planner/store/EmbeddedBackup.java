package org.grassroots.planner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.h2.jdbcx.JdbcDataSource;

/**
 * {@code planner db backup|restore}: the embedded H2 database ({@code jdbc:h2:file:…}) backed up with H2's
 * own {@code BACKUP TO} (a zip holding the database file, written while the database is open, consistent)
 * and restored from such a zip. A restore never overwrites a database that holds data: the target must not
 * exist or be empty (made by {@code planner db migrate}, nothing in it); the backup is unpacked and opened
 * aside first, then moved into place, so a failed restore leaves the target as it was. A team's PostgreSQL
 * server is backed up with its own tools ({@code pg_dump}).
 */
public final class EmbeddedBackup {
    private static final String SUFFIX = ".mv.db";

    private EmbeddedBackup() {
    }

    /**
     * @return the file of an embedded database URL ({@code jdbc:h2:file:PATH…} → {@code PATH.mv.db}, {@code ~}
     *         for the home folder), or null for any other URL
     */
    public static Path databaseFile(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String path = url.substring("jdbc:h2:file:".length());
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        if (path.equals("~") || path.startsWith("~/")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        try {
            return Path.of(path + SUFFIX).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Writes a backup of the embedded database to this file (a zip, replaced if it exists; the caller writes
     * it aside and moves it into place).
     *
     * @return the number of initiatives the backup holds
     * @throws StoreException on a server, or a database that does not exist or cannot be read
     */
    public static int backup(DatabaseLogin login, Path file) {
        embeddedOnly(login, "backed up", "pg_dump");
        try (PlanStore store = PlanStore.open(DatabaseCopy.existing(login))) {
            Connection c = store.connection();
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
                return count(c);
            } catch (SQLException e) {
                throw new StoreException("cannot back up " + login.maskedUrl() + ": " + e.getMessage(), e);
            } finally {
                store.rollbackQuietly();
            }
        }
    }

    /**
     * Restores the embedded database of this URL from a backup made by {@link #backup}.
     *
     * @return the number of initiatives restored
     * @throws StoreException on a server, a database that holds data, a file that is not such a backup; the
     *             target is then as it was
     */
    public static int restore(DatabaseLogin login, Path backup) {
        embeddedOnly(login, "restored", "pg_restore or psql");
        Path target = databaseFile(login.url());
        if (target == null) {
            throw new StoreException("cannot tell the file of " + login.maskedUrl(), null);
        }
        if (Files.exists(target)) {
            refuseUnlessEmpty(login);
        }
        Path folder = target.getParent();
        Path made = firstMissing(folder);
        try {
            Files.createDirectories(folder);
            Path aside = Files.createTempDirectory(folder, ".restore");
            try {
                String base = target.getFileName().toString();
                base = base.substring(0, base.length() - SUFFIX.length());
                Path unpacked = aside.resolve(base + SUFFIX);
                unpack(backup, unpacked);
                int initiatives = check(aside.resolve(base), backup);
                try {
                    Files.move(unpacked, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(unpacked, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return initiatives;
            } finally {
                try (Stream<Path> files = Files.walk(aside)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (made != null) { // the folders made for it go too
                try (Stream<Path> files = Files.walk(made)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // left behind, empty
                }
            }
            throw e instanceof StoreException s ? s : new StoreException("nothing was restored: " + e.getMessage(), e);
        }
    }

    /** @return the outermost folder of this path that does not exist yet, or null if it exists */
    private static Path firstMissing(Path folder) {
        Path missing = null;
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    private static void embeddedOnly(DatabaseLogin login, String done, String tool) {
        String url = DatabaseUrl.check(login.url());
        if (Dialect.of(url) == Dialect.POSTGRESQL) {
            throw new StoreException(login.maskedUrl() + " is a PostgreSQL server: it is " + done + " with " + tool
                    + " by its administrator, not by planner db backup|restore", null);
        }
        if (databaseFile(url) == null) {
            throw new StoreException(login.maskedUrl() + " is an H2 server: it is " + done
                    + " on its own machine, against its jdbc:h2:file: URL", null);
        }
    }

    private static void refuseUnlessEmpty(DatabaseLogin login) {
        try (PlanStore store = PlanStore.open(DatabaseCopy.existing(login))) {
            Connection c = store.connection();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'SCHEMA_VERSION'")) {
                java.util.List<String> tables = new java.util.ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                for (String table : tables) {
                    try (ResultSet n = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                        n.next();
                        if (n.getLong(1) > 0) {
                            throw new StoreException("nothing was restored: " + login.maskedUrl() + " holds data ("
                                    + table.toLowerCase(Locale.ROOT) + ": " + n.getLong(1) + " rows); a restore never"
                                    + " overwrites a database: restore into a new folder, or move this one aside first", null);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read " + login.maskedUrl() + ": " + e.getMessage(), e);
            } finally {
                store.rollbackQuietly();
            }
        }
    }

    /** Unpacks the one database file of a backup made by {@code BACKUP TO}. */
    private static void unpack(Path backup, Path to) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry found = null;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(SUFFIX)) {
                    if (found != null) {
                        throw new IOException(backup + " holds more than one database (" + found.getName() + ", "
                                + e.getName() + "): not a backup of planner db backup");
                    }
                    found = e;
                }
            }
            if (found == null) {
                throw new IOException(backup + " holds no database file (*" + SUFFIX + "): not a backup of planner db backup");
            }
            try (InputStream in = zip.getInputStream(found)) {
                Files.copy(in, to);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(backup + " is not a backup of planner db backup (not a zip file: " + e.getMessage() + ")", e);
        }
    }

    /** @return the initiatives of the unpacked database, after making sure it is a planner's database, brought up to date */
    private static int check(Path database, Path backup) throws IOException {
        String url = "jdbc:h2:file:" + database + ";IFEXISTS=TRUE";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        try (Connection c = ds.getConnection("", "")) {
            if (Migrations.currentVersion(c) == 0) {
                throw new IOException(backup + " is an H2 database but not a planner's (it has no schema version)");
            }
        } catch (SQLException e) {
            throw new IOException(backup + " does not hold a readable H2 database: " + e.getMessage(), e);
        }
        try (PlanStore store = PlanStore.open(url)) {
            try {
                return count(store.connection());
            } catch (SQLException e) {
                throw new IOException("cannot read the restored database: " + e.getMessage(), e);
            } finally {
                store.rollbackQuietly();
            }
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM initiative")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
