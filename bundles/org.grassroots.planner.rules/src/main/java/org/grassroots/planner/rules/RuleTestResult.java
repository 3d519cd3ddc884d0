package org.grassroots.planner.rules;

import java.util.List;

import org.grassroots.planner.model.Finding;

/**
 * How one rule test went: the findings the rules made, the expected ones they did not make, the
 * ones they made unexpectedly (within the test's scope), the ones made with other facts than
 * expected, and the problem that kept the test from running (an unreadable file, a rule that threw).
 */
public record RuleTestResult(String name, String source, List<Finding> findings, List<ExpectedFinding> missing,
        List<Finding> unexpected, List<WrongFact> wrongFacts, List<String> problems) {

    public RuleTestResult {
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        wrongFacts = List.copyOf(wrongFacts);
        problems = List.copyOf(problems);
    }

    /** @return the result of a test that could not be read or run */
    public static RuleTestResult broken(String name, String source, List<String> problems) {
        return new RuleTestResult(name, source, List.of(), List.of(), List.of(), List.of(), problems);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && wrongFacts.isEmpty() && problems.isEmpty();
    }

    /** An expected finding that the rules made with another value of one of its facts. */
    public record WrongFact(ExpectedFinding expected, Finding actual, String fact) {

        /** @return the fact's value as the rules made it, written as a test writes it */
        public String actualValue() {
            return actual.getFacts().containsKey(fact) ? ExpectedFinding.text(actual.getFacts().get(fact)) : null;
        }
    }
}
