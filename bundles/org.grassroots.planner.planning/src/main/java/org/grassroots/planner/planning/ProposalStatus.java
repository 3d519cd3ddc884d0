package org.grassroots.planner.planning;

import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.PlanDiff;
import org.grassroots.planner.store.Proposal;
import org.grassroots.planner.store.Snapshot;

/**
 * A mission's proposal of a fiscal year as the store has it: its state, the mission's initiatives,
 * the last proposed snapshot (null if never proposed) and what changed since it and since the year before.
 */
public record ProposalStatus(Proposal proposal, List<Initiative> initiatives, Snapshot lastSnapshot,
        PlanDiff sinceLastProposal, PlanDiff sincePreviousYear) {
}
