package org.grassroots.planner.rules;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A statistic of the plan given to the rules as a fact: a mission's budget for the year (its initiatives of the year
 * that are not cancelled), one fact per mission of the reference that has such an initiative, computed outside the
 * rules and kept current at each edit.
 */
public final class MissionFigures {
    private final String mission;
    private final BigInteger totalJpy;

    public MissionFigures(String mission, BigInteger totalJpy) {
        this.mission = Objects.requireNonNull(mission, "mission");
        this.totalJpy = Objects.requireNonNull(totalJpy, "totalJpy");
    }

    /** @return the mission's code */
    public String getMission() {
        return mission;
    }

    /** @return the budgets of the mission's initiatives of the year (not cancelled), added up */
    public BigInteger getTotalJpy() {
        return totalJpy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MissionFigures m && m.mission.equals(mission) && m.totalJpy.equals(totalJpy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mission, totalJpy);
    }

    @Override
    public String toString() {
        return "MissionFigures[" + mission + " " + totalJpy + "]";
    }
}
