package org.grassroots.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.planner.model.Initiative;

/**
 * The proposal workflow of each fiscal year and mission, kept beside the plan: draft → proposed →
 * approved, or proposed → returned (with a comment) → proposed again. Proposing freezes a snapshot of
 * the mission's initiatives and keeps the justification written for each error finding; a plan with
 * an error finding that has no written justification is refused. Every step is one transaction.
 */
public final class ProposalStore {
    private final PlanStore store;

    ProposalStore(PlanStore store) {
        this.store = store;
    }

    /** @return the proposal's state; {@link ProposalState#DRAFT} when it was never proposed */
    public Proposal get(int fiscalYear, String mission) {
        synchronized (store) {
            try (PreparedStatement ps = c().prepareStatement(
                    "SELECT state, comment, changed_at, changed_by FROM proposal WHERE fiscal_year = ? AND mission = ?")) {
                ps.setInt(1, fiscalYear);
                ps.setString(2, mission);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new Proposal(fiscalYear, mission, ProposalState.DRAFT, null, null, null);
                    }
                    return new Proposal(fiscalYear, mission, ProposalState.fromCode(rs.getString(1)), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class), rs.getString(4));
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the proposal: " + e.getMessage(), e);
            } finally {
                rollback();
            }
        }
    }

    /**
     * Proposes the mission's plan of the year: freezes these initiatives as a snapshot with the
     * justifications and sets the proposal to proposed.
     *
     * @param errors the error findings of the plan as it is proposed
     * @param justifications by finding key; every error finding needs a non-blank one
     * @throws ProposalRefusedException when an error finding has no justification (naming each), or the
     *             proposal is already proposed or approved
     */
    public Snapshot propose(int fiscalYear, String mission, Collection<Initiative> initiatives,
            Collection<ErrorFinding> errors, Map<String, String> justifications) {
        return propose(fiscalYear, mission, initiatives, errors, justifications, null, null);
    }

    /**
     * As {@link #propose(int, String, Collection, Collection, Map)}, recording the rule set the plan was
     * checked with (a hash of its files) and the reference used.
     *
     * @throws AccessRefusedException if the login is not a planner of this mission
     */
    public Snapshot propose(int fiscalYear, String mission, Collection<Initiative> initiatives,
            Collection<ErrorFinding> errors, Map<String, String> justifications, String rulesHash, String referenceUsed) {
        Access access = store.access();
        if (!access.plans(mission)) {
            throw AccessRefusedException.notPlannerOf(access, fiscalYear, mission);
        }
        List<String> missing = new ArrayList<>();
        for (ErrorFinding f : errors) {
            String text = justifications.get(f.key());
            if (text == null || text.isBlank()) {
                missing.add(f.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new ProposalRefusedException("the FY" + fiscalYear + " proposal of " + mission + " has " + missing.size()
                    + " error finding(s) without a written justification; justify each or fix the plan: "
                    + String.join(", ", missing), missing);
        }
        for (Initiative i : initiatives) {
            if (i.getFiscalYear() != fiscalYear || !i.getMission().equals(mission)) {
                throw new IllegalArgumentException(i + " is not of FY" + fiscalYear + " " + mission);
            }
        }
        synchronized (store) {
            try {
                ProposalState from = state(fiscalYear, mission);
                if (from == ProposalState.PROPOSED || from == ProposalState.APPROVED) {
                    throw new ProposalRefusedException("the FY" + fiscalYear + " proposal of " + mission + " is already "
                            + from.code() + "; it can be proposed again only after it is returned", List.of());
                }
                OffsetDateTime now = OffsetDateTime.now();
                long seq;
                try (PreparedStatement ps = c().prepareStatement(
                        "INSERT INTO proposal_snapshot (fiscal_year, mission, proposed_at, proposed_by, rules_hash,"
                                + " reference_used) VALUES (?, ?, ?, ?, ?, ?)",
                        new String[] { store.dialect() == Dialect.H2 ? "SEQ" : "seq" })) {
                    ps.setInt(1, fiscalYear);
                    ps.setString(2, mission);
                    ps.setObject(3, now);
                    ps.setString(4, store.user());
                    ps.setString(5, rulesHash);
                    ps.setString(6, referenceUsed);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        seq = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c().prepareStatement("INSERT INTO proposal_initiative (" + PlanStore.COLUMNS
                        + ", snapshot_seq) VALUES (" + PlanStore.PLACEHOLDERS + ", ?)")) {
                    int seqAt = PlanStore.PLACEHOLDERS.split(",").length + 1;
                    for (Initiative i : initiatives) {
                        store.bind(ps, i); // the parameters of table initiative's columns
                        ps.setLong(seqAt, seq);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c().prepareStatement(
                        "INSERT INTO proposal_justification (snapshot_seq, finding_key, message, justification) VALUES (?, ?, ?, ?)")) {
                    for (ErrorFinding f : errors) {
                        ps.setLong(1, seq);
                        ps.setString(2, f.key());
                        ps.setString(3, f.message());
                        ps.setString(4, justifications.get(f.key()).strip());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                move(fiscalYear, mission, from, ProposalState.PROPOSED, null, now);
                c().commit();
                return lastSnapshot(fiscalYear, mission).orElseThrow();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("cannot store the proposal: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }
    }

    /** Approves a proposed proposal. */
    public Proposal approve(int fiscalYear, String mission, String comment) {
        return review(fiscalYear, mission, ProposalState.APPROVED, comment);
    }

    /**
     * Returns a proposed proposal to the mission with a comment (required), or reopens an approved one
     * (its initiatives, locked while it is approved, can be edited again).
     */
    public Proposal returnWithComment(int fiscalYear, String mission, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ProposalRefusedException("a returned proposal needs a comment that says what to change", List.of());
        }
        return review(fiscalYear, mission, ProposalState.RETURNED, comment);
    }

    private Proposal review(int fiscalYear, String mission, ProposalState to, String comment) {
        Access access = store.access();
        if (!access.reviews()) {
            throw new AccessRefusedException(access.user() + " (" + access.describe() + ") may not " + (to == ProposalState.APPROVED
                    ? "approve" : "return") + " the FY" + fiscalYear + " proposal of " + mission + ": that needs the role reviewer",
                    List.of(), "reviewer");
        }
        synchronized (store) {
            try {
                ProposalState from = state(fiscalYear, mission);
                if (from != ProposalState.PROPOSED && !(from == ProposalState.APPROVED && to == ProposalState.RETURNED)) {
                    throw new ProposalRefusedException("the FY" + fiscalYear + " proposal of " + mission + " is "
                            + from.code() + ", not proposed: only a proposed one can be " + to.code()
                            + (to == ProposalState.RETURNED ? " (or an approved one reopened)" : ""), List.of());
                }
                move(fiscalYear, mission, from, to, comment, OffsetDateTime.now());
                c().commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("cannot store the review: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }
        return get(fiscalYear, mission);
    }

    /** @return the newest snapshot of the year and mission, if it was ever proposed */
    public Optional<Snapshot> lastSnapshot(int fiscalYear, String mission) {
        synchronized (store) {
            try {
                long seq;
                OffsetDateTime at;
                String by;
                String rulesHash;
                String referenceUsed;
                try (PreparedStatement ps = c().prepareStatement("SELECT seq, proposed_at, proposed_by, rules_hash,"
                        + " reference_used FROM proposal_snapshot"
                        + " WHERE fiscal_year = ? AND mission = ? ORDER BY seq DESC LIMIT 1")) {
                    ps.setInt(1, fiscalYear);
                    ps.setString(2, mission);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        seq = rs.getLong(1);
                        at = rs.getObject(2, OffsetDateTime.class);
                        by = rs.getString(3);
                        rulesHash = rs.getString(4);
                        referenceUsed = rs.getString(5);
                    }
                }
                List<Initiative> initiatives = new ArrayList<>();
                try (PreparedStatement ps = c().prepareStatement(
                        "SELECT " + PlanStore.COLUMNS + " FROM proposal_initiative WHERE snapshot_seq = ? ORDER BY id")) {
                    ps.setLong(1, seq);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            initiatives.add(PlanStore.read(rs));
                        }
                    }
                }
                Map<String, String> justifications = new LinkedHashMap<>();
                try (PreparedStatement ps = c().prepareStatement("SELECT finding_key, justification FROM proposal_justification"
                        + " WHERE snapshot_seq = ? ORDER BY finding_key")) {
                    ps.setLong(1, seq);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            justifications.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                return Optional.of(new Snapshot(seq, fiscalYear, mission, at, by, List.copyOf(initiatives),
                        java.util.Collections.unmodifiableMap(justifications), rulesHash, referenceUsed));
            } catch (SQLException e) {
                throw new StoreException("cannot read the snapshot: " + e.getMessage(), e);
            } finally {
                rollback();
            }
        }
    }

    private ProposalState state(int fiscalYear, String mission) throws SQLException {
        try (PreparedStatement ps = c().prepareStatement("SELECT state FROM proposal WHERE fiscal_year = ? AND mission = ?")) {
            ps.setInt(1, fiscalYear);
            ps.setString(2, mission);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ProposalState.fromCode(rs.getString(1)) : ProposalState.DRAFT;
            }
        }
    }

    private void move(int fiscalYear, String mission, ProposalState from, ProposalState to, String comment,
            OffsetDateTime now) throws SQLException {
        int moved;
        try (PreparedStatement ps = c().prepareStatement("UPDATE proposal SET state = ?, comment = ?, changed_at = ?,"
                + " changed_by = ? WHERE fiscal_year = ? AND mission = ?")) {
            ps.setString(1, to.code());
            ps.setString(2, comment);
            ps.setObject(3, now);
            ps.setString(4, store.user());
            ps.setInt(5, fiscalYear);
            ps.setString(6, mission);
            moved = ps.executeUpdate();
        }
        if (moved == 0) {
            try (PreparedStatement ps = c().prepareStatement("INSERT INTO proposal (fiscal_year, mission, state, comment,"
                    + " changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, fiscalYear);
                ps.setString(2, mission);
                ps.setString(3, to.code());
                ps.setString(4, comment);
                ps.setObject(5, now);
                ps.setString(6, store.user());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c().prepareStatement("INSERT INTO proposal_event (fiscal_year, mission, from_state,"
                + " to_state, comment, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, fiscalYear);
            ps.setString(2, mission);
            ps.setString(3, from.code());
            ps.setString(4, to.code());
            ps.setString(5, comment);
            ps.setObject(6, now);
            ps.setString(7, store.user());
            ps.executeUpdate();
        }
    }

    private Connection c() {
        return store.connection();
    }

    private void rollback() {
        try {
            c().rollback();
        } catch (SQLException e) {
            // the connection is gone; the next call reports it
        }
    }
}
