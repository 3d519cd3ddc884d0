package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.rules.ExpectedFinding;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleTestReport;
import org.grassroots.planner.rules.RuleTestResult;
import org.grassroots.planner.rules.Subjects;
import org.grassroots.planner.ruletests.RuleTestRunner;

/**
 * {@code planner test-rules [--rules DIR]}: runs the rule tests in {@code DIR/tests} and reports each
 * failure (the test, and the finding missing or unexpected) and the rule coverage. Exit 0 when all
 * pass, 1 when one fails, 2 when the rules do not compile or there are no tests.
 */
final class TestRulesCommand {
    private final PrintStream out;
    private final PrintStream err;

    TestRulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("rules"));
        Path rulesDir = RulesOption.folder(options);
        RuleSet rules = RulesOption.compile(rulesDir, err);
        if (rules == null) {
            return Planner.BAD_INPUT;
        }
        Path testsDir = rulesDir.resolve("tests");
        RuleTestReport report;
        try {
            report = RuleTestRunner.run(rules, testsDir, RuleTestRunner.Progress.NONE);
        } catch (IOException | RuleTestRunner.Cancelled e) { // nothing cancels a command-line run
            report = null;
        }
        if (report == null) {
            err.println(RuleTestMessages.get("no.tests", testsDir));
            return Planner.BAD_INPUT;
        }
        print(report, rules, testsDir);
        return report.passed() ? Planner.OK : Planner.ERROR_FINDINGS;
    }

    private void print(RuleTestReport report, RuleSet rules, Path testsDir) {
        int total = report.results().size();
        out.println(RuleTestMessages.get("header", testsDir, String.valueOf(total), String.valueOf(total - report.failedCount()), String.valueOf(report.failedCount())));
        for (RuleTestResult r : report.results()) {
            if (r.passed()) {
                out.println(RuleTestMessages.get("pass", r.name()));
                continue;
            }
            out.println(RuleTestMessages.get("fail", r.name(), r.source()));
            r.problems().forEach(p -> out.println(RuleTestMessages.get("problem", p)));
            for (ExpectedFinding e : r.missing()) {
                out.println(RuleTestMessages.get("missing", e, String.valueOf(e.line())));
            }
            for (RuleTestResult.WrongFact w : r.wrongFacts()) {
                out.println(RuleTestMessages.get("wrong.fact", w.expected(), w.fact(),
                        w.actualValue() == null ? "" : w.actualValue(), w.expected().facts().get(w.fact()), String.valueOf(w.expected().line())));
            }
            for (Finding f : r.unexpected()) {
                out.println(RuleTestMessages.get("unexpected", Subjects.describe(f), rules.messages().format(f, Locale.getDefault())));
            }
        }
        out.println();
        out.println(RuleTestMessages.get("coverage"));
        int width = report.coverage().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Integer> e : report.coverage().entrySet()) {
            out.println(RuleTestMessages.get("coverage.line", String.format("%-" + width + "s", e.getKey()),
                    String.format("%5d", e.getValue())));
        }
        List<String> never = report.neverFired();
        out.println(never.isEmpty() ? RuleTestMessages.get("all.fired") : RuleTestMessages.get("never.fired", String.join(", ", never)));
        out.flush();
    }
}
