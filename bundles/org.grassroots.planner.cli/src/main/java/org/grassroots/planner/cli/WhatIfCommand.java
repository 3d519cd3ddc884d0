package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioComparison;
import org.grassroots.planner.planning.ScenarioFormatException;
import org.grassroots.planner.planning.ScenarioExplanations;
import org.grassroots.planner.planning.ScenarioJson;
import org.grassroots.planner.rules.FindingMessages;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.store.StoreException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code planner what-if --fy YEAR (--db URL | --plan FILE) [--reference FILE] --scenario FILE.json [--format text|json|xlsx]
 * [--rules DIR] [--out FILE] [--timeout SECONDS] [--lang ja|en]}: compares the year with a scenario, through the planning service:
 * each side's budget against the cap and findings (the scenario's exactly those of a {@code check} of the changed plan
 * and reference), and the differences. Exit 0, or 2 on bad input (one line; nothing written).
 */
final class WhatIfCommand {
    private final PrintStream out;
    private final PrintStream err;

    WhatIfCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("plan", "db", "db-user", "fy", "reference", "scenario", "rules", "format",
                "out", "encoding", "timeout", "lang"));
        Locale locale = ExportCommand.Exports.locale(options.get("lang"));
        String format = options.get("format", "text");
        if (!Set.of("text", "json", "xlsx").contains(format)) {
            throw new Options.UsageException("unknown format: " + format + " (text, json or xlsx)");
        }
        if ("xlsx".equals(format) && options.get("out") == null) {
            throw new Options.InputException("--format xlsx needs --out FILE.xlsx");
        }
        Path scenarioFile = Path.of(options.required("scenario"));
        java.time.Duration timeout = java.time.Duration.ofSeconds(Timeout.seconds(options));
        Path rulesDir = RulesOption.folder(options);
        try (YearInput year = new YearInput(options)) {
            List<Path> inputs = new ArrayList<>(year.inputs());
            inputs.add(scenarioFile);
            inputs.addAll(OutputFile.ruleFiles(rulesDir));
            Path target = OutputFile.target(options.get("out"), inputs);
            Scenario scenario = read(scenarioFile);
            if (scenario == null) {
                return Planner.BAD_INPUT;
            }
            if (!year.load(err, scenario.initiatives().stream().map(Scenario.Change::id).toList())) {
                return Planner.BAD_INPUT;
            }
            RuleSet rules = RulesOption.compile(rulesDir, err);
            if (rules == null) {
                return Planner.BAD_INPUT;
            }
            ScenarioComparison c;
            try {
                c = year.planning.whatIf(rules, year.plan, year.reference, scenario, timeout);
            } catch (IllegalArgumentException e) {
                err.println("planner: " + scenarioFile + ": " + e.getMessage() + " (in FY" + year.fiscalYear + " of " + year.source + ")");
                return Planner.BAD_INPUT;
            }
            String text = "json".equals(format) ? json(c, rules.messages(), locale)
                    : text(c, year.source, rules.messages(), new WhatIfText(locale));
            if (target == null) {
                out.print(text);
                out.flush();
            } else {
                try {
                    OutputFile.write(target, "xlsx".equals(format)
                            ? org.grassroots.planner.planning.ComparisonWorkbook.write(List.of(c), rules.messages(), locale)
                            : text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.println("planner: cannot write " + target + ": " + e.getMessage());
                    return Planner.BAD_INPUT;
                }
            }
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private Scenario read(Path file) {
        if (!Files.isReadable(file)) {
            err.println("planner: cannot read the scenario file " + file);
            return null;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ScenarioJson.read(in, file.toString());
        } catch (ScenarioFormatException e) {
            err.println("planner: the scenario was rejected: " + e.getMessage());
        } catch (IOException e) {
            err.println("planner: cannot read the scenario file " + file + ": " + e.getMessage());
        }
        return null;
    }

    static String json(ScenarioComparison c, FindingMessages messages, Locale locale) {
        JsonObject root = new JsonObject();
        root.addProperty("fiscal_year", c.base().check().fiscalYear());
        root.addProperty("name", c.scenario().name());
        JsonObject reference = new JsonObject();
        reference.addProperty("fiscal_year", c.base().check().reference().fiscalYear());
        reference.addProperty("source", c.base().check().reference().source().code());
        reference.addProperty("from_fiscal_year", c.base().check().reference().fromFiscalYear());
        reference.addProperty("from_source", c.base().check().reference().fromSource() == null ? null
                : c.base().check().reference().fromSource().code());
        root.add("reference", reference);
        root.add("base", side(c.base(), messages, locale));
        root.add("scenario", side(c.changed(), messages, locale));
        // a finding that appears is the scenario's, one that disappears the plan's: each named by its side's reference
        JsonObject d = new JsonObject();
        d.add("findings_appeared", findings(c.appeared(), messages, c.changed().check().names(), locale));
        d.add("findings_disappeared", findings(c.disappeared(), messages, c.base().check().names(), locale));
        d.add("states_gained", strings(c.statesGained()));
        d.add("states_lost", strings(c.statesLost()));
        d.add("changed_initiatives", strings(new java.util.TreeSet<>(c.changedIds())));
        JsonArray missions = new JsonArray();
        for (String m : c.missions()) {
            JsonObject o = new JsonObject();
            o.addProperty("mission", m);
            o.addProperty("base_jpy", c.base().budgetByMission().getOrDefault(m, 0L));
            o.addProperty("scenario_jpy", c.changed().budgetByMission().getOrDefault(m, 0L));
            o.addProperty("mission_cap_jpy", c.changed().missionCapJpy());
            missions.add(o);
        }
        d.add("budget_by_mission", missions);
        root.add("differences", d);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject side(ScenarioComparison.Side s, FindingMessages messages, Locale locale) {
        JsonObject o = new JsonObject();
        o.addProperty("budget_total_jpy", s.budgetTotalJpy());
        o.addProperty("budget_cap_jpy", s.budgetCapJpy());
        o.add("findings", findings(s.check().findings(), messages, s.check().names(), locale));
        return o;
    }

    /** @return the findings as {@code check --format json} gives them */
    private static JsonArray findings(List<Finding> findings, FindingMessages messages, org.grassroots.planner.model.Names names,
            Locale locale) {
        JsonArray array = new JsonArray();
        com.google.gson.Gson gson = new GsonBuilder().serializeNulls().create();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("rule", f.getRule());
            o.addProperty("severity", f.getSeverity().code());
            o.addProperty("initiative", f.getInitiative());
            o.addProperty("mission", f.getMission());
            o.addProperty("state", f.getState());
            o.addProperty("message", messages.format(f, names, locale));
            o.add("facts", gson.toJsonTree(f.getFacts()));
            array.add(o);
        }
        return array;
    }

    private static JsonArray strings(java.util.Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** @return the comparison as text in the language of {@code w} (the findings' messages too) */
    static String text(ScenarioComparison c, String source, FindingMessages messages, WhatIfText w) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        Locale locale = w.locale();
        ScenarioComparison.Side base = c.base();
        ScenarioComparison.Side s = c.changed();
        b.append(w.get("title", c.scenario().name())).append(nl);
        b.append(w.get("reference", w.reference(base.check().reference()))).append(nl);
        b.append(w.get("changed", source, String.valueOf(base.check().fiscalYear()), String.valueOf(c.changedIds().size()))).append(nl);
        b.append(String.format("%n%-28s %18s %18s%n", "", w.get("head.plan"), w.get("head.scenario")));
        b.append(String.format("%-28s %18s %18s%n", w.get("budget"), w.yen(base.budgetTotalJpy()), w.yen(s.budgetTotalJpy())));
        b.append(String.format("%-28s %18s %18s%n", w.get("cap"), w.yen(base.budgetCapJpy()), w.yen(s.budgetCapJpy())));
        b.append(String.format("%-28s %18s %18s%n", w.get("withinCap"), w.get(base.budgetTotalJpy() <= base.budgetCapJpy() ? "yes" : "no"),
                w.get(s.budgetTotalJpy() <= s.budgetCapJpy() ? "yes" : "no")));
        for (Severity sev : Severity.values()) {
            b.append(String.format("%-28s %18d %18d%n", w.get("findings." + sev.code()), base.count(sev), s.count(sev)));
        }
        b.append(String.format("%-28s %18d %18d%n", w.get("statesCovered"), base.statesCovered().size(), s.statesCovered().size()));
        b.append(String.format("%-28s %18s %18s%n", w.get("priorityUncovered"), join(base.priorityStatesUncovered(), w),
                join(s.priorityStatesUncovered(), w)));
        b.append(nl).append(w.get("byMission", w.yen(s.missionCapJpy()))).append(nl);
        for (String m : c.missions()) {
            long before = base.budgetByMission().getOrDefault(m, 0L);
            long after = s.budgetByMission().getOrDefault(m, 0L);
            b.append(String.format("  %-40s %18s %18s%s%n", ScenarioExplanations.missionName(m, locale), w.yen(before), w.yen(after),
                    after > s.missionCapJpy() ? "  " + w.get("overShare") : before != after ? "  " + w.get("changedMark") : ""));
        }
        b.append(nl).append(w.get("appeared", String.valueOf(c.appeared().size()))).append(nl);
        c.appeared().forEach(f -> b.append("  + ").append(ScenarioExplanations.severity(f.getSeverity(), locale)).append(' ')
                .append(f.getRule()).append(": ").append(messages.format(f, s.check().names(), locale)).append(nl));
        b.append(w.get("disappeared", String.valueOf(c.disappeared().size()))).append(nl);
        c.disappeared().forEach(f -> b.append("  - ").append(ScenarioExplanations.severity(f.getSeverity(), locale)).append(' ')
                .append(f.getRule()).append(": ").append(messages.format(f, base.check().names(), locale)).append(nl));
        b.append(w.get("gained", join(c.statesGained(), w))).append(nl);
        b.append(w.get("lost", join(c.statesLost(), w))).append(nl);
        if (c.scenario().explanation() != null) {
            java.util.Map<String, org.grassroots.planner.model.Initiative> byId = new java.util.HashMap<>();
            base.check().initiatives().forEach(i -> byId.put(i.getId(), i));
            b.append(nl);
            List<String> lines = ScenarioExplanations.lines(c.scenario().explanation(), byId, locale);
            b.append(lines.get(0)).append(nl);
            lines.subList(1, lines.size()).forEach(l -> b.append("  ").append(l).append(nl));
        }
        return b.toString();
    }

    private static String join(java.util.Collection<String> values, WhatIfText w) {
        return values.isEmpty() ? w.get("none") : String.join(" ", values);
    }
}
