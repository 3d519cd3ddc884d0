package org.grassroots.planner.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;

/**
 * What rule consequences call to make a finding: about an initiative, a mission, a state or the
 * year, with the facts that made the rule fire as name/value pairs (they explain the finding and
 * fill the placeholders of the rule's message). A consequence hands the finding to
 * {@link #report(Object, Finding)}:
 *
 * <pre>
 * then
 *     Findings.report( drools, Findings.initiative( "AP2-NO-PARTNER", Severity.INFO, $i, "partners", $i.getPartners() ) );
 * </pre>
 *
 * A reported finding holds as long as the rule's match does: when an edit undoes the match, the
 * finding goes. Collections among the facts are reported sorted and without duplicates.
 */
public final class Findings {
    /** The last collection made into a sorted list, and that list: rules pass the same priority set many times. */
    private static final ThreadLocal<Object[]> LAST_SORTED = ThreadLocal.withInitial(() -> new Object[2]);

    private Findings() {
    }

    /**
     * Reports a finding of the rule whose consequence runs.
     *
     * @param drools the consequence's {@code drools} (or {@code kcontext})
     */
    public static void report(Object drools, Finding finding) {
        FindingCollector.report(drools, finding);
    }

    public static Finding initiative(String rule, Severity severity, Initiative initiative, Object... facts) {
        return of(rule, severity, initiative.getId(), null, null, facts);
    }

    /**
     * A finding about one target state of an initiative (a state outside the jurisdiction): its
     * subject is the initiative, the initiative's mission and the state.
     */
    public static Finding initiativeState(String rule, Severity severity, Initiative initiative, String state,
            Object... facts) {
        return of(rule, severity, initiative.getId(), initiative.getMission(), state, facts);
    }

    public static Finding mission(String rule, Severity severity, String mission, Object... facts) {
        return of(rule, severity, null, mission, null, facts);
    }

    public static Finding state(String rule, Severity severity, String state, Object... facts) {
        return of(rule, severity, null, null, state, facts);
    }

    public static Finding year(String rule, Severity severity, Object... facts) {
        return of(rule, severity, null, null, null, facts);
    }

    /** A finding about the subject given (an initiative, a mission, a state, or each null for the year). */
    static Finding of(String rule, Severity severity, String initiative, String mission, String state, Object[] facts) {
        return new Finding(rule, severity, initiative, mission, state, facts(facts));
    }

    private static Map<String, Object> facts(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("facts come as name/value pairs");
        }
        Map<String, Object> out = new LinkedHashMap<>(pairs.length);
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            out.put(String.valueOf(pairs[i]), value instanceof Collection<?> c ? sorted(c) : value);
        }
        return out;
    }

    /** @return whether these are strings, each after the one before (so sorted and distinct) */
    private static boolean isSortedStrings(List<?> list) {
        String before = null;
        for (Object o : list) {
            if (!(o instanceof String s) || before != null && before.compareTo(s) >= 0) {
                return false;
            }
            before = s;
        }
        return true;
    }

    /** @return the distinct elements as strings, sorted (the same list for the same collection passed again) */
    static List<String> sorted(Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Object[] last = LAST_SORTED.get();
        if (last[0] == values) {
            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) last[1];
            return cached;
        }
        List<String> out;
        if (values instanceof List<?> list && isSortedStrings(list)) {
            @SuppressWarnings("unchecked")
            List<String> strings = (List<String>) list;
            out = List.copyOf(strings); // itself when it cannot change (a statistic's list of ids, sorted already)
        } else if (values.size() == 1) {
            out = List.of(String.valueOf(values.iterator().next()));
        } else {
            TreeSet<String> set = new TreeSet<>();
            for (Object v : values) {
                set.add(String.valueOf(v));
            }
            out = List.copyOf(set);
        }
        if (values.getClass().getName().startsWith("java.util.ImmutableCollections")) {
            // the reference's sets and jurisdictions cannot change and come again and again; so does a statistic's
            // list of last year's initiatives, once for each of this year's that repeat them (thousands, in a large
            // plan: not walked again for each)
            last[0] = values;
            last[1] = out;
        }
        return out;
    }
}
