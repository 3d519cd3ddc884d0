package org.grassroots.planner.store;

import java.time.OffsetDateTime;

/**
 * The proposal of one fiscal year and mission: its state, the reviewer's comment (when returned or
 * approved with one), and who changed it last and when (null while nothing was ever proposed).
 */
public record Proposal(int fiscalYear, String mission, ProposalState state, String comment, OffsetDateTime changedAt,
        String changedBy) {
}
