package org.grassroots.planner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the newest schema version. One schema history for both databases: version
 * {@code n} is {@code db/V<n>__<name>.sql}, run on both, and/or {@code db/V<n>__<name>.h2.sql} or
 * {@code db/V<n>__<name>.postgresql.sql}, run on that database only (a feature one side lacks: row-level
 * security, triggers, notifications); a version with no script for a database only moves its version
 * on. Each version runs once, in order, in one transaction with its version bump; a failing script
 * stops the migration with the database at the last version that completed (H2 commits DDL as it runs
 * it, so keep its scripts small and additive; PostgreSQL rolls a failed version back whole).
 * <p>
 * On PostgreSQL, {@code db/team.postgresql.sql} runs after the versions at every migration: the
 * ownership, grants and row security of every table, written so that running it again changes nothing,
 * so that a table added by a later version is covered without repeating them.
 * <p>
 * Flyway was considered: version 11 ships no OSGi manifest and brings Jackson and a TOML parser for
 * its configuration; for a handful of ordered scripts these few lines give the same guarantees.
 */
final class Migrations {
    /** The versions, in order (each name without {@code .sql}); the number in the name is the version. */
    private static final String[] VERSIONS = { "V1__initiatives", "V2__history_changes", "V3__fiscal_year_reference",
            "V4__proposals", "V5__versions_fields_and_missions", "V6__initiative_results", "V7__team_roles_and_audit",
            "V8__priority_share_min", "V9__scenarios", "V10__reference_thresholds" };

    /** Run at every migration of a PostgreSQL database, after the versions. */
    static final String TEAM_SCRIPT = "team.postgresql.sql";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+(\\.sql)?");

    private Migrations() {
    }

    static int latestVersion() {
        return version(VERSIONS[VERSIONS.length - 1]);
    }

    private static int version(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalStateException("not a migration name: " + name);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Migrates to the newest version; on PostgreSQL then runs {@link #TEAM_SCRIPT}. */
    static void migrate(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            c.commit();
        }
        int current = currentVersion(c);
        for (String name : VERSIONS) {
            int v = version(name);
            if (v <= current) {
                continue;
            }
            String base = name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
            List<String> scripts = new ArrayList<>();
            for (String script : new String[] { base + ".sql", base + "." + dialect.scriptSuffix() + ".sql" }) {
                String text = readIfPresent(script);
                if (text != null) {
                    scripts.add(text);
                }
            }
            try (Statement s = c.createStatement()) {
                for (String text : scripts) {
                    for (String sql : SqlScript.statements(text)) {
                        s.execute(sql);
                    }
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version VALUES (" + v + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration to version " + v + " (" + base + ") failed: " + e.getMessage(),
                        e.getSQLState(), e.getErrorCode(), e);
            }
        }
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                for (String sql : SqlScript.statements(readIfPresent(TEAM_SCRIPT))) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException(TEAM_SCRIPT + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
        }
    }

    /** @return the schema version, 0 for a database that has none yet */
    static int currentVersion(Connection c) throws SQLException {
        if (!hasVersionTable(c)) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasVersionTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] { "schema_version", "SCHEMA_VERSION" }) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] { "TABLE" })) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String readIfPresent(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
