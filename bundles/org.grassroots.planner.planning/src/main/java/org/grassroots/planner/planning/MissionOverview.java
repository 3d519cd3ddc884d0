package org.grassroots.planner.planning;

import java.time.OffsetDateTime;

import org.grassroots.planner.store.ProposalState;

/**
 * One mission's part of a fiscal year, as a reviewer looks over the task force: where its proposal stands,
 * its initiatives (not cancelled) and their budget, its error findings, and its last change.
 *
 * @param lastChange null when none of its initiatives of the year was ever changed in this database
 */
public record MissionOverview(String mission, ProposalState proposal, int initiatives, long budgetJpy, int errorFindings,
        OffsetDateTime lastChange, String lastChangedBy) {
}
