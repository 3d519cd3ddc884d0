package org.grassroots.planner.importer;

import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Initiative;

/**
 * The initiatives read from a file, in file order, and the line on which each one starts; with the
 * {@code version} each row gives in the plan file's optional column of that name (by id; a row without
 * one is absent), kept beside the initiatives rather than in them: the version is the store's, not
 * part of what an initiative is.
 */
public record ImportedPlan(String file, List<Initiative> initiatives, Map<String, Integer> lineOfId,
        Map<String, Long> versions) {

    public ImportedPlan {
        initiatives = List.copyOf(initiatives);
        lineOfId = Map.copyOf(lineOfId);
        versions = Map.copyOf(versions);
    }

    /** A plan without versions. */
    public ImportedPlan(String file, List<Initiative> initiatives, Map<String, Integer> lineOfId) {
        this(file, initiatives, lineOfId, Map.of());
    }

    /** @return the newest fiscal year of the plan, or 0 for an empty plan */
    public int newestFiscalYear() {
        return initiatives.stream().mapToInt(Initiative::getFiscalYear).max().orElse(0);
    }
}
