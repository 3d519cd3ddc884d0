package org.grassroots.planner.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Initiative;

/**
 * The plan of a mission as it was proposed, frozen, with the justification written for each error
 * finding (by finding key {@code RULE:SUBJECT}), the rule set it was checked with (a hash of the rule
 * files) and the reference used (both null for a proposal stored before they were recorded).
 */
public record Snapshot(long seq, int fiscalYear, String mission, OffsetDateTime proposedAt, String proposedBy,
        List<Initiative> initiatives, Map<String, String> justifications, String rulesHash, String referenceUsed) {
}
