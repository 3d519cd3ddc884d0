package org.grassroots.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;

/**
 * The what-if scenarios of the fiscal years, kept in the database so that a team shares them. A scenario is kept
 * as the text of its scenario file (the contract's JSON: this store does not read it); it changes nothing until
 * it is {@linkplain #apply applied}, which writes its initiatives and reference in one transaction with its audit
 * entry, or it is {@linkplain #discard discarded}. Every step leaves an event ({@link #events}).
 */
public final class ScenarioStore {
    /** A scenario's state. */
    public enum State {
        OPEN, APPLIED, DISCARDED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A scenario as kept: its file's text, state, author and who applied or discarded it. */
    public record StoredScenario(int fiscalYear, String name, String content, State state, OffsetDateTime createdAt,
            String createdBy, OffsetDateTime decidedAt, String decidedBy) {
    }

    /** One step of a scenario's audit trail. */
    public record Event(int fiscalYear, String name, String action, String summary, OffsetDateTime when, String who) {
    }

    private final PlanStore store;

    ScenarioStore(PlanStore store) {
        this.store = store;
    }

    /**
     * Keeps a scenario under its name (a scenario of the same name and year is replaced, and is open again).
     *
     * @throws IllegalArgumentException if the name is blank or longer than 200 characters
     */
    public StoredScenario save(int fiscalYear, String name, String content) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a scenario's name has 1 to 200 characters: " + name);
        }
        synchronized (store) {
            try {
                OffsetDateTime now = OffsetDateTime.now();
                boolean exists = read(fiscalYear, name).isPresent();
                try (PreparedStatement ps = c().prepareStatement(exists
                        ? "UPDATE scenario SET content = ?, state = 'open', created_at = ?, created_by = ?, decided_at = NULL,"
                                + " decided_by = NULL WHERE fiscal_year = ? AND name = ?"
                        : "INSERT INTO scenario (content, state, created_at, created_by, fiscal_year, name) VALUES (?, 'open', ?, ?, ?, ?)")) {
                    ps.setString(1, content);
                    ps.setObject(2, now);
                    ps.setString(3, store.user());
                    ps.setInt(4, fiscalYear);
                    ps.setString(5, name);
                    ps.executeUpdate();
                }
                event(c(), fiscalYear, name, "saved", null, now);
                c().commit();
                return read(fiscalYear, name).orElseThrow();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("the scenario was not saved: " + e.getMessage(), e);
            } finally {
                rollback();
            }
        }
    }

    /** @return the scenario of this year and name, if kept */
    public Optional<StoredScenario> get(int fiscalYear, String name) {
        synchronized (store) {
            try {
                return read(fiscalYear, name);
            } catch (SQLException e) {
                throw new StoreException("cannot read the scenario: " + e.getMessage(), e);
            } finally {
                rollback();
            }
        }
    }

    /** @return the scenarios of the year, by name */
    public List<StoredScenario> list(int fiscalYear) {
        synchronized (store) {
            try (PreparedStatement ps = c().prepareStatement(SELECT + " WHERE fiscal_year = ? ORDER BY name")) {
                ps.setInt(1, fiscalYear);
                List<StoredScenario> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("cannot read the scenarios: " + e.getMessage(), e);
            } finally {
                rollback();
            }
        }
    }

    /** @return the audit trail of the year's scenarios, oldest first */
    public List<Event> events(int fiscalYear) {
        synchronized (store) {
            try (PreparedStatement ps = c().prepareStatement("SELECT fiscal_year, name, action, summary, changed_at, changed_by"
                    + " FROM scenario_event WHERE fiscal_year = ? ORDER BY seq")) {
                ps.setInt(1, fiscalYear);
                List<Event> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Event(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("cannot read the scenarios' trail: " + e.getMessage(), e);
            } finally {
                rollback();
            }
        }
    }

    /**
     * Discards an open scenario: it stays in the trail, marked discarded, and changes nothing.
     *
     * @throws StoreException if there is no open scenario of this name
     */
    public void discard(int fiscalYear, String name) {
        step(fiscalYear, name, State.DISCARDED, "discarded", null);
    }

    /**
     * Applies an open scenario as one change: these initiatives saved (expected at these versions, as the scenario
     * was computed from them), the reference saved if one is given, the scenario marked applied and its audit
     * entry written with {@code summary}; all or nothing.
     *
     * @param reference the year's changed reference, or null when the scenario leaves it as it is
     * @throws ConflictException if another planner changed one of the initiatives meanwhile (nothing written)
     * @throws AccessRefusedException if the login may not change one of them (nothing written)
     * @throws StoreException if the scenario is not open, or the database refuses (nothing written)
     */
    public SaveResult apply(int fiscalYear, String name, Collection<Initiative> saved, Map<String, Long> expectedVersions,
            FiscalYearReference reference, String summary) {
        OffsetDateTime now = OffsetDateTime.now();
        return store.apply(saved, expectedVersions, c -> {
            decide(c, fiscalYear, name, State.APPLIED, now);
            if (reference != null) {
                ReferenceRows.write(c, reference, store.user());
            }
            event(c, fiscalYear, name, "applied", summary, now);
        });
    }

    /**
     * Marks an open scenario applied without writing anything else: the workbench applies its changes as an undoable
     * edit of the planner's session (saved with the session's other edits) and records here that it did.
     */
    public void markApplied(int fiscalYear, String name, String summary) {
        step(fiscalYear, name, State.APPLIED, "applied", summary);
    }

    /**
     * A scenario the workbench applied (or whose application it undid) as an unsaved edit, recorded when the edit is
     * saved: applied (an open scenario marked applied) or undone (an applied one open again), with its audit entry.
     */
    public record Decision(int fiscalYear, String name, boolean applied, String summary) {
    }

    /**
     * Saves the workbench's unsaved edits in one transaction: these initiatives written (expected at these versions),
     * those deleted, these references saved, and each scenario decision recorded with its audit entry; all or nothing.
     * An edit applying a scenario is thus saved with the scenario's reference and its audit entry, or not at all.
     *
     * @throws ConflictException if another planner changed one of the initiatives meanwhile (nothing written)
     * @throws StoreException if a scenario is no longer in the state the decision expects, or the database refuses
     *             (nothing written)
     */
    public SaveResult saveEdits(Collection<Initiative> saved, Collection<String> deleted, Map<String, Long> expectedVersions,
            Collection<FiscalYearReference> references, Collection<Decision> decisions) {
        OffsetDateTime now = OffsetDateTime.now();
        return store.apply(saved, deleted, expectedVersions, c -> {
            for (FiscalYearReference r : references) {
                ReferenceRows.write(c, r, store.user());
            }
            for (Decision d : decisions) {
                if (d.applied()) {
                    decide(c, d.fiscalYear(), d.name(), State.APPLIED, now);
                    event(c, d.fiscalYear(), d.name(), "applied", d.summary(), now);
                } else {
                    reopen(c, d.fiscalYear(), d.name());
                    event(c, d.fiscalYear(), d.name(), "undone", d.summary(), now);
                }
            }
        });
    }

    private void reopen(Connection c, int fiscalYear, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET state = 'open', decided_at = NULL,"
                + " decided_by = NULL WHERE fiscal_year = ? AND name = ? AND state = 'applied'")) {
            ps.setInt(1, fiscalYear);
            ps.setString(2, name);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("FY" + fiscalYear + " has no applied scenario named \"" + name + "\"", null);
            }
        }
    }

    /** Opens an applied scenario again (the workbench's edit that applied it was undone). */
    public void reopen(int fiscalYear, String name, String summary) {
        synchronized (store) {
            try {
                OffsetDateTime now = OffsetDateTime.now();
                try (PreparedStatement ps = c().prepareStatement("UPDATE scenario SET state = 'open', decided_at = NULL,"
                        + " decided_by = NULL WHERE fiscal_year = ? AND name = ? AND state = 'applied'")) {
                    ps.setInt(1, fiscalYear);
                    ps.setString(2, name);
                    if (ps.executeUpdate() != 1) {
                        throw new StoreException("FY" + fiscalYear + " has no applied scenario named \"" + name + "\"", null);
                    }
                }
                event(c(), fiscalYear, name, "undone", summary, now);
                c().commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("the scenario was not opened again: " + e.getMessage(), e);
            }
        }
    }

    private void step(int fiscalYear, String name, State state, String action, String summary) {
        synchronized (store) {
            try {
                OffsetDateTime now = OffsetDateTime.now();
                decide(c(), fiscalYear, name, state, now);
                event(c(), fiscalYear, name, action, summary, now);
                c().commit();
            } catch (SQLException | StoreException e) {
                rollback();
                throw e instanceof StoreException se ? se : new StoreException("the scenario was not changed: " + e.getMessage(), e);
            }
        }
    }

    private static final String SELECT = "SELECT fiscal_year, name, content, state, created_at, created_by, decided_at, decided_by"
            + " FROM scenario";

    private Optional<StoredScenario> read(int fiscalYear, String name) throws SQLException {
        try (PreparedStatement ps = c().prepareStatement(SELECT + " WHERE fiscal_year = ? AND name = ?")) {
            ps.setInt(1, fiscalYear);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static StoredScenario row(ResultSet rs) throws SQLException {
        return new StoredScenario(rs.getInt(1), rs.getString(2), rs.getString(3), State.fromCode(rs.getString(4)),
                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8));
    }

    private void decide(Connection c, int fiscalYear, String name, State state, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET state = ?, decided_at = ?, decided_by = ?"
                + " WHERE fiscal_year = ? AND name = ? AND state = 'open'")) {
            ps.setString(1, state.code());
            ps.setObject(2, now);
            ps.setString(3, store.user());
            ps.setInt(4, fiscalYear);
            ps.setString(5, name);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("FY" + fiscalYear + " has no open scenario named \"" + name + "\" that "
                        + store.user() + " may change", null);
            }
        }
    }

    private void event(Connection c, int fiscalYear, String name, String action, String summary, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_event (fiscal_year, name, action, summary,"
                + " changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, fiscalYear);
            ps.setString(2, name);
            ps.setString(3, action);
            ps.setString(4, summary == null ? null : summary.length() > 4000 ? summary.substring(0, 4000) : summary);
            ps.setObject(5, now);
            ps.setString(6, store.user());
            ps.executeUpdate();
        }
    }

    private Connection c() {
        return store.connection();
    }

    private void rollback() {
        store.rollbackQuietly();
    }
}
