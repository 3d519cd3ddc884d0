package org.grassroots.planner.rules;

import java.util.Objects;

/**
 * A statistic of the plan given to the rules as a fact: a state (or {@code US}) that initiatives (not cancelled) of the
 * fiscal year checked target, and how many do. A state no such initiative targets has no fact, so a rule asks for a
 * state nobody reaches with {@code not ReachedState( state == $state )}. Kept current at each edit.
 */
public final class ReachedState {
    private final String state;
    private final int initiatives;

    public ReachedState(String state, int initiatives) {
        this.state = state;
        this.initiatives = initiatives;
    }

    public String getState() {
        return state;
    }

    /** @return how many initiatives (not cancelled) of the year target the state: at least 1 */
    public int getInitiatives() {
        return initiatives;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReachedState r && r.state.equals(state) && r.initiatives == initiatives;
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, initiatives);
    }

    @Override
    public String toString() {
        return "ReachedState[" + state + " by " + initiatives + "]";
    }
}
