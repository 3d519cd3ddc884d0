package org.grassroots.planner.rules;

import java.util.List;
import java.util.Map;

/**
 * The results of a run of rule tests, and the rule coverage: how many findings each rule of the
 * rule set made across the tests (0 for the rules that never fired).
 */
public record RuleTestReport(List<RuleTestResult> results, Map<String, Integer> coverage) {

    public RuleTestReport {
        results = List.copyOf(results);
        coverage = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(coverage));
    }

    public boolean passed() {
        return results.stream().allMatch(RuleTestResult::passed);
    }

    public long failedCount() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    /** @return the rules of the rule set that made no finding in any test, sorted */
    public List<String> neverFired() {
        return coverage.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }
}
