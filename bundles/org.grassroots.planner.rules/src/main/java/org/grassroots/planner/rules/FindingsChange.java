package org.grassroots.planner.rules;

import java.util.List;

import org.grassroots.planner.model.Finding;

/**
 * What one change of a {@link RuleSession} did to its findings: the findings that now hold and did
 * not before, and those that no longer hold, each in report order. A finding whose facts changed
 * (a new year total) is removed in its old form and added in its new one.
 */
public record FindingsChange(List<Finding> added, List<Finding> removed) {

    public FindingsChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
