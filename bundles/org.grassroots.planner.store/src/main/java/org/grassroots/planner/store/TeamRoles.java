package org.grassroots.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The roles of a PostgreSQL server's logins: membership of the group roles of
 * {@code db/V7__team_roles_and_audit.postgresql.sql}, and for planners the missions of table
 * {@code mission_planner}. The caller commits or rolls back.
 */
final class TeamRoles {
    private TeamRoles() {
    }

    static Access access(Connection c, String login) throws SQLException {
        boolean superuser;
        boolean reviewer;
        try (PreparedStatement ps = c.prepareStatement("SELECT rolsuper, pg_has_role(rolname, 'planner_reviewer', 'MEMBER'),"
                + " pg_has_role(rolname, 'planner_planner', 'MEMBER') FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Access(login, false, false, Set.of());
                }
                superuser = rs.getBoolean(1);
                reviewer = rs.getBoolean(2);
                if (!rs.getBoolean(3)) {
                    return new Access(login, superuser, reviewer, Set.of());
                }
            }
        }
        Set<String> missions = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT mission FROM mission_planner WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missions.add(rs.getString(1));
                }
            }
        }
        return new Access(login, superuser, reviewer, missions);
    }

    /** @return every login that holds one of the team's roles, with its roles */
    static Map<String, Access> all(Connection c) throws SQLException {
        Map<String, Access> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolcanlogin AND NOT rolsuper"
                + " AND (pg_has_role(rolname, 'planner_reader', 'MEMBER') OR pg_has_role(rolname, 'planner_planner', 'MEMBER')"
                + " OR pg_has_role(rolname, 'planner_reviewer', 'MEMBER')) ORDER BY rolname")) {
            while (rs.next()) {
                out.put(rs.getString(1), null);
            }
        }
        for (String login : out.keySet()) {
            out.put(login, access(c, login));
        }
        return out;
    }

    static void change(Connection c, String login, TeamRole role, String mission, boolean grant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the server has no login named " + login
                            + " (its administrator creates it first: CREATE ROLE " + quote(login) + " LOGIN PASSWORD '…')");
                }
            }
        }
        try (Statement s = c.createStatement()) {
            if (role == TeamRole.PLANNER) {
                if (grant) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO mission_planner (login, mission) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                        ps.setString(1, login);
                        ps.setString(2, mission);
                        ps.executeUpdate();
                    }
                    s.execute("GRANT " + role.databaseRole() + " TO " + quote(login));
                } else {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM mission_planner WHERE login = ? AND mission = ?")) {
                        ps.setString(1, login);
                        ps.setString(2, mission);
                        ps.executeUpdate();
                    }
                    boolean more;
                    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mission_planner WHERE login = ?")) {
                        ps.setString(1, login);
                        try (ResultSet rs = ps.executeQuery()) {
                            more = rs.next();
                        }
                    }
                    if (!more) {
                        s.execute("REVOKE " + role.databaseRole() + " FROM " + quote(login));
                    }
                }
            } else {
                s.execute((grant ? "GRANT " : "REVOKE ") + role.databaseRole() + (grant ? " TO " : " FROM ") + quote(login));
            }
        }
    }

    /** @return the login as a quoted SQL identifier (a role name cannot be a statement parameter) */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
