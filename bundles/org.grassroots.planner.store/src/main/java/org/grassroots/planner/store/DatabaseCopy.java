package org.grassroots.planner.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code planner db copy}: carries a planner's embedded (H2) database to a team's server (or another H2
 * database) whose schema its administrator has made with {@code planner db migrate}: every table of the
 * schema, row for row — the initiatives with their versions, the edit history with its fields, the saved
 * references, the proposals with their snapshots and justifications, the missions of the planners — in one
 * transaction, so that the target holds all of it or nothing of it.
 * <p>
 * The rows are carried as they are: on PostgreSQL the tables' own triggers (which would start every version
 * at 1 and write the copy into the audit trail as the administrator's insertions) are switched off for the
 * transaction, and the identity columns (the history's and the proposals' sequence numbers) continue after
 * the numbers copied. Writing every mission's rows under the server's row security needs its administrator
 * (a superuser, or a login with {@code BYPASSRLS} that owns the tables).
 * <p>
 * Refused, with nothing copied: a target that already holds initiatives or any other plan data (only the
 * planners' missions granted with {@code planner db grant} may be there: they are kept, and the source's
 * are added); a source that is not an H2 database (between PostgreSQL servers, {@code pg_dump} does it); a
 * source that does not exist; a target whose schema is not the newest.
 */
public final class DatabaseCopy {
    /** Tables that may hold rows in the target already: their rows are kept and a source row equal to one is skipped. */
    private static final Set<String> MERGED = Set.of("mission_planner");
    private static final String SCHEMA_VERSION = "schema_version";
    private static final int BATCH = 1_000;

    private DatabaseCopy() {
    }

    /**
     * @param from the embedded database (no user); it must exist
     * @param to the target, migrated by {@code planner db migrate}
     * @return the rows copied per table, in the order copied (lower-case table names)
     * @throws StoreException saying why nothing was copied
     */
    public static Map<String, Integer> copy(DatabaseLogin from, DatabaseLogin to) {
        if (Dialect.of(from.url()) != Dialect.H2) {
            throw new StoreException("db copy carries an embedded (H2) database to a server; " + from.maskedUrl()
                    + " is a PostgreSQL server: between servers use pg_dump and pg_restore", null);
        }
        try (PlanStore source = PlanStore.open(existing(from)); PlanStore target = PlanStore.open(to)) {
            return copy(source.connection(), target.connection(), target.dialect(), target.userName(), to.maskedUrl());
        }
    }

    /** @return the login with {@code IFEXISTS=TRUE}, so that a source that does not exist is not made empty */
    static DatabaseLogin existing(DatabaseLogin login) {
        String url = login.url();
        if (url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=")) {
            return login;
        }
        return DatabaseLogin.of(url + ";IFEXISTS=TRUE", login.user(), login.password());
    }

    private static Map<String, Integer> copy(Connection source, Connection target, Dialect dialect, String user,
            String targetUrl) {
        try {
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one consistent reading of the source
            List<String> tables = tablesInOrder(target);
            Map<String, String> targetTables = tableNames(target); // by lower-case name, as each database spells it
            Map<String, String> sourceTables = tableNames(source);
            refuseUnlessAllowed(target, dialect, user, targetUrl);
            refuseUnlessEmpty(target, targetTables, tables, targetUrl);
            Map<String, Integer> copied = new LinkedHashMap<>();
            if (dialect == Dialect.POSTGRESQL) {
                for (String table : tables) {
                    execute(target, "ALTER TABLE " + targetTables.get(table) + " DISABLE TRIGGER USER");
                }
            }
            // first every identity (H2 commits as it runs DDL: before any row is written, so nothing half-copied stays)
            for (String table : tables) {
                if (sourceTables.containsKey(table)) {
                    restartIdentities(source, sourceTables.get(table), target, targetTables.get(table));
                }
            }
            for (String table : tables) {
                String inSource = sourceTables.get(table);
                if (inSource != null) { // else a table the source's schema does not have: nothing to carry
                    copied.put(table, copyTable(source, inSource, target, targetTables.get(table), dialect));
                }
            }
            if (dialect == Dialect.POSTGRESQL) {
                for (String table : tables) {
                    execute(target, "ALTER TABLE " + targetTables.get(table) + " ENABLE TRIGGER USER");
                }
            }
            target.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            rollback(target);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("nothing was copied to " + targetUrl + ": " + e.getMessage(), e);
        } finally {
            rollback(source);
        }
    }

