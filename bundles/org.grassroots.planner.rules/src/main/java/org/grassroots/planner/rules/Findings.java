package org.grassroots.planner.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;

/**
 * What rule consequences call to make a finding: about an initiative, a mission, a state or the
 * year, with the facts that made the rule fire as name/value pairs (they explain the finding and
 * fill the placeholders of the rule's message).
 */
public final class Findings {
    private Findings() {
    }

    public static Finding initiative(String rule, Severity severity, Initiative initiative, Object... facts) {
        return new Finding(rule, severity, initiative.getId(), null, null, facts(facts));
    }

    public static Finding mission(String rule, Severity severity, String mission, Object... facts) {
        return new Finding(rule, severity, null, mission, null, facts(facts));
    }

    public static Finding state(String rule, Severity severity, String state, Object... facts) {
        return new Finding(rule, severity, null, null, state, facts(facts));
    }

    public static Finding year(String rule, Severity severity, Object... facts) {
        return new Finding(rule, severity, null, null, null, facts(facts));
    }

    private static Map<String, Object> facts(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("facts come as name/value pairs");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            out.put(String.valueOf(pairs[i]), value instanceof java.util.Collection<?> c ? java.util.List.copyOf(
                    new java.util.TreeSet<>(c.stream().map(String::valueOf).toList())) : value);
        }
        return out;
    }
}
