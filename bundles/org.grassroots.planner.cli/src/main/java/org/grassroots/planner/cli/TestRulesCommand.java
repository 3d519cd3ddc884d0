package org.grassroots.planner.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code planner test-rules [--rules DIR] [--format text|json|junit] [--out FILE]}: runs the rule tests in
 * {@code DIR/tests} and reports each failure (the test, and the finding missing or unexpected) and the rule
 * coverage, as text, JSON or JUnit XML (for CI systems). Exit 0 when all pass, 1 when one fails, 2 when the rules
 * do not compile (or are refused), there are no tests, or the output cannot be written.
 */
final class TestRulesCommand {
    private final PrintStream out;
    private final PrintStream err;

    TestRulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("rules", "format", "out"));
        String format = options.get("format", "text");
        if (!Set.of("text", "json", "junit").contains(format)) {
            throw new Options.UsageException("--format is text, json or junit, not " + format);
        }
        Path rulesDir = RulesOption.folder(options);
        Path target = OutputFile.target(options.get("out"), OutputFile.ruleFiles(rulesDir));
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
        String text = switch (format) {
            case "json" -> json(report, rules, testsDir);
            case "junit" -> junit(report, rules, testsDir);
            default -> text(report, rules, testsDir);
        };
        if (target == null) {
            out.print(text);
            out.flush();
        } else {
            try {
                OutputFile.write(target, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("planner: cannot write " + target + ": " + e.getMessage());
                return Planner.BAD_INPUT;
            }
        }
        return report.passed() ? Planner.OK : Planner.ERROR_FINDINGS;
    }

    private String text(RuleTestReport report, RuleSet rules, Path testsDir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int total = report.results().size();
        out.println(RuleTestMessages.get("header", testsDir, String.valueOf(total), String.valueOf(total - report.failedCount()), String.valueOf(report.failedCount())));
        for (RuleTestResult r : report.results()) {
            if (r.passed()) {
                out.println(RuleTestMessages.get("pass", r.name()));
                continue;
            }
            out.println(RuleTestMessages.get("fail", r.name(), r.source()));
            failures(r, rules).forEach(out::println);
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
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The names the messages write for the codes they hold: the planning service's, of the shipped missions. */
    private static final org.grassroots.planner.model.Names NAMES = org.grassroots.planner.planning.PlanningService.withoutStore()
            .names((org.grassroots.planner.model.FiscalYearReference) null);

    /** @return the lines that say why the test failed, as the text output shows them */
    private static List<String> failures(RuleTestResult r, RuleSet rules) {
        List<String> lines = new java.util.ArrayList<>();
        r.problems().forEach(p -> lines.add(RuleTestMessages.get("problem", p)));
        for (ExpectedFinding e : r.missing()) {
            lines.add(RuleTestMessages.get("missing", e, String.valueOf(e.line())));
        }
        for (RuleTestResult.WrongFact w : r.wrongFacts()) {
            lines.add(RuleTestMessages.get("wrong.fact", w.expected(), w.fact(),
                    w.actualValue() == null ? "" : w.actualValue(), w.expected().facts().get(w.fact()), String.valueOf(w.expected().line())));
        }
        for (Finding f : r.unexpected()) {
            lines.add(RuleTestMessages.get("unexpected", Subjects.describe(f), rules.messages().format(f, NAMES, Locale.getDefault())));
        }
        return lines;
    }

    private static String json(RuleTestReport report, RuleSet rules, Path testsDir) {
        JsonObject root = new JsonObject();
        root.addProperty("tests_folder", testsDir.toString());
        root.addProperty("tests", report.results().size());
        root.addProperty("failed", report.failedCount());
        JsonArray results = new JsonArray();
        for (RuleTestResult r : report.results()) {
            JsonObject t = new JsonObject();
            t.addProperty("name", r.name());
            t.addProperty("passed", r.passed());
            JsonArray problems = new JsonArray();
            r.problems().forEach(p -> problems.add(String.valueOf(p)));
            t.add("problems", problems);
            JsonArray missing = new JsonArray();
            for (ExpectedFinding e : r.missing()) {
                JsonObject m = new JsonObject();
                m.addProperty("finding", e.toString());
                m.addProperty("expected_line", e.line());
                missing.add(m);
            }
            t.add("missing", missing);
            JsonArray unexpected = new JsonArray();
            for (Finding f : r.unexpected()) {
                JsonObject u = new JsonObject();
                u.addProperty("rule", f.getRule());
                u.addProperty("severity", f.getSeverity().code());
                u.addProperty("initiative", f.getInitiative());
                u.addProperty("mission", f.getMission());
                u.addProperty("state", f.getState());
                u.addProperty("message", rules.messages().format(f, NAMES, Locale.getDefault()));
                unexpected.add(u);
            }
            t.add("unexpected", unexpected);
            JsonArray wrong = new JsonArray();
            for (RuleTestResult.WrongFact w : r.wrongFacts()) {
                JsonObject o = new JsonObject();
                o.addProperty("finding", w.expected().toString());
                o.addProperty("fact", w.fact());
                o.addProperty("actual", w.actualValue() == null ? null : String.valueOf(w.actualValue()));
                o.addProperty("expected", w.expected().facts().get(w.fact()));
                o.addProperty("expected_line", w.expected().line());
                wrong.add(o);
            }
            t.add("wrong_facts", wrong);
            results.add(t);
        }
        root.add("results", results);
        JsonObject coverage = new JsonObject();
        report.coverage().forEach(coverage::addProperty);
        root.add("coverage", coverage);
        JsonArray never = new JsonArray();
        report.neverFired().forEach(never::add);
        root.add("never_fired", never);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    private static String junit(RuleTestReport report, RuleSet rules, Path testsDir) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuite name=\"rule tests\" tests=\"").append(report.results().size()).append("\" failures=\"")
                .append(report.failedCount()).append("\" errors=\"0\" skipped=\"0\">\n");
        b.append("  <properties><property name=\"tests_folder\" value=\"").append(xml(testsDir.toString())).append("\"/></properties>\n");
        for (RuleTestResult r : report.results()) {
            b.append("  <testcase classname=\"rules.tests\" name=\"").append(xml(r.name())).append('"');
            if (r.passed()) {
                b.append("/>\n");
                continue;
            }
            List<String> lines = failures(r, rules);
            b.append(">\n    <failure message=\"").append(xml(lines.isEmpty() ? "failed" : lines.get(0).strip())).append("\">")
                    .append(xml(String.join("\n", lines))).append("</failure>\n  </testcase>\n");
        }
        b.append("  <system-out>").append(xml(report.neverFired().isEmpty() ? RuleTestMessages.get("all.fired")
                : RuleTestMessages.get("never.fired", String.join(", ", report.neverFired())))).append("</system-out>\n");
        b.append("</testsuite>\n");
        return b.toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
