package org.grassroots.planner.importer;

import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Initiative;

/** The initiatives read from a file, in file order, and the line on which each one starts. */
public record ImportedPlan(String file, List<Initiative> initiatives, Map<String, Integer> lineOfId) {

    public ImportedPlan {
        initiatives = List.copyOf(initiatives);
        lineOfId = Map.copyOf(lineOfId);
    }

    /** @return the newest fiscal year of the plan, or 0 for an empty plan */
    public int newestFiscalYear() {
        return initiatives.stream().mapToInt(Initiative::getFiscalYear).max().orElse(0);
    }
}
