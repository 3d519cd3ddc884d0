package org.grassroots.planner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database to the newest schema version: each {@code db/V<n>__*.sql} script of this bundle
 * runs once, in order, followed by its version bump; a failing script stops the migration with the
 * database at the last version that completed (H2 commits DDL statements as it runs them, so keep
 * each script small and additive).
 * <p>
 * Flyway was considered: version 11 ships no OSGi manifest and brings Jackson and a TOML parser for
 * its configuration; for a handful of ordered scripts these few lines give the same guarantees.
 */
final class Migrations {
    /** The scripts, in order; the version of a script is its position + 1. */
    private static final String[] SCRIPTS = { "V1__initiatives.sql", "V2__history_changes.sql",
            "V3__fiscal_year_reference.sql", "V4__proposals.sql" };

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.length;
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        for (int v = current + 1; v <= SCRIPTS.length; v++) {
            try (Statement s = c.createStatement()) {
                for (String sql : read(SCRIPTS[v - 1]).split(";\\s*\\n")) {
                    if (containsStatement(sql)) {
                        s.execute(sql);
                    }
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version VALUES (" + v + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean containsStatement(String sql) {
        return sql.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--"));
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the store bundle: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
