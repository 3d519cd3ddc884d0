package org.grassroots.planner.rules;

import java.util.Objects;

/**
 * A statistic of the plan given to the rules as a fact: a state of a mission's jurisdiction that no initiative (not
 * cancelled) of the fiscal year checked nor of the two before targets. Kept current at each edit; whether the check
 * holds those years at all is the fact {@link History}'s to say.
 */
public final class UnreachedState {
    private final String state;
    private final String mission;

    public UnreachedState(String state, String mission) {
        this.state = state;
        this.mission = mission;
    }

    public String getState() {
        return state;
    }

    /** @return the code of the mission whose jurisdiction holds the state */
    public String getMission() {
        return mission;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnreachedState u && u.state.equals(state) && u.mission.equals(mission);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, mission);
    }

    @Override
    public String toString() {
        return "UnreachedState[" + state + " of " + mission + "]";
    }
}
