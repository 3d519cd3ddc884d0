package org.grassroots.planner.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Finding;

/**
 * Runs rule tests against a rule set: each test's plan is checked, and the findings within the
 * test's scope are compared with the expected ones. Reading the tests' files is the caller's part
 * (the command line reads plans through the importer services).
 */
public final class RuleTests {
    private RuleTests() {
    }

    /** @param broken the results of tests that could not be read, reported with the others */
    public static RuleTestReport run(RuleSet rules, List<RuleTest> tests, List<RuleTestResult> broken) {
        List<RuleTestResult> results = new ArrayList<>(broken);
        for (RuleTest test : tests) {
            results.add(run(rules, test));
        }
        return report(rules, results);
    }

    /**
     * @return the report of these results (sorted by name), with the coverage: the findings each rule of the rule
     *         set made across them, 0 for the rules that never fired
     */
    public static RuleTestReport report(RuleSet rules, List<RuleTestResult> results) {
        Map<String, Integer> coverage = new HashMap<>();
        rules.ruleIds().forEach(id -> coverage.put(id, 0));
        List<RuleTestResult> sorted = new ArrayList<>(results);
        for (RuleTestResult result : sorted) {
            result.findings().forEach(f -> coverage.merge(f.getRule(), 1, Integer::sum));
        }
        sorted.sort(java.util.Comparator.comparing(RuleTestResult::name));
        return new RuleTestReport(sorted, coverage);
    }

    /** Runs one test. */
    public static RuleTestResult run(RuleSet rules, RuleTest test) {
        List<Finding> findings;
        try {
            findings = RuleEngine.check(rules, test.plan(), test.reference(), test.themes(), test.outreachStates());
        } catch (RuleFailureException e) { // a consequence that throws, a loop, too slow
            return RuleTestResult.broken(test.name(), test.source(), List.of(e.getMessage()));
        } catch (RuntimeException e) {
            return RuleTestResult.broken(test.name(), test.source(), List.of(String.valueOf(e)));
        }
        List<Finding> open = new ArrayList<>(findings.stream().filter(f -> test.covers(f.getRule())).toList());
        List<ExpectedFinding> missing = new ArrayList<>();
        List<RuleTestResult.WrongFact> wrong = new ArrayList<>();
        List<ExpectedFinding> unmatched = new ArrayList<>();
        for (ExpectedFinding e : test.expected()) { // first the expectations met exactly
            Finding hit = open.stream().filter(f -> e.sameSubject(f) && e.firstWrongFact(f) == null).findFirst().orElse(null);
            if (hit != null) {
                open.remove(hit);
            } else {
                unmatched.add(e);
            }
        }
        for (ExpectedFinding e : unmatched) { // then those met with other facts
            Finding near = open.stream().filter(e::sameSubject).findFirst().orElse(null);
            if (near != null) {
                open.remove(near);
                wrong.add(new RuleTestResult.WrongFact(e, near, e.firstWrongFact(near)));
            } else {
                missing.add(e);
            }
        }
        return new RuleTestResult(test.name(), test.source(), findings, missing, open, wrong, List.of());
    }
}
