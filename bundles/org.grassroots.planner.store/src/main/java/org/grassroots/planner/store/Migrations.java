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
    /**
     * The scripts, in order; the version of a script is the number after its {@code V}. Version 5 (and
     * 7) are the PostgreSQL support's scripts, written on another branch at the same time: the merge
     * inserts them here in their order.
     */
    private static final String[] SCRIPTS = { "V1__initiatives.sql", "V2__history_changes.sql",
            "V3__fiscal_year_reference.sql", "V4__proposals.sql", "V6__initiative_results.sql" };

    private Migrations() {
    }

    static int latestVersion() {
        return version(SCRIPTS[SCRIPTS.length - 1]);
    }

    /** @return the version of a script: the number between {@code V} and {@code __} */
    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        for (String script : SCRIPTS) {
            int v = version(script);
            if (v <= current) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : read(script).split(";\\s*\\n")) {
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
