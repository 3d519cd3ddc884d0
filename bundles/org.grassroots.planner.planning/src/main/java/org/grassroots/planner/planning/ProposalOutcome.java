package org.grassroots.planner.planning;

import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.PlanDiff;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.store.ErrorFinding;

/**
 * What came of proposing a mission's plan: proposed, or refused because error findings have no
 * justification (then nothing was stored).
 *
 * @param errors the error findings of the proposal by key, with their explanations
 * @param unjustified the keys of the error findings without a justification (empty when proposed)
 * @param notErrorFindings keys justified that are not error findings of this proposal (their text is not kept)
 * @param sinceLastProposal what changed since the last proposed snapshot (null if never proposed, or refused)
 * @param sincePreviousYear what changed since the previous fiscal year (null if refused)
 */
public record ProposalOutcome(int fiscalYear, String mission, ReferenceResolution reference,
        List<Initiative> initiatives, Map<String, ErrorFinding> errors, List<String> unjustified,
        List<String> notErrorFindings, PlanDiff sinceLastProposal, PlanDiff sincePreviousYear) {

    public boolean proposed() {
        return unjustified.isEmpty();
    }

    /** @return the non-cancelled budgets of the proposed initiatives, added up without overflow (saturating) */
    public long plannedJpy() {
        return Budgets.total(initiatives.stream().filter(i -> !i.isCancelled()).toList());
    }
}
