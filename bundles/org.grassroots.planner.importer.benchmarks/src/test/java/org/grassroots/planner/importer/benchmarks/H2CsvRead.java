package org.grassroots.planner.importer.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The baseline: H2 loading the plan CSV into the store's own {@code initiative} table by itself
 * ({@code INSERT … SELECT … FROM CSVREAD(…)}), converting the cells as the table needs: empty to
 * NULL, numbers and dates cast, {@code ;} lists split into arrays. H2 has no split function; lists
 * of up to {@value #MAX_ITEMS} items (what PlanGenerator makes) are split with REGEXP_SUBSTR and
 * trimmed with TRIM_ARRAY.
 */
final class H2CsvRead {
    static final int MAX_ITEMS = 4;

    private H2CsvRead() {
    }

    private static String list(String column) {
        StringBuilder items = new StringBuilder("ARRAY[");
        for (int i = 1; i <= MAX_ITEMS; i++) {
            items.append(i > 1 ? ", " : "").append("REGEXP_SUBSTR(").append(column).append(", '[^;]+', 1, ").append(i)
                    .append(')');
        }
        String count = "CASE WHEN " + column + " IS NULL THEN 0 ELSE LENGTH(" + column + ") - LENGTH(REPLACE(" + column
                + ", ';', '')) + 1 END";
        return "TRIM_ARRAY(" + items + "], " + MAX_ITEMS + " - " + count + ")";
    }

    /**
     * @param splitLists false for the lower bound: every list left empty (no splitting at all), which
     *                   loads less than the file holds
     */
    static String insertSql(Path csv, boolean splitLists) {
        String lists = splitLists ? list("themes") + ", " + list("states") + ", " + list("partners")
                : "ARRAY[], ARRAY[], ARRAY[]";
        return "INSERT INTO initiative (id, fiscal_year, mission, title_ja, title_en, kind, themes, states, partners,"
                + " format, start_date, end_date, budget_jpy, status) SELECT id, CAST(fiscal_year AS INTEGER), mission,"
                + " title_ja, title_en, kind, " + lists
                + ", format, CAST(start_date AS DATE), CAST(end_date AS DATE), CAST(budget_jpy AS BIGINT), status"
                + " FROM CSVREAD('" + csv.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')";
    }

    static Connection connect(String url) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("");
        ds.setPassword("");
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Loads the file in one transaction. @return the rows inserted */
    static int load(Connection c, Path csv, boolean splitLists) throws SQLException {
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate(insertSql(csv, splitLists));
            c.commit();
            return n;
        }
    }

    static int count(String url) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM initiative")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
