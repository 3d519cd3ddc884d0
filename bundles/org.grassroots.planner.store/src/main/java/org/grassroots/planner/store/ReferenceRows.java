package org.grassroots.planner.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Mission;

/**
 * A fiscal year's reference as planners edit it, in the tables of {@code db/V3__fiscal_year_reference.sql} (and V8's
 * {@code priority_share_min}):
 * one row for the year, one per mission with its jurisdiction. The caller commits or rolls back.
 */
final class ReferenceRows {
    private ReferenceRows() {
    }

    static Optional<FiscalYearReference> read(Connection c, int fiscalYear) throws SQLException {
        try (PreparedStatement year = c.prepareStatement("SELECT budget_cap_jpy, mission_share_max, priority_themes,"
                + " priority_states, priority_share_min, thresholds FROM fiscal_year_reference WHERE fiscal_year = ?");
                PreparedStatement missions = c.prepareStatement(
                        "SELECT code, name_ja, name_en, states FROM fiscal_year_mission WHERE fiscal_year = ? ORDER BY code")) {
            year.setInt(1, fiscalYear);
            missions.setInt(1, fiscalYear);
            try (ResultSet y = year.executeQuery(); ResultSet m = missions.executeQuery()) {
                if (!y.next()) {
                    return Optional.empty();
                }
                List<Mission> list = new ArrayList<>();
                while (m.next()) {
                    list.add(new Mission(m.getString(1), m.getString(2), m.getString(3), strings(m.getArray(4))));
                }
                return Optional.of(new FiscalYearReference(fiscalYear, y.getLong(1), y.getDouble(2),
                        new LinkedHashSet<>(strings(y.getArray(3))), new LinkedHashSet<>(strings(y.getArray(4))), list,
                        y.getDouble(5)).withThresholds(thresholds(y.getString(6))));
            }
        }
    }

    static void write(Connection c, FiscalYearReference r, String user) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM fiscal_year_reference WHERE fiscal_year = ?");
                PreparedStatement year = c.prepareStatement("INSERT INTO fiscal_year_reference (fiscal_year, budget_cap_jpy,"
                        + " mission_share_max, priority_themes, priority_states, changed_at, changed_by, priority_share_min,"
                        + " thresholds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement mission = c.prepareStatement("INSERT INTO fiscal_year_mission (fiscal_year, code,"
                        + " name_ja, name_en, states) VALUES (?, ?, ?, ?, ?)")) {
            delete.setInt(1, r.getFiscalYear());
            delete.executeUpdate();
            year.setInt(1, r.getFiscalYear());
            year.setLong(2, r.getBudgetCapJpy());
            year.setDouble(3, r.getMissionShareMax());
            year.setArray(4, c.createArrayOf("VARCHAR", new TreeSet<>(r.getPriorityThemes()).toArray()));
            year.setArray(5, c.createArrayOf("VARCHAR", new TreeSet<>(r.getPriorityStates()).toArray()));
            year.setObject(6, OffsetDateTime.now());
            year.setString(7, user);
            year.setDouble(8, r.getPriorityShareMin());
            year.setString(9, thresholds(r.getThresholds()));
            year.executeUpdate();
            for (Mission m : r.getMissions()) {
                mission.setInt(1, r.getFiscalYear());
                mission.setString(2, m.getCode());
                mission.setString(3, m.getNameJa());
                mission.setString(4, m.getNameEn());
                mission.setArray(5, c.createArrayOf("VARCHAR", m.getStates().toArray()));
                mission.addBatch();
            }
            mission.executeBatch();
        }
    }

    /** The optional thresholds as V10 keeps them: {@code key=value} pairs separated by {@code ;}, in key order, or null. */
    static String thresholds(java.util.Map<String, Double> given) {
        if (given.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(given).forEach((k, v) -> out.append(out.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return out.toString();
    }

    static java.util.Map<String, Double> thresholds(String kept) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (kept != null && !kept.isBlank()) {
            for (String pair : kept.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), Double.valueOf(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object v : (Object[]) array.getArray()) {
            out.add((String) v);
        }
        return out;
    }
}
