package org.grassroots.planner.model;

import java.util.List;
import java.util.Set;

/**
 * What a fiscal year's plan is checked against: the budget cap, the largest share one mission may
 * take, the priority themes and states, and the missions with their jurisdictions.
 */
public final class FiscalYearReference {
    private final int fiscalYear;
    private final long budgetCapJpy;
    private final double missionShareMax;
    private final Set<String> priorityThemes;
    private final Set<String> priorityStates;
    private final List<Mission> missions;
    private final double priorityShareMin;

    /** The least share of the year's initiatives that must reach a priority or outreach state or the whole US, unless the reference says. */
    public static final double DEFAULT_PRIORITY_SHARE_MIN = 0.5;

    /** A reference without {@code priority_share_min}: it is {@value #DEFAULT_PRIORITY_SHARE_MIN}. */
    public FiscalYearReference(int fiscalYear, long budgetCapJpy, double missionShareMax, Set<String> priorityThemes,
            Set<String> priorityStates, List<Mission> missions) {
        this(fiscalYear, budgetCapJpy, missionShareMax, priorityThemes, priorityStates, missions, DEFAULT_PRIORITY_SHARE_MIN);
    }

    /**
     * @param priorityShareMin the least share (0 to 1) of the year's non-cancelled initiatives that must target
     *            {@code US}, a priority state or an outreach state (the contract's {@code priority_share_min})
     */
    public FiscalYearReference(int fiscalYear, long budgetCapJpy, double missionShareMax, Set<String> priorityThemes,
            Set<String> priorityStates, List<Mission> missions, double priorityShareMin) {
        if (!(priorityShareMin >= 0 && priorityShareMin <= 1)) {
            throw new IllegalArgumentException("priority_share_min is a share from 0 to 1, not " + priorityShareMin);
        }
        this.priorityShareMin = priorityShareMin;
        this.fiscalYear = fiscalYear;
        this.budgetCapJpy = budgetCapJpy;
        this.missionShareMax = missionShareMax;
        this.priorityThemes = Set.copyOf(priorityThemes);
        this.priorityStates = Set.copyOf(priorityStates);
        this.missions = List.copyOf(missions);
    }

    /** @return this reference, carried over to another fiscal year unchanged */
    public FiscalYearReference forYear(int year) {
        return year == fiscalYear ? this
                : new FiscalYearReference(year, budgetCapJpy, missionShareMax, priorityThemes, priorityStates, missions,
                        priorityShareMin);
    }

    /** @return this reference with another {@code priority_share_min} */
    public FiscalYearReference withPriorityShareMin(double share) {
        return share == priorityShareMin ? this
                : new FiscalYearReference(fiscalYear, budgetCapJpy, missionShareMax, priorityThemes, priorityStates, missions,
                        share);
    }

    /**
     * @return the least share of the year's non-cancelled initiatives that must target {@code US}, a priority state
     *         or an outreach state (REGION-PRIORITY-SHARE)
     */
    public double getPriorityShareMin() {
        return priorityShareMin;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public long getBudgetCapJpy() {
        return budgetCapJpy;
    }

    public double getMissionShareMax() {
        return missionShareMax;
    }

    /** @return the most one mission's budgets may add up to */
    public long getMissionShareCapJpy() {
        return Math.round(budgetCapJpy * missionShareMax);
    }

    /** @return the first day of the fiscal year (1 April) */
    public java.time.LocalDate getStart() {
        return new FiscalYear(fiscalYear).start();
    }

    /** @return the first day of the fiscal year's last quarter (1 January), when budgets left unspent pile up */
    public java.time.LocalDate getLastQuarterStart() {
        return java.time.LocalDate.of(fiscalYear + 1, 1, 1);
    }

    /** @return the last day of the fiscal year (31 March) */
    public java.time.LocalDate getEnd() {
        return new FiscalYear(fiscalYear).end();
    }

    public Set<String> getPriorityThemes() {
        return priorityThemes;
    }

    public Set<String> getPriorityStates() {
        return priorityStates;
    }

    public List<Mission> getMissions() {
        return missions;
    }

    /** @return the mission with this code, or {@code null} */
    public Mission mission(String code) {
        return missions.stream().filter(m -> m.getCode().equals(code)).findFirst().orElse(null);
    }
}
