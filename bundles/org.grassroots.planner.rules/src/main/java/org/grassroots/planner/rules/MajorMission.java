package org.grassroots.planner.rules;

import java.util.Objects;

/**
 * A statistic of the plan given to the rules as a fact: one of the missions with the largest budgets of the year
 * (the five largest: {@link PlanStatistics#MAJOR_MISSIONS}), with its rank (1 the largest) and its total. Kept current
 * by the session as initiatives are edited.
 */
public final class MajorMission {
    private final String mission;
    private final int rank;
    private final java.math.BigInteger budgetJpy;

    public MajorMission(String mission, int rank, java.math.BigInteger budgetJpy) {
        this.mission = mission;
        this.rank = rank;
        this.budgetJpy = budgetJpy;
    }

    /** @return the mission's code */
    public String getMission() {
        return mission;
    }

    public int getRank() {
        return rank;
    }

    public java.math.BigInteger getBudgetJpy() {
        return budgetJpy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MajorMission m && m.mission.equals(mission) && m.rank == rank && m.budgetJpy.equals(budgetJpy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mission, rank, budgetJpy);
    }

    @Override
    public String toString() {
        return "MajorMission[" + rank + " " + mission + " " + budgetJpy + "]";
    }
}
