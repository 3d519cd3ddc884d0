package org.grassroots.planner.rules;

import java.util.Comparator;

import org.grassroots.planner.model.Finding;

/**
 * The order in which findings are reported: severity (worst first), rule, then the subject
 * (initiative, mission, state; a missing one sorts as the text {@code null}), then the facts.
 */
final class FindingOrder implements Comparator<Finding> {
    static final FindingOrder INSTANCE = new FindingOrder();

    private FindingOrder() {
    }

    @Override
    public int compare(Finding a, Finding b) {
        if (a == b) {
            return 0;
        }
        int c = a.getSeverity().compareTo(b.getSeverity());
        if (c == 0) {
            c = text(a.getRule(), b.getRule());
        }
        if (c == 0) {
            c = text(a.getInitiative(), b.getInitiative());
        }
        if (c == 0) {
            c = text(a.getMission(), b.getMission());
        }
        if (c == 0) {
            c = text(a.getState(), b.getState());
        }
        if (c == 0) {
            c = a.getFacts().toString().compareTo(b.getFacts().toString());
        }
        return c;
    }

    private static int text(String a, String b) {
        if (a == b) { // the same rule id or code, most of the time
            return 0;
        }
        return (a == null ? "null" : a).compareTo(b == null ? "null" : b);
    }
}
