package org.grassroots.planner.ruletests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.rules.RuleTestReport;
import org.grassroots.planner.rules.RuleVerifier;

/**
 * What {@code planner verify-rules} finds in a rules folder, for the tools that show it beside the rules (the DRL
 * editor's markers on save, the Rule Tests view): {@link RuleVerifier}'s problems with the codes the shipped reference
 * data and the model know, and the rules that no rule test of the folder's {@code tests/} fires. A rule set that does
 * not compile is not verified (its diagnostics say what is wrong); one refused for a forbidden call is verified without
 * running its tests (it is never run).
 */
public final class RuleSetVerification {
    /**
     * @param problems the problems found, each with its rule and file:line (empty when the rules do not compile)
     * @param compiles whether the rules compile (a refused rule set does not)
     * @param refused whether the rule set is refused for a forbidden call (compiles is then false)
     */
    public record Result(Path folder, List<RuleVerifier.Problem> problems, boolean compiles, boolean refused) {
        /** @return whether the rule set was verified (it compiles, or it is refused for a forbidden call) */
        public boolean verified() {
            return compiles || refused;
        }
    }

    private RuleSetVerification() {
    }

    /** Compiles the saved rules of the folder, runs its rule tests and verifies it. */
    public static Result verify(Path folder) throws IOException {
        RuleSet rules;
        try {
            rules = RuleEngine.compile(folder);
        } catch (RuleSetException e) {
            if (!e.isRefused()) {
                return new Result(folder, List.of(), false, false);
            }
            return new Result(folder, problems(folder, null, null), false, true);
        }
        return new Result(folder, problems(folder, rules), true, false);
    }

    /**
     * Runs the folder's rule tests on its compiled rules and verifies the folder: what {@code planner verify-rules}
     * reports once it has compiled the rules itself (to say why they do not compile).
     *
     * @param rules the folder's compiled rules, or null when they are refused for a forbidden call (no test is run)
     * @return the problems of the folder's rules, the rules no test fires last
     */
    public static List<RuleVerifier.Problem> problems(Path folder, RuleSet rules) throws IOException {
        RuleTestReport report = null;
        if (rules != null) {
            try {
                report = RuleTestRunner.run(rules, folder.resolve("tests"), RuleTestRunner.Progress.NONE);
            } catch (IOException | RuleTestRunner.Cancelled e) {
                report = null; // no tests: no rule is fired by one
            }
        }
        return problems(folder, rules, report);
    }

    /**
     * @param rules the folder's compiled rules, or null when they are refused (then no rule test was run)
     * @param report the report of the folder's rule tests, or null when there are none (no rule is fired by a test)
     * @return the problems of the folder's rules, the rules no test fires last
     */
    public static List<RuleVerifier.Problem> problems(Path folder, RuleSet rules, RuleTestReport report)
            throws IOException {
        List<RuleVerifier.Problem> out = new ArrayList<>(RuleVerifier.verify(folder, knownCodes()));
        if (rules != null) {
            out.addAll(RuleVerifier.notFired(rules, report == null ? rules.ruleIds() : report.neverFired()));
        }
        return out;
    }

    /** @return every code a condition may name, from the shipped reference data and the model */
    public static Set<String> knownCodes() {
        ReferenceData data = ReferenceData.shipped();
        Set<String> codes = new TreeSet<>(data.states().keySet());
        codes.add("US");
        data.themes().stream().map(Theme::getCode).forEach(codes::add);
        data.missions().stream().map(Mission::getCode).forEach(codes::add);
        for (Kind k : Kind.values()) {
            codes.add(k.code());
        }
        for (Format f : Format.values()) {
            codes.add(f.code());
        }
        for (Status s : Status.values()) {
            codes.add(s.code());
        }
        for (Severity s : Severity.values()) {
            codes.add(s.code());
        }
        return codes;
    }
}
