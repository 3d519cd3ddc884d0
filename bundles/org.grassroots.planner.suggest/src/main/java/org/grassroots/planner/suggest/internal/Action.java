package org.grassroots.planner.suggest.internal;

/** What the suggestion does to an initiative: keep it, trim its budget, or move it to the next fiscal year. */
public enum Action {
    KEEP(1.0, 0, "keep"), TRIM_20(0.8, 1, "trim-20"), TRIM_40(0.6, 2, "trim-40"), MOVE(0.0, 3, "move-next-year");

    private final double factor;
    private final int steps;
    private final String code;

    Action(double factor, int steps, String code) {
        this.factor = factor;
        this.steps = steps;
        this.code = code;
    }

    /** @return the budget kept in the year after the action, rounded to the yen */
    public long budget(long budget) {
        return Math.round(budget * factor);
    }

    /** @return how far it changes what was proposed (0 to 3) */
    public int steps() {
        return steps;
    }

    public String code() {
        return code;
    }

    public boolean keepsInYear() {
        return this != MOVE;
    }
}
