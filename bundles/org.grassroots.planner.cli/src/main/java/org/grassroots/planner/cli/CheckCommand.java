package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.ReferenceImporter;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.planning.YearCheck;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.StoreException;

/**
 * {@code planner check (--plan FILE | --db URL --fy YEAR) [--fy YEAR] [--reference FILE] [--rules DIR]
 * [--format text|json|sarif] [--out FILE] [--encoding NAME] [--timeout SECONDS]}: evaluates a fiscal
 * year (the plan file's newest by default) against the rules, with the reference the planning service
 * resolves for it. Exit 0 without error findings, 1 with, 2 when the plan, the reference or the rules
 * cannot be read or the check cannot finish (then nothing is written).
 */
final class CheckCommand {
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args,
                Set.of("plan", "db", "db-user", "fy", "reference", "rules", "format", "out", "encoding", "timeout"));
        String format = options.get("format", "text");
        if (!Set.of("text", "json", "sarif").contains(format)) {
            throw new Options.UsageException("unknown format: " + format + " (text, json or sarif)");
        }
        if ((options.get("plan") == null) == (options.get("db") == null)) {
            throw new Options.UsageException("give either --plan FILE, or --db URL with --fy YEAR");
        }
        Integer fiscalYear = options.get("fy") == null ? null : ExportCommand.Exports.fiscalYear(options.get("fy"));
        if (options.get("db") != null && fiscalYear == null) {
            throw new Options.UsageException("--db needs --fy YEAR: the fiscal year to check");
        }
        java.time.Duration timeout = java.time.Duration.ofSeconds(Timeout.seconds(options)); // before any work
        DatabaseLogin login = options.get("db") == null ? null : DatabaseOption.login(options);
        Path rulesDir = RulesOption.folder(options);
        List<Path> inputs = new ArrayList<>(OutputFile.ruleFiles(rulesDir));
        if (options.get("plan") != null) {
            inputs.add(Path.of(options.get("plan")));
        }
        if (options.get("reference") != null) {
            inputs.add(Path.of(options.get("reference")));
        }
        inputs.addAll(OutputFile.databaseFiles(options.get("db")));
        Path target = OutputFile.target(options.get("out"), inputs);

        FutureTask<RuleSet> compiling = new FutureTask<>(() -> RuleEngine.compile(rulesDir));
        Thread compiler = new Thread(compiling, "planner rules compiler"); // on the other core while the plan is read
        compiler.setDaemon(true);
        compiler.start();
        FiscalYearReference referenceFile = null;
        if (options.get("reference") != null) {
            referenceFile = readReference(options.get("reference"));
            if (referenceFile == null) {
                return Planner.BAD_INPUT;
            }
        }
        String source;
        Path planFile = null;
        Map<String, Integer> lines = Map.of();
        List<Initiative> plan;
        PlanStore store = null;
        PlanningService planning;
        try {
            if (options.get("plan") != null) {
                planning = PlanningService.withoutStore();
                planFile = Path.of(options.get("plan"));
                ImportedPlan read = PlanFiles.read(planFile, PlanFiles.options(options), err);
                if (read == null) {
                    return Planner.BAD_INPUT;
                }
                plan = read.initiatives();
                lines = read.lineOfId();
                source = read.file();
                if (fiscalYear == null) {
                    fiscalYear = read.newestFiscalYear();
                }
            } else {
                store = PlanStore.open(login);
                planning = PlanningService.on(store);
                int year = fiscalYear;
                plan = planning.withHistory(year); // the years before too, for the judgements that look back
                source = login.maskedUrl();
                if (plan.stream().noneMatch(i -> i.getFiscalYear() == year)) { // a mistyped year would pass unchecked
                    err.println("planner: the database has no initiative of FY" + fiscalYear + " (its years: "
                            + (store.fiscalYears().isEmpty() ? "none" : store.fiscalYears().stream()
                                    .map(y -> "FY" + y).collect(java.util.stream.Collectors.joining(", "))) + ")");
                    return Planner.BAD_INPUT;
                }
            }
            ReferenceResolution reference;
            try {
                reference = planning.reference(fiscalYear, referenceFile);
            } catch (NoReferenceException e) {
                err.println("planner: " + e.getMessage());
                return Planner.BAD_INPUT;
            }
            if (!compiling.isDone()) { // the rules are still loading: their engine's classes loaded here meanwhile
                RuleEngine.prepare();
            }
            RuleSet rules = rules(compiling, rulesDir);
            if (rules == null) {
                return Planner.BAD_INPUT;
            }
            YearCheck check = planning.check(rules, plan, reference, timeout);
            FindingsReport report = new FindingsReport(source, planFile, lines, check, rules.messages(), Locale.getDefault());
            String text = switch (format) {
                case "json" -> report.json();
                case "sarif" -> report.sarif(rules.ruleIds());
                default -> report.text();
            };
            if (!write(text, target)) {
                return Planner.BAD_INPUT;
            }
            return check.hasErrors() ? Planner.ERROR_FINDINGS : Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private RuleSet rules(FutureTask<RuleSet> compiling, Path rulesDir) {
        try {
            return compiling.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleSetException r) {
                RulesOption.broken(rulesDir, r, err);
            } else {
                err.println("planner: the rules in " + rulesDir + " do not compile: " + e.getCause());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private FiscalYearReference readReference(String file) {
        ReferenceImporter importer = Importers.referenceImporter();
        if (importer == null) {
            err.println("planner: no reader of reference files is installed");
            return null;
        }
        try {
            return importer.read(Path.of(file));
        } catch (ImportException e) {
            err.println("planner: the reference file " + file + " was rejected:");
            for (ImportProblem p : e.getProblems()) {
                err.println(p);
            }
        }
        return null;
    }

    /** Writes to stdout, or to the file through a temporary file so that it is never half-written. */
    private boolean write(String text, Path target) {
        if (target == null) {
            out.print(text);
            out.flush();
            return true;
        }
        try {
            OutputFile.write(target, text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            err.println("planner: cannot write " + target + ": " + e.getMessage());
            return false;
        }
    }
}
