package org.grassroots.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells a workbench of the changes other planners save, as they are committed: on PostgreSQL by
 * {@code LISTEN planner_changes} (the audit trigger notifies with each changed row, delivered at commit),
 * on H2, which has no notifications, by polling the edit history once a second. Runs on a thread and a
 * connection of its own; when the server is lost it says so ({@link Listener#connection(boolean)}),
 * tries again every two seconds, and says when it is back (changes missed meanwhile are not itemised:
 * the listener re-reads).
 */
public final class ChangeFeed implements AutoCloseable {
    /** A row another planner changed: its id, fiscal year and mission (null on H2, which knows only the id), what and by whom. */
    public record Change(String id, Integer fiscalYear, String mission, String action, String by) {
    }

    /** A proposal that moved: proposed, approved or returned (reopened), by whom. */
    public record ProposalMove(int fiscalYear, String mission, String state, String by) {
    }

    /** Hears of changes, on the feed's thread. */
    public interface Listener {
        void changed(List<Change> changes);

        /** A proposal was proposed, approved or returned (by anyone, this planner included). */
        default void proposalMoved(ProposalMove move) {
        }

        /** @param up false when the connection to the database was lost, true when it is back */
        void connection(boolean up);
    }

    static final long POLL_MILLIS = 1_000;
    private static final long RETRY_MILLIS = 2_000;
    private final DatabaseLogin login;
    private final Dialect dialect;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    ChangeFeed(DatabaseLogin login, Dialect dialect, Listener listener) {
        this.login = login;
        this.dialect = dialect;
        this.listener = listener;
        this.thread = new Thread(this::run, "planner change feed");
        thread.setDaemon(true);
    }

    ChangeFeed start() throws SQLException {
        connection = connect(); // the first connection fails here, to the caller
        thread.start();
        return this;
    }

    private Connection connect() throws SQLException {
        Connection c = PlanStore.connect(dialect, login);
        c.setAutoCommit(true);
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN planner_changes");
                s.execute("LISTEN planner_proposals");
            }
        }
        return c;
    }

    private void run() {
        long lastSeq = -1;
        long lastMove = -1;
        boolean up = true;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = connect();
                    if (!up) {
                        up = true;
                        listener.connection(true);
                    }
                }
                if (dialect == Dialect.POSTGRESQL) {
                    PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications((int) POLL_MILLIS);
                    if (notes != null && notes.length > 0) {
                        List<Change> changes = new ArrayList<>();
                        for (PGNotification n : notes) {
                            if (n.getName().equals("planner_proposals")) {
                                listener.proposalMoved(parseMove(n.getParameter()));
                            } else {
                                changes.add(parse(n.getParameter()));
                            }
                        }
                        if (!changes.isEmpty()) {
                            listener.changed(changes);
                        }
                    } else if (!connection.isValid(2)) {
                        throw new SQLException("the connection to the server was lost", "08006");
                    }
                } else {
                    lastSeq = poll(lastSeq);
                    lastMove = pollMoves(lastMove);
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                closeConnection();
                if (up) {
                    up = false;
                    listener.connection(false);
                }
                sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long poll(long lastSeq) throws SQLException {
        if (lastSeq < 0) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM edit_history")) {
                rs.next();
                return rs.getLong(1);
            }
        }
        List<Change> changes = new ArrayList<>();
        long seq = lastSeq;
        try (PreparedStatement ps = connection.prepareStatement("SELECT h.seq, h.initiative_id, h.action, h.changed_by,"
                + " i.fiscal_year, i.mission FROM edit_history h LEFT JOIN initiative i ON i.id = h.initiative_id"
                + " WHERE h.seq > ? ORDER BY h.seq")) {
            ps.setLong(1, lastSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seq = rs.getLong(1);
                    int year = rs.getInt(5);
                    changes.add(new Change(rs.getString(2), rs.wasNull() ? null : year, rs.getString(6), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        if (!changes.isEmpty()) {
            listener.changed(changes);
        }
        return seq;
    }

    private long pollMoves(long lastSeq) throws SQLException {
        long seq = lastSeq;
        try (PreparedStatement ps = connection.prepareStatement(lastSeq < 0
                ? "SELECT COALESCE(MAX(seq), 0), 0, '', '', '' FROM proposal_event"
                : "SELECT seq, fiscal_year, mission, to_state, changed_by FROM proposal_event WHERE seq > " + lastSeq
                        + " ORDER BY seq")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seq = rs.getLong(1);
                    if (lastSeq >= 0) {
                        listener.proposalMoved(new ProposalMove(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
        }
        return seq;
    }

    static ProposalMove parseMove(String json) {
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        return new ProposalMove(Integer.parseInt(text(o, "fiscal_year")), text(o, "mission"), text(o, "state"), text(o, "by"));
    }

    /** The audit trigger's payload: {@code {"fiscal_year" : "2023", "mission" : "…", "id" : "…", "action" : "…", "by" : "…"}}. */
    static Change parse(String json) {
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        String year = text(o, "fiscal_year");
        return new Change(text(o, "id"), year == null ? null : Integer.valueOf(year), text(o, "mission"), text(o, "action"),
                text(o, "by"));
    }

    private static String text(com.google.gson.JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already gone
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
