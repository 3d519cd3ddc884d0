package org.grassroots.planner.rules;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;

/**
 * A finding a rule test expects: its rule, severity and subject (null where the finding is not
 * about an initiative, mission or state), and the facts to check, written as text: a list as its
 * elements sorted and joined by {@code ;}, a missing value or an empty list as {@code -}. Facts not
 * named are not checked.
 *
 * @param line the line of the expectation in its file, for messages
 */
public record ExpectedFinding(String rule, Severity severity, String initiative, String mission, String state,
        Map<String, String> facts, int line) {
    /** How an expected fact writes a missing value or an empty list. */
    public static final String NONE = "-";

    public ExpectedFinding {
        facts = Map.copyOf(facts);
    }

    /** @return whether the finding has this rule, severity and subject */
    public boolean sameSubject(Finding f) {
        return rule.equals(f.getRule()) && severity == f.getSeverity() && Objects.equals(initiative, f.getInitiative())
                && Objects.equals(mission, f.getMission()) && Objects.equals(state, f.getState());
    }

    /** @return the name of the first expected fact the finding does not have as written, or null */
    public String firstWrongFact(Finding f) {
        return facts.keySet().stream().sorted()
                .filter(name -> !f.getFacts().containsKey(name) || !facts.get(name).equals(text(f.getFacts().get(name))))
                .findFirst().orElse(null);
    }

    /** @return a fact's value as a test writes it */
    public static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? NONE : c.stream().map(String::valueOf).sorted().collect(Collectors.joining(";"));
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return Subjects.describe(rule, severity, initiative, mission, state);
    }
}