    private static void refuseUnlessAllowed(Connection target, Dialect dialect, String user, String targetUrl)
            throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement ps = target.prepareStatement("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    throw new StoreException("nothing was copied: " + user + " may not write every mission's rows and their"
                            + " history as they are on " + targetUrl + "; run db copy as the server's administrator (the"
                            + " login that ran planner db migrate: a superuser)", null);
                }
            }
        }
    }

    private static void refuseUnlessEmpty(Connection target, Map<String, String> names, List<String> tables, String targetUrl)
            throws SQLException {
        Map<String, Long> holding = new TreeMap<>();
        for (String table : tables) {
            if (MERGED.contains(table)) {
                continue;
            }
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + names.get(table))) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    holding.put(table, rs.getLong(1));
                }
            }
        }
        if (holding.isEmpty()) {
            return;
        }
        Long initiatives = holding.get("initiative");
        throw new StoreException("nothing was copied: " + targetUrl + " already holds "
                + (initiatives != null ? initiatives + " initiative(s)" : "plan data") + " (" + holding.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + "); db copy fills a database that planner db migrate has just made, and never merges two plans", null);
    }

    /** @return the target's tables (lower case, without the schema version), each after the tables its foreign keys name */
    private static List<String> tablesInOrder(Connection c) throws SQLException {
        Map<String, String> names = tableNames(c);
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> needs = new TreeMap<>();
        for (Map.Entry<String, String> t : names.entrySet()) {
            Set<String> parents = new HashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema(c), t.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t.getKey())) {
                        parents.add(parent);
                    }
                }
            }
            needs.put(t.getKey(), parents);
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < needs.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> e : needs.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new StoreException("the tables' foreign keys go round in a circle: " + needs, null);
            }
        }
        return new ArrayList<>(ordered);
    }

    /** @return the tables of the schema by lower-case name, with the name as the database spells it */
    private static Map<String, String> tableNames(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema(c), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals(SCHEMA_VERSION)) {
                    out.put(lower, name);
                }
            }
        }
        return out;
    }

    private static String schema(Connection c) throws SQLException {
        return c.getSchema();
    }

    /** A column of a table: its name as the database spells it, its JDBC type and its type's name. */
    private record Column(String name, int type, String typeName, boolean identity) {
    }

    private static Map<String, Column> columns(Connection c, String table) throws SQLException {
        Map<String, Column> out = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, schema(c), table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                String auto = rs.getString("IS_AUTOINCREMENT");
                out.put(name.toLowerCase(Locale.ROOT), new Column(name, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        "YES".equalsIgnoreCase(auto)));
            }
        }
        return out;
    }

    /** Moves each identity column of the target past the source's largest value, so that new rows follow the copied ones. */
    private static void restartIdentities(Connection source, String sourceTable, Connection target, String table)
            throws SQLException {
        Map<String, Column> sourceColumns = columns(source, sourceTable);
        for (Map.Entry<String, Column> e : columns(target, table).entrySet()) {
            Column from = sourceColumns.get(e.getKey());
            if (!e.getValue().identity() || from == null) {
                continue;
            }
            long max;
            try (Statement s = source.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + from.name() + "), 0) FROM " + sourceTable)) {
                rs.next();
                max = rs.getLong(1);
            }
            execute(target, "ALTER TABLE " + table + " ALTER COLUMN " + e.getValue().name() + " RESTART WITH " + (max + 1));
        }
    }

    private static int copyTable(Connection source, String sourceTable, Connection target, String table, Dialect dialect)
            throws SQLException {
        Map<String, Column> from = columns(source, sourceTable);
        Map<String, Column> to = columns(target, table);
        List<String> shared = to.keySet().stream().filter(from::containsKey).toList();
        if (shared.isEmpty()) {
            return 0;
        }
        boolean identity = shared.stream().anyMatch(k -> to.get(k).identity());
        String select = "SELECT " + String.join(", ", shared.stream().map(k -> from.get(k).name()).toList()) + " FROM "
                + sourceTable + " ORDER BY " + String.join(", ", shared.stream().map(k -> from.get(k).name()).toList().subList(0, 1));
        String insert = "INSERT INTO " + table + " (" + String.join(", ", shared.stream().map(k -> to.get(k).name()).toList())
                + ")" + (identity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ("
                + String.join(", ", java.util.Collections.nCopies(shared.size(), "?")) + ")";
        Set<List<Object>> kept = MERGED.contains(table.toLowerCase(Locale.ROOT)) ? rows(target, table, shared, to) : Set.of();
        int count = 0;
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery(select);
                PreparedStatement ps = target.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                List<Object> values = new ArrayList<>(shared.size());
                for (int k = 0; k < shared.size(); k++) {
                    values.add(value(rs, k + 1, from.get(shared.get(k))));
                }
                if (kept.contains(values)) {
                    continue;
                }
                for (int k = 0; k < shared.size(); k++) {
                    bind(ps, k + 1, values.get(k), to.get(shared.get(k)), target, dialect);
                }
                ps.addBatch();
                count++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return count;
    }

    /** @return the rows the target's table holds, as {@link #value} reads them */
    private static Set<List<Object>> rows(Connection target, String table, List<String> shared, Map<String, Column> to)
            throws SQLException {
        Set<List<Object>> out = new HashSet<>();
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                + String.join(", ", shared.stream().map(k -> to.get(k).name()).toList()) + " FROM " + table)) {
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int k = 0; k < shared.size(); k++) {
                    values.add(value(rs, k + 1, to.get(shared.get(k))));
                }
                out.add(values);
            }
        }
        return out;
    }

    /** @return the value of a column in a form both databases take: lists as {@code List}, dates as {@code LocalDate}, times with their offset */
    private static Object value(ResultSet rs, int k, Column column) throws SQLException {
        switch (column.type()) {
            case Types.ARRAY: {
                Array array = rs.getArray(k);
                return array == null ? null : List.of((Object[]) array.getArray());
            }
            case Types.DATE:
                return rs.getObject(k, LocalDate.class);
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return rs.getObject(k, OffsetDateTime.class);
            case Types.TIMESTAMP:
                return column.typeName().toLowerCase(Locale.ROOT).contains("tz") ? rs.getObject(k, OffsetDateTime.class)
                        : rs.getObject(k);
            default:
                return rs.getObject(k);
        }
    }

    private static void bind(PreparedStatement ps, int k, Object value, Column column, Connection target, Dialect dialect)
            throws SQLException {
        if (value == null) {
            ps.setNull(k, column.type());
        } else if (value instanceof List<?> list) {
            String type = column.typeName();
            String element = dialect == Dialect.POSTGRESQL && type.startsWith("_") ? type.substring(1) : "VARCHAR";
            ps.setArray(k, target.createArrayOf(element, list.toArray()));
        } else {
            ps.setObject(k, value);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone: nothing of the transaction stays
        }
    }
}
