package org.grassroots.planner.model;

import java.util.List;

/**
 * A Japanese diplomatic mission in the US and the states of its jurisdiction. States split between
 * two missions (CA, ID, CT) are listed for both.
 */
public final class Mission {
    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final List<String> states;
    /** the same states, to look one up at once */
    private final java.util.Set<String> stateSet;

    public Mission(String code, String nameJa, String nameEn, List<String> states) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.states = List.copyOf(states);
        this.stateSet = java.util.Set.copyOf(this.states);
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public List<String> getStates() {
        return states;
    }

    /** @return a copy of this mission with another jurisdiction */
    /** For rules: whether every one of these states is of this mission's jurisdiction ({@code $m.coversAll( states )}) */
    public boolean coversAll(java.util.Collection<String> codes) {
        return stateSet.containsAll(codes);
    }

    public Mission withStates(List<String> newStates) {
        return new Mission(code, nameJa, nameEn, newStates);
    }

    @Override
    public String toString() {
        return code + states;
    }
}
