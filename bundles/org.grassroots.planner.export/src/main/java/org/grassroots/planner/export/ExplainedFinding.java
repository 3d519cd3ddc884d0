package org.grassroots.planner.export;

import org.grassroots.planner.model.Finding;

/**
 * A finding of the proposal with its explanation in both languages and, where the planner wrote one,
 * the justification kept with the proposal.
 *
 * @param key the finding's justification key ({@link FindingKeys#of})
 */
public record ExplainedFinding(Finding finding, String key, String explanationEn, String explanationJa,
        String justification) {

    public String explanation(boolean japanese) {
        return japanese ? explanationJa : explanationEn;
    }
}
