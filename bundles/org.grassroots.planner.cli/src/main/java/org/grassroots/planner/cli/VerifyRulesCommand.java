package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.rules.RuleVerifier;
import org.grassroots.planner.ruletests.RuleSetVerification;

/**
 * {@code planner verify-rules [--rules DIR]}: checks the rule set itself. Each problem names the rule and its
 * file:line: a forbidden call (anything but the rule API and the model), conditions that repeat another rule's, a
 * string in a condition that is no known code, a rule no rule test fires, a rule without a message in English or
 * Japanese. Exit 0 clean, 1 problems, 2 the rules do not compile. A rule set refused for a forbidden call is
 * verified without running its tests (it is never run).
 */
final class VerifyRulesCommand {
    private final PrintStream out;
    private final PrintStream err;

    VerifyRulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("rules"));
        Path folder = RulesOption.folder(options);
        RuleSet rules = null;
        try {
            rules = RuleEngine.compile(folder);
        } catch (RuleSetException e) {
            if (!e.isRefused()) {
                RulesOption.broken(folder, e, err);
                return Planner.BAD_INPUT;
            }
        }
        if (rules == null) {
            out.println(RuleTestMessages.get("verify.refused"));
        }
        List<RuleVerifier.Problem> problems;
        try {
            problems = RuleSetVerification.problems(folder, rules);
        } catch (IOException e) {
            throw new Options.InputException("cannot read the rules in " + folder + ": " + e.getMessage());
        }
        for (RuleVerifier.Problem p : problems) {
            out.println(p.file() + ":" + p.line() + ": " + (p.rule() == null ? "" : "rule \"" + p.rule() + "\": ")
                    + RuleTestMessages.get("verify." + p.kind().name().toLowerCase(java.util.Locale.ROOT), p.detail()));
        }
        out.println(problems.isEmpty() ? RuleTestMessages.get("verify.clean", folder)
                : RuleTestMessages.get("verify.problems", folder, String.valueOf(problems.size())));
        out.flush();
        return problems.isEmpty() ? Planner.OK : Planner.ERROR_FINDINGS;
    }
}
