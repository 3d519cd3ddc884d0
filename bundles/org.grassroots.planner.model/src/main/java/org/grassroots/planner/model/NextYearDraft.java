package org.grassroots.planner.model;

import java.util.List;

/**
 * Last year's plan as the first draft of the next: every initiative that was not cancelled, under a
 * new id, in the next fiscal year, as a draft, with its dates a year later. Titles, themes, states,
 * partners and budgets stay as they were, for the planner to revise.
 */
public final class NextYearDraft {
    private NextYearDraft() {
    }

    /**
     * @param plan the initiatives of one fiscal year
     * @param nextYear the fiscal year of the draft
     * @return the draft, in the order of {@code plan}
     */
    public static List<Initiative> of(List<Initiative> plan, int nextYear) {
        return plan.stream().filter(i -> !i.isCancelled()).map(i -> carried(i, nextYear)).toList();
    }

    /**
     * @return the id of an initiative carried into {@code nextYear}: a trailing {@code -FY<year>}
     *         becomes {@code -FY<nextYear>}, any other id gets {@code -FY<nextYear>} added
     */
    public static String idFor(Initiative initiative, int nextYear) {
        String id = initiative.getId();
        String suffix = "-FY" + initiative.getFiscalYear();
        String stem = id.endsWith(suffix) ? id.substring(0, id.length() - suffix.length()) : id;
        return stem + "-FY" + nextYear;
    }

    private static Initiative carried(Initiative i, int nextYear) {
        int years = nextYear - i.getFiscalYear();
        return i.toBuilder().id(idFor(i, nextYear)).fiscalYear(nextYear).status(Status.DRAFT).withoutResults()
                .startDate(i.getStartDate() == null ? null : i.getStartDate().plusYears(years))
                .endDate(i.getEndDate() == null ? null : i.getEndDate().plusYears(years)).build();
    }
}
