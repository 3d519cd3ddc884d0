package org.grassroots.planner.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;

/**
 * One rule test as a rule author writes it beside the rules (see {@code rules/tests/README.md}): a
 * plan, the reference it is checked against, and the findings expected of it. With a
 * {@code scope}, only the findings of the rules it names (a {@code *} matches any text, as in
 * {@code BUDGET-*}) are compared; without one, every finding is.
 *
 * @param name the test's name (its folder)
 * @param source where the test was read from, for messages
 * @param outreachStates the outreach states the rules are given (the global {@code outreachStates})
 */
public record RuleTest(String name, String source, String description, List<Initiative> plan,
        FiscalYearReference reference, Collection<Theme> themes, Set<String> outreachStates, List<ExpectedFinding> expected,
        List<String> scope) {

    public RuleTest {
        plan = List.copyOf(plan);
        themes = List.copyOf(themes);
        outreachStates = Set.copyOf(outreachStates);
        expected = List.copyOf(expected);
        scope = List.copyOf(scope);
    }

    /** @return whether this test compares the findings of this rule */
    public boolean covers(String rule) {
        if (scope.isEmpty()) {
            return true;
        }
        for (String pattern : scope) {
            if (rule.matches(java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q"))) {
                return true;
            }
        }
        return false;
    }
}
