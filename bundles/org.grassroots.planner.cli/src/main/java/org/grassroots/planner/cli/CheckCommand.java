package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.ReferenceImporter;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;

/**
 * {@code planner check --plan FILE [--reference FILE] [--rules DIR] [--format text|json|sarif] [--out FILE]
 * [--encoding NAME]}:
 * evaluates a plan against the rules. Exit 0 without error findings, 1 with, 2 when the plan, the
 * reference or the rules cannot be read (then nothing is written).
 */
final class CheckCommand {
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("plan", "reference", "rules", "format", "out", "encoding"));
        Path planFile = Path.of(options.required("plan"));
        String format = options.get("format", "text");
        if (!Set.of("text", "json", "sarif").contains(format)) {
            throw new Options.UsageException("unknown format: " + format + " (text, json or sarif)");
        }
        Path rulesDir = RulesOption.folder(options);
        FutureTask<RuleSet> compiling = new FutureTask<>(() -> RuleEngine.compile(rulesDir));
        Thread compiler = new Thread(compiling, "planner rules compiler"); // on the other core while the plan is read
        compiler.setDaemon(true);
        compiler.start();
        ImportedPlan plan = PlanFiles.read(planFile, PlanFiles.options(options), err);
        if (plan == null) {
            return Planner.BAD_INPUT;
        }
        FiscalYearReference reference = reference(options.get("reference"), plan.newestFiscalYear());
        if (reference == null) {
            return Planner.BAD_INPUT;
        }
        RuleSet rules;
        try {
            rules = compiling.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleSetException r) {
                RulesOption.broken(rulesDir, r, err);
            } else {
                err.println("planner: the rules in " + rulesDir + " do not compile:");
                err.println(e.getCause());
            }
            return Planner.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Planner.BAD_INPUT;
        }
        List<Finding> findings = RuleEngine.check(rules, plan.initiatives(), reference,
                ReferenceData.shipped().themes());
        FindingsReport report = new FindingsReport(plan, reference, findings, rules.messages(), Locale.getDefault());
        String text = switch (format) {
            case "json" -> report.json();
            case "sarif" -> report.sarif(rules.ruleIds());
            default -> report.text();
        };
        if (!write(text, options.get("out"))) {
            return Planner.BAD_INPUT;
        }
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR) ? Planner.ERROR_FINDINGS : Planner.OK;
    }

    private FiscalYearReference reference(String file, int newestYear) {
        ReferenceData shipped = ReferenceData.shipped();
        if (file == null) {
            FiscalYearReference ref = shipped.referenceFor(newestYear);
            if (ref == null) {
                err.println("planner: no shipped reference data for FY" + newestYear + "; give one with --reference");
            }
            return ref;
        }
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
    private boolean write(String text, String outFile) {
        if (outFile == null) {
            out.print(text);
            out.flush();
            return true;
        }
        Path target = Path.of(outFile).toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".planner-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            err.println("planner: cannot write " + outFile + ": " + e);
            return false;
        }
    }
}
