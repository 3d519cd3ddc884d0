package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.export.ProposalContent;
import org.grassroots.planner.export.ProposalExport;
import org.grassroots.planner.export.ResultsContent;
import org.grassroots.planner.export.ResultsExport;
import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.PlanExporter;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.StoreException;

/**
 * {@code planner export --fy YEAR [--mission CODE] [--db URL | --plan FILE] [--document proposal|results|plan]
 * --format xlsx|html|pdf|csv --out FILE [--lang ja|en] [--rules DIR] [--encoding NAME]}: writes the fiscal year's
 * proposal documents, its results report, or its plan. The plan
 * comes from the database (the embedded one by default) or a plan file; the rules are checked on the
 * whole year and the documents show the mission's part. Exit 0 when written, 2 on bad input (nothing
 * is written).
 */
final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args,
                Set.of("fy", "mission", "db", "db-user", "plan", "document", "format", "out", "lang", "rules", "encoding"));
        int year = Exports.fiscalYear(options.required("fy"));
        if (options.get("db") != null && options.get("plan") != null) {
            throw new Options.UsageException("give either --db or --plan, not both");
        }
        String document = options.get("document", "proposal");
        switch (document) {
            case "plan" -> {
                return exportPlan(options, year);
            }
            case "proposal" -> {
                // below
            }
            case "results" -> {
                return exportResults(options, year);
            }
            default -> throw new Options.UsageException("--document takes proposal, results or plan, not " + document);
        }
        ProposalExport format = ProposalExport.fromCode(options.required("format"));
        if (format == null) {
            throw new Options.UsageException("unknown format: " + options.get("format") + " (xlsx, html or pdf)");
        }
        Path rulesDir = RulesOption.folder(options);
        List<Path> inputs = planInputs(options);
        inputs.addAll(OutputFile.ruleFiles(rulesDir));
        Path target = OutputFile.target(options.required("out"), inputs);
        Locale locale = Exports.locale(options.get("lang"));
        String mission = options.get("mission");
        if (mission != null && ReferenceData.shipped().mission(mission) == null) {
            err.println("planner: unknown mission code: " + mission);
            return Planner.BAD_INPUT;
        }
        ProposalContent content;
        try {
            if (options.get("plan") != null) {
                ImportedPlan read = PlanFiles.read(Path.of(options.get("plan")), PlanFiles.options(options), err);
                if (read == null) {
                    return Planner.BAD_INPUT;
                }
                if (read.initiatives().stream().noneMatch(i -> i.getFiscalYear() == year)) {
                    err.println("planner: the plan has no initiative of FY" + year);
                    return Planner.BAD_INPUT;
                }
                RuleSet rules = RulesOption.compile(rulesDir, err);
                if (rules == null) {
                    return Planner.BAD_INPUT;
                }
                content = PlanningService.withoutStore().proposalDocument(rules, read.initiatives(), year, mission, null,
                        Exports.now());
            } else {
                try (PlanStore store = PlanStore.open(DatabaseOption.login(options))) {
                    if (store.initiatives(year).isEmpty()) {
                        err.println("planner: the plan has no initiative of FY" + year);
                        return Planner.BAD_INPUT;
                    }
                    RuleSet rules = RulesOption.compile(rulesDir, err);
                    if (rules == null) {
                        return Planner.BAD_INPUT;
                    }
                    content = PlanningService.on(store).proposalDocument(rules, year, mission, Map.of(), Exports.now());
                }
            }
        } catch (NoReferenceException | StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
        try {
            byte[] bytes = format.write(content, locale);
            OutputFile.write(target, bytes);
            out.printf("%s: FY%d%s, %d initiatives, %d findings, %s (%,d bytes)%n", target, year,
                    mission == null ? "" : " " + mission, content.initiatives().size(), content.findings().size(),
                    format.code(), bytes.length);
            return Planner.OK;
        } catch (IOException e) {
            err.println("planner: cannot write " + target + ": " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    /**
     * {@code --document plan}: the year's initiatives (of one mission with {@code --mission}) in the plan
     * file's columns, as CSV or XLSX, through the exporter service of the format; cells that a spreadsheet
     * would run are written inert.
     */
    private int exportPlan(Options options, int year) throws Options.UsageException {
        String format = options.required("format");
        PlanExporter exporter = Exporters.available().stream().filter(e -> e.formatName().equalsIgnoreCase(format))
                .findFirst().orElse(null);
        if (exporter == null || !Set.of("csv", "xlsx").contains(format)) {
            throw new Options.UsageException("unknown format: " + format + " (csv or xlsx with --document plan)");
        }
        Path target = OutputFile.target(options.required("out"), planInputs(options));
        String mission = options.get("mission");
        if (mission != null && ReferenceData.shipped().mission(mission) == null) {
            err.println("planner: unknown mission code: " + mission);
            return Planner.BAD_INPUT;
        }
        List<org.grassroots.planner.model.Initiative> plan;
        Map<String, Long> versions; // the optional version column: the store's versions, or the plan file's own
        if (options.get("plan") != null) {
            ImportedPlan read = PlanFiles.read(Path.of(options.get("plan")), PlanFiles.options(options), err);
            if (read == null) {
                return Planner.BAD_INPUT;
            }
            plan = read.initiatives();
            versions = read.versions();
        } else {
            try (PlanStore store = PlanStore.open(DatabaseOption.login(options))) {
                plan = store.initiatives(year);
                versions = store.versions(year);
            } catch (StoreException e) {
                err.println("planner: " + e.getMessage());
                return Planner.BAD_INPUT;
            }
        }
        List<org.grassroots.planner.model.Initiative> chosen = plan.stream().filter(i -> i.getFiscalYear() == year)
                .filter(i -> mission == null || mission.equals(i.getMission())).toList();
        if (chosen.isEmpty()) {
            err.println("planner: the plan has no initiative of FY" + year + (mission == null ? "" : " for " + mission));
            return Planner.BAD_INPUT;
        }
        try {
            exporter.write(chosen, versions, target);
        } catch (IOException e) {
            err.println("planner: cannot write " + target + ": " + e.getMessage());
            return Planner.BAD_INPUT;
        }
        out.printf("%s: FY%d%s, %d initiatives, plan as %s%n", target, year, mission == null ? "" : " " + mission,
                chosen.size(), format);
        return Planner.OK;
    }

    /**
     * {@code --document results}: the year's results report (xlsx, html or pdf) from the database or a plan file,
     * made by the planning service. Needs no reference of its own year; the next year's gives the direction.
     */
    private int exportResults(Options options, int year) throws Options.UsageException {
        ResultsExport format = ResultsExport.fromCode(options.required("format"));
        if (format == null) {
            throw new Options.UsageException("unknown format: " + options.get("format") + " (xlsx, html or pdf with --document results)");
        }
        if (options.get("mission") != null) {
            throw new Options.UsageException("--mission is not taken with --document results: the report covers the whole year");
        }
        Path target = OutputFile.target(options.required("out"), planInputs(options));
        Locale locale = Exports.locale(options.get("lang"));
        ResultsContent content;
        if (options.get("plan") != null) {
            ImportedPlan read = PlanFiles.read(Path.of(options.get("plan")), PlanFiles.options(options), err);
            if (read == null) {
                return Planner.BAD_INPUT;
            }
            if (read.initiatives().stream().noneMatch(i -> i.getFiscalYear() == year)) {
                err.println("planner: the plan has no initiative of FY" + year);
                return Planner.BAD_INPUT;
            }
            content = PlanningService.withoutStore().resultsDocument(read.initiatives(), year, Exports.now());
        } else {
            try (PlanStore store = PlanStore.open(DatabaseOption.login(options))) {
                if (store.initiatives(year).isEmpty()) {
                    err.println("planner: the plan has no initiative of FY" + year);
                    return Planner.BAD_INPUT;
                }
                content = PlanningService.on(store).resultsDocument(year, Exports.now());
            } catch (StoreException e) {
                err.println("planner: " + e.getMessage());
                return Planner.BAD_INPUT;
            }
        }
        try {
            byte[] bytes = format.write(content, locale);
            OutputFile.write(target, bytes);
            out.printf("%s: FY%d results, %d initiatives done, %d best practices, %s (%,d bytes)%n", target, year,
                    content.done().size(), content.bestPractices().size(), format.code(), bytes.length);
            return Planner.OK;
        } catch (IOException e) {
            err.println("planner: cannot write " + target + ": " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    /** @return where the plan is read from: the plan file, else the embedded database's files (for --out) */
    private static List<Path> planInputs(Options options) {
        List<Path> inputs = new ArrayList<>();
        if (options.get("plan") != null) {
            inputs.add(Path.of(options.get("plan")));
        } else {
            inputs.addAll(OutputFile.databaseFiles(options.get("db", PlanStore.defaultUrl())));
        }
        return inputs;
    }

    /** Parsing of the export's options. */
    static final class Exports {
        private Exports() {
        }

        static int fiscalYear(String value) throws Options.UsageException {
            try {
                int y = Integer.parseInt(value.strip());
                if (y < 1900 || y > 2100) {
                    throw new NumberFormatException();
                }
                return y;
            } catch (NumberFormatException e) {
                throw new Options.UsageException("--fy takes a fiscal year such as 2023, not " + value);
            }
        }

        static Locale locale(String lang) throws Options.UsageException {
            if (lang == null) {
                return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
            }
            return switch (lang) {
                case "ja" -> Locale.JAPANESE;
                case "en" -> Locale.ENGLISH;
                default -> throw new Options.UsageException("--lang takes ja or en, not " + lang);
            };
        }

        /** @return the documents' timestamp: now, or SOURCE_DATE_EPOCH (seconds) when set, for reproducible files */
        static Instant now() {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch != null && epoch.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(epoch));
            }
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
    }
}
