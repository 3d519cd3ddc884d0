package org.grassroots.planner.rules;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;

/** Names a finding by rule, severity and subject, as test reports and messages show it. */
public final class Subjects {
    private Subjects() {
    }

    public static String describe(Finding f) {
        return describe(f.getRule(), f.getSeverity(), f.getInitiative(), f.getMission(), f.getState());
    }

    static String describe(String rule, Severity severity, String initiative, String mission, String state) {
        StringBuilder out = new StringBuilder(rule).append(' ').append(severity.code());
        if (initiative != null) {
            out.append(" initiative=").append(initiative);
        }
        if (mission != null) {
            out.append(" mission=").append(mission);
        }
        if (state != null) {
            out.append(" state=").append(state);
        }
        if (initiative == null && mission == null && state == null) {
            out.append(" (the year)");
        }
        return out.toString();
    }
}
