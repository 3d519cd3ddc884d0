package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.export.ProposalContent;
import org.grassroots.planner.export.ProposalExport;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.StoreException;

/**
 * {@code planner export --fy YEAR [--mission CODE] [--db URL | --plan FILE] --format xlsx|html|pdf --out FILE
 * [--lang ja|en] [--rules DIR] [--encoding NAME]}: writes the fiscal year's proposal documents. The plan
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
        Options options = Options.parse(args, Set.of("fy", "mission", "db", "plan", "format", "out", "lang", "rules", "encoding"));
        int year = Exports.fiscalYear(options.required("fy"));
        ProposalExport format = ProposalExport.fromCode(options.required("format"));
        if (format == null) {
            throw new Options.UsageException("unknown format: " + options.get("format") + " (xlsx, html or pdf)");
        }
        Path target = Path.of(options.required("out")).toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            err.println("planner: cannot write " + target + ": the folder " + target.getParent() + " does not exist");
            return Planner.BAD_INPUT;
        }
        if (options.get("db") != null && options.get("plan") != null) {
            throw new Options.UsageException("give either --db or --plan, not both");
        }
        Locale locale = Exports.locale(options.get("lang"));
        String mission = options.get("mission");
        ReferenceData data = ReferenceData.shipped();
        if (mission != null && data.mission(mission) == null) {
            err.println("planner: unknown mission code: " + mission);
            return Planner.BAD_INPUT;
        }
        FiscalYearReference reference = data.referenceFor(year);
        if (reference == null) {
            err.println("planner: no shipped reference data for FY" + year);
            return Planner.BAD_INPUT;
        }
        List<Initiative> plan;
        Map<String, String> justifications = new java.util.LinkedHashMap<>();
        String status = null;
        String comment = null;
        boolean fromStore = false;
        org.grassroots.planner.store.Snapshot last = null; // the mission's last proposal, if any
        if (options.get("plan") != null) {
            ImportedPlan read = PlanFiles.read(Path.of(options.get("plan")), PlanFiles.options(options), err);
            if (read == null) {
                return Planner.BAD_INPUT;
            }
            plan = read.initiatives();
        } else {
            String url = options.get("db", PlanStore.defaultUrl());
            try (PlanStore store = PlanStore.open(url)) {
                plan = new ArrayList<>();
                for (int y : store.fiscalYears()) {
                    if (y <= year) {
                        plan.addAll(store.initiatives(y));
                    }
                }
                // the justifications kept with the last proposed snapshot(s), and the workflow state
                for (org.grassroots.planner.model.Mission m : data.missions()) {
                    if (mission == null || m.getCode().equals(mission)) {
                        store.proposals().lastSnapshot(year, m.getCode()).ifPresent(s -> s.justifications()
                                .forEach((k, v) -> justifications.merge(k, v, (a, b) -> a + " / " + b)));
                    }
                }
                if (mission != null) {
                    org.grassroots.planner.store.Proposal p = store.proposals().get(year, mission);
                    status = p.state().code();
                    comment = p.comment();
                    last = store.proposals().lastSnapshot(year, mission).orElse(null);
                }
                fromStore = true;
            } catch (StoreException e) {
                err.println("planner: " + e.getMessage());
                return Planner.BAD_INPUT;
            }
        }
        if (plan.stream().noneMatch(i -> i.getFiscalYear() == year)) {
            err.println("planner: the plan has no initiative of FY" + year);
            return Planner.BAD_INPUT;
        }
        RuleSet rules = RulesOption.compile(RulesOption.folder(options), err);
        if (rules == null) {
            return Planner.BAD_INPUT;
        }
        ProposalContent content = ProposalContent.prepare(rules, plan, year, mission, reference, justifications,
                Exports.now());
        if (status != null) {
            content = content.withProposal(status, comment);
        }
        if (fromStore && mission != null) { // what changed since the last proposal (a plan file has none)
            content = last == null ? content.withoutProposal()
                    : content.withLastProposal(last.proposedAt().toLocalDate(), last.initiatives());
        }
        try {
            byte[] bytes = format.write(content, locale);
            Path tmp = Files.createTempFile(target.getParent(), ".planner-", ".tmp");
            Files.write(tmp, bytes);
            try { // a temporary file is private to its owner; the document is not
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions apply
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf("%s: FY%d%s, %d initiatives, %d findings, %s (%,d bytes)%n", target, year,
                    mission == null ? "" : " " + mission, content.initiatives().size(), content.findings().size(),
                    format.code(), bytes.length);
            return Planner.OK;
        } catch (IOException e) {
            err.println("planner: cannot write " + target + ": " + e);
            return Planner.BAD_INPUT;
        }
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
