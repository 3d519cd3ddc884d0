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

    public Mission(String code, String nameJa, String nameEn, List<String> states) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.states = List.copyOf(states);
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
    public Mission withStates(List<String> newStates) {
        return new Mission(code, nameJa, nameEn, newStates);
    }

    @Override
    public String toString() {
        return code + states;
    }
}
