package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.ReferenceImporter;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;

/**
 * The fiscal year that {@code what-if} and {@code suggest} work on: {@code --fy YEAR} of {@code --plan FILE} or
 * {@code --db URL}, with the reference the planning service resolves for it ({@code --reference FILE} first).
 * Problems are said on one line each on {@code err}; the caller then exits 2.
 */
final class YearInput implements AutoCloseable {
    final int fiscalYear;
    final Path planFile;
    final String source;
    PlanStore store;
    List<Initiative> plan;
    ReferenceResolution reference;
    PlanningService planning;

    private final DatabaseLogin login;
    private final String referenceFile;
    private final Options options;

    YearInput(Options options) throws Options.UsageException {
        if ((options.get("plan") == null) == (options.get("db") == null)) {
            throw new Options.UsageException("give either --plan FILE or --db URL, with --fy YEAR");
        }
        this.options = options;
        this.fiscalYear = ExportCommand.Exports.fiscalYear(options.required("fy"));
        this.planFile = options.get("plan") == null ? null : Path.of(options.get("plan"));
        this.login = options.get("db") == null ? null : DatabaseOption.login(options);
        this.referenceFile = options.get("reference");
        this.source = planFile != null ? planFile.toString() : login.maskedUrl();
    }

    /** @return the files this run reads (an output must be none of them) */
    List<Path> inputs() {
        List<Path> out = new ArrayList<>();
        if (planFile != null) {
            out.add(planFile);
        }
        if (referenceFile != null) {
            out.add(Path.of(referenceFile));
        }
        out.addAll(OutputFile.databaseFiles(options.get("db")));
        return out;
    }

    /**
     * Reads the plan and resolves the reference.
     *
     * @param alsoIds ids of other years to read too (initiatives a scenario moves into the year), for a database
     * @return false if something could not be read (said on {@code err})
     */
    boolean load(PrintStream err, Collection<String> alsoIds) throws Options.UsageException {
        FiscalYearReference file = null;
        if (referenceFile != null) {
            ReferenceImporter importer = Importers.referenceImporter();
            if (importer == null) {
                err.println("planner: no reader of reference files is installed");
                return false;
            }
            try {
                file = importer.read(Path.of(referenceFile));
            } catch (ImportException e) {
                ImportProblem p = e.getProblems().get(0);
                err.println("planner: the reference file was rejected: " + p);
                return false;
            }
        }
        if (planFile != null) {
            ImportedPlan read = PlanFiles.read(planFile, PlanFiles.options(options), err);
            if (read == null) {
                return false;
            }
            plan = read.initiatives();
            planning = PlanningService.withoutStore();
        } else {
            store = PlanStore.open(login);
            planning = PlanningService.on(store);
            plan = new ArrayList<>(planning.withHistory(fiscalYear)); // as a plan file gives its other years
            java.util.Set<String> have = new java.util.HashSet<>();
            plan.forEach(i -> have.add(i.getId()));
            plan.addAll(store.initiatives(alsoIds.stream().filter(id -> !have.contains(id)).toList()));
        }
        if (plan.stream().noneMatch(i -> i.getFiscalYear() == fiscalYear)) {
            err.println("planner: " + source + " has no initiative of FY" + fiscalYear);
            return false;
        }
        try {
            reference = planning.reference(fiscalYear, file);
        } catch (NoReferenceException e) {
            err.println("planner: " + e.getMessage());
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
