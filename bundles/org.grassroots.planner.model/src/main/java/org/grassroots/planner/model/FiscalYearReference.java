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
    /** the missions by code, to find an initiative's mission at once */
    private final java.util.Map<String, Mission> missionsByCode;
    private final double priorityShareMin;
    /** The optional thresholds of the reviewer's judgements that the reference gives, by key (see {@link #THRESHOLDS}) */
    private final java.util.Map<String, Double> thresholds;

    /**
     * The optional thresholds of the reviewer's judgements, each a reference key, with its default: how many times
     * its kind's median an initiative's budget may be ({@code cost_median_factor}, 3), the largest share of the year's
     * budget that may start in January to March ({@code last_quarter_share_max}, 0.4), the least share of the year's
     * initiatives that must be held in person (in person or hybrid) and the least that must be online (online or
     * hybrid) ({@code format_share_min}, 0.2).
     */
    public static final java.util.Map<String, Double> THRESHOLDS = java.util.Map.of("cost_median_factor", 3.0,
            "last_quarter_share_max", 0.4, "format_share_min", 0.2);

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
        this.missionsByCode = byCode(this.missions);
        this.thresholds = java.util.Map.of();
    }

    private FiscalYearReference(FiscalYearReference r, int fiscalYear, java.util.Map<String, Double> thresholds) {
        this.fiscalYear = fiscalYear;
        this.budgetCapJpy = r.budgetCapJpy;
        this.missionShareMax = r.missionShareMax;
        this.priorityThemes = r.priorityThemes;
        this.priorityStates = r.priorityStates;
        this.missions = r.missions;
        this.missionsByCode = r.missionsByCode;
        this.priorityShareMin = r.priorityShareMin;
        for (java.util.Map.Entry<String, Double> t : thresholds.entrySet()) {
            if (!THRESHOLDS.containsKey(t.getKey())) {
                throw new IllegalArgumentException("no threshold is called " + t.getKey() + " (known: "
                        + new java.util.TreeSet<>(THRESHOLDS.keySet()) + ")");
            }
            double v = t.getValue();
            if (!(v >= 0) || (!t.getKey().equals("cost_median_factor") && v > 1)) {
                throw new IllegalArgumentException(t.getKey() + " must be " + (t.getKey().equals("cost_median_factor")
                        ? "a number of at least 0" : "a share from 0 to 1") + ", not " + v);
            }
        }
        this.thresholds = java.util.Map.copyOf(thresholds);
    }

    /** @return this reference with these optional thresholds (keys of {@link #THRESHOLDS}) in place of its own */
    public FiscalYearReference withThresholds(java.util.Map<String, Double> given) {
        return given.equals(thresholds) ? this : new FiscalYearReference(this, fiscalYear, given);
    }

    /** @return the optional thresholds this reference gives (those left out take their defaults) */
    public java.util.Map<String, Double> getThresholds() {
        return thresholds;
    }

    /** @return the threshold of this key: the reference's, else its default */
    public double threshold(String key) {
        Double v = thresholds.get(key);
        if (v == null) {
            v = THRESHOLDS.get(key);
        }
        if (v == null) {
            throw new IllegalArgumentException("no threshold is called " + key);
        }
        return v;
    }

    /** @return how many times its kind's median budget an initiative's budget may be (BUDGET-ABOVE-KIND-MEDIAN) */
    public double getCostMedianFactor() {
        return threshold("cost_median_factor");
    }

    /** @return the largest share of the year's budget that may start in January to March (BUDGET-LAST-QUARTER) */
    public double getLastQuarterShareMax() {
        return threshold("last_quarter_share_max");
    }

    /**
     * For rules: whether this part of the year's budget that starts in January to March is more than
     * {@code last_quarter_share_max} of the whole ({@code reference.exceedsLastQuarterShare( this, $total )}); exact.
     */
    public boolean exceedsLastQuarterShare(Number lastQuarterJpy, Number totalJpy) {
        java.math.BigDecimal late = new java.math.BigDecimal(lastQuarterJpy.toString());
        java.math.BigDecimal total = new java.math.BigDecimal(totalJpy.toString());
        return late.compareTo(total.multiply(java.math.BigDecimal.valueOf(getLastQuarterShareMax()))) > 0;
    }

    /** @return the least share of the year's initiatives held in person, and the least held online (FORMAT-MIX) */
    public double getFormatShareMin() {
        return threshold("format_share_min");
    }

    /** @return this reference, carried over to another fiscal year unchanged */
    public FiscalYearReference forYear(int year) {
        return year == fiscalYear ? this : new FiscalYearReference(this, year, thresholds);
    }

    /** @return this reference with another {@code priority_share_min} */
    public FiscalYearReference withPriorityShareMin(double share) {
        return share == priorityShareMin ? this
                : new FiscalYearReference(fiscalYear, budgetCapJpy, missionShareMax, priorityThemes, priorityStates, missions,
                        share).withThresholds(thresholds);
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
        return missionsByCode.get(code);
    }

    private static java.util.Map<String, Mission> byCode(List<Mission> missions) {
        java.util.Map<String, Mission> out = new java.util.HashMap<>();
        for (Mission m : missions) {
            out.putIfAbsent(m.getCode(), m); // the first of a code, as a search of the list finds
        }
        return out;
    }
}
