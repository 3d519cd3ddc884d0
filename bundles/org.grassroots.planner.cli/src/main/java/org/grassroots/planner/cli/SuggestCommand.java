package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioExplanations;
import org.grassroots.planner.planning.ScenarioJson;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.StoreException;
import org.grassroots.planner.suggest.Suggester;
import org.grassroots.planner.suggest.Suggestion;
import org.grassroots.planner.suggest.SuggestionMonitor;
import org.grassroots.planner.suggest.SuggestionWeights;

/**
 * {@code planner suggest --fy YEAR (--db URL | --plan FILE) [--reference FILE] [--seconds N] [--weights
 * themes=N,states=N,outreach=N,balance=N,changes=N] --out FILE.json [--lang ja|en]}: writes the scenario the solver suggests to fit the
 * year to the cap and the mission shares, explained (in the language asked: the scenario's name and the explanation printed). Exit 0 written, 1 no scenario found meets the cap and shares
 * (nothing written), 2 bad input.
 */
final class SuggestCommand {
    private final PrintStream out;
    private final PrintStream err;

    SuggestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("plan", "db", "db-user", "fy", "reference", "seconds", "weights", "out",
                "encoding", "lang"));
        WhatIfText w = new WhatIfText(ExportCommand.Exports.locale(options.get("lang")));
        String outOption = options.required("out");
        int seconds = seconds(options.get("seconds", "10"));
        SuggestionWeights weights = weights(options.get("weights"));
        try (YearInput year = new YearInput(options)) {
            Path target = OutputFile.target(outOption, year.inputs());
            if (!year.load(err, List.of())) {
                return Planner.BAD_INPUT;
            }
            ReferenceData data = ReferenceData.shipped();
            Suggestion s = new Suggester(data.themes(), data.outreachStates()).suggest(year.plan, year.reference.reference(),
                    weights, Duration.ofSeconds(seconds), SuggestionMonitor.NONE);
            // named in the language asked; the explanation keeps codes and figures, said in words below
            Scenario scenario = new Scenario(ScenarioExplanations.suggestionName(year.fiscalYear, w.locale()), null,
                    s.scenario().scale(), s.scenario().initiatives(), s.scenario().explanation());
            Scenario.Applied applied = scenario.applyTo(year.plan, year.reference.reference());
            long total = Budgets.total(applied.year().stream().filter(i -> !i.isCancelled()).toList());
            java.util.Map<String, org.grassroots.planner.model.Initiative> byId = new java.util.HashMap<>();
            year.plan.stream().filter(i -> i.getFiscalYear() == year.fiscalYear).forEach(i -> byId.put(i.getId(), i));
            List<String> explained = ScenarioExplanations.lines(scenario.explanation(), byId, w.locale());
            if (!s.feasible()) {
                out.println(w.get("suggest.none", String.valueOf(seconds), String.valueOf(year.fiscalYear), w.yen(total),
                        w.yen(applied.reference().getBudgetCapJpy())));
                out.println(explained.get(0));
                return Planner.ERROR_FINDINGS;
            }
            try {
                OutputFile.write(target, ScenarioJson.write(scenario).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("planner: cannot write " + target + ": " + e.getMessage());
                return Planner.BAD_INPUT;
            }
            long before = Budgets.total(year.plan.stream().filter(i -> i.getFiscalYear() == year.fiscalYear && !i.isCancelled())
                    .toList());
            out.println(w.get("suggest.done", String.valueOf(year.fiscalYear), String.valueOf(scenario.initiatives().size()),
                    w.yen(before), w.yen(total), w.yen(applied.reference().getBudgetCapJpy()), target));
            out.println(explained.get(0));
            explained.subList(1, explained.size()).forEach(l -> out.println("  " + l));
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private static int seconds(String value) throws Options.UsageException {
        try {
            int s = Integer.parseInt(value.strip());
            if (s < 1 || s > 3600) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new Options.InputException("--seconds takes a whole number of seconds from 1 to 3600, not " + value);
        }
    }

    /** @return the weights of {@code themes=N,states=N,outreach=N,balance=N,changes=N} (any of them; the rest default) */
    static SuggestionWeights weights(String value) throws Options.UsageException {
        SuggestionWeights d = SuggestionWeights.DEFAULT;
        if (value == null) {
            return d;
        }
        long[] w = { d.priorityThemes(), d.priorityStates(), d.outreachStates(), d.linesBalanced(), d.fewestChanges() };
        List<String> names = List.of("themes", "states", "outreach", "balance", "changes");
        for (String part : value.split(",")) {
            String[] kv = part.split("=", 2);
            int at = names.indexOf(kv[0].strip());
            try {
                if (at < 0 || kv.length != 2) {
                    throw new NumberFormatException();
                }
                w[at] = Long.parseLong(kv[1].strip());
                if (w[at] < 0 || w[at] > 1_000_000) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new Options.InputException("--weights takes themes=N,states=N,outreach=N,balance=N,changes=N (each 0 to"
                        + " 1,000,000), not " + part);
            }
        }
        return new SuggestionWeights(w[0], w[1], w[2], w[3], w[4]);
    }
}
