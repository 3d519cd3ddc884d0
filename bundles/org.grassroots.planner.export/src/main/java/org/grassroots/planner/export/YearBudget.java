package org.grassroots.planner.export;

/**
 * One fiscal year's budget beside the proposal's: what the plan holds for it (null when the plan
 * has no initiative of that year) and the figure the reference data ships with its source (null
 * when none is known; figures are never invented), its source in English and, when given, in Japanese.
 */
public record YearBudget(int year, Long plannedJpy, int plannedInitiatives, Long sourcedJpy, boolean approximate,
        String source, String sourceJa) {

    /** @return the figure's source cited in the document's language (Japanese where the reference gives it) */
    public String source(java.util.Locale locale) {
        return sourceJa != null && "ja".equals(locale.getLanguage()) ? sourceJa : source;
    }
}
