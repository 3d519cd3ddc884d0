package org.grassroots.planner.ui.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanImporter;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleEvents;
import org.grassroots.planner.rules.RuleFailureException;
import org.grassroots.planner.rules.RuleSession;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.store.PlanStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The plan a planner works on: the initiatives of one fiscal year from the store, and the findings
 * of the rules on them. Loading, importing and checking run as Jobs; listeners hear of each new
 * {@link Snapshot} (on the job's thread: views hop to the UI thread themselves).
 */
public final class PlanSession {
    /** The family of this session's jobs, to wait for or cancel them. */
    public static final Object JOB_FAMILY = PlanSession.class;
    static final String SAMPLE_PLAN = "sample-fy2023-plan.csv";

    /**
     * What the views show: a fiscal year's initiatives, the reference they are checked against (null
     * if none is known), their findings, the fiscal years in the store, and what went wrong if anything.
     */
    public record Snapshot(int fiscalYear, List<Initiative> initiatives, FiscalYearReference reference,
            List<Finding> findings, java.util.SortedSet<Integer> years, Map<Integer, Long> plannedByYear,
            String problem, boolean dirty, ReferenceResolution resolution) {
        // plannedByYear: non-cancelled budgets per fiscal year (the shown one as edited);
        // dirty: edits not yet saved to the store; resolution: where the reference came from (null if none)

        Snapshot withProblem(String text) {
            return new Snapshot(fiscalYear, initiatives, reference, findings, years, plannedByYear, text, dirty, resolution);
        }

        /** @return the findings about this initiative, worst first */
        public List<Finding> findingsOf(String initiativeId) {
            return findings.stream().filter(f -> initiativeId.equals(f.getInitiative())).toList();
        }
    }

    /** One at a time, in order: a save and the check after it must not overtake each other. */
    private static final org.eclipse.core.runtime.jobs.ISchedulingRule ONE_AT_A_TIME = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final RuleEngine engine = new RuleEngine();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), null, List.of(), new java.util.TreeSet<>(), Map.of(), null, false,
            null);
    private final java.util.function.Supplier<String> databaseUrl;
    private final java.util.function.Supplier<Path> rulesFolder;
    private PlanStore store;
    /** The application's decisions on {@link #store}: references, checks, the proposal workflow, documents. */
    private volatile PlanningService planning;
    /** The rules engine's session over the shown year, re-evaluated incrementally on each edit. */
    private RuleSession live;
    private volatile Map<Integer, Integer> countsByYear = Map.of();
    /** Edits not yet saved: initiatives by id, and deleted ids (touched only by this session's jobs, one at a time). */
    private final Map<String, Initiative> changed = new java.util.LinkedHashMap<>();
    /** The plan files imported in this session: an export never replaces one of them. */
    private final java.util.Set<Path> imported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> removed = new java.util.LinkedHashSet<>();

    /** @return the number of non-cancelled initiatives per fiscal year of the store */
    public Map<Integer, Integer> countsByYear() {
        return countsByYear;
    }

    /**
     * @param databaseUrl where the plan is kept (read at each {@link #open}/{@link #reconnect})
     * @param rulesFolder where the rules are (read at each load of the rules)
     */
    public PlanSession(java.util.function.Supplier<String> databaseUrl, java.util.function.Supplier<Path> rulesFolder) {
        this.databaseUrl = databaseUrl;
        this.rulesFolder = rulesFolder;
    }
    private ServiceRegistration<EventHandler> rulesSaved;

    public Snapshot snapshot() {
        return snapshot;
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    public RuleEngine engine() {
        return engine;
    }

    /**
     * Opens the store (importing the shipped sample plan into an empty one) and shows its newest year,
     * not yet checked: the workbench shows the plan while it starts, then {@link #recheck()}.
     */
    public void openPlan() {
        listenForSavedRules();
        schedule(Messages.jobOpen, monitor -> {
            store = openStore();
            planning = PlanningService.on(store);
            if (store.fiscalYears().isEmpty()) {
                store.save(readSample().initiatives());
            }
            int year = newestYear();
            return snapshotOf(year, store.initiatives(year), planning.referenceOrNull(year))
                    .withProblem(Messages.jobCheck + "\u2026");
        });
    }

    /** Imports a plan file into the store, all or nothing, then shows its newest fiscal year. */
    public Job importPlan(Path file) {
        return schedule(Messages.bind(Messages.jobImport, file.getFileName()), monitor -> {
            PlanImporter importer = Importers.forFile(file);
            if (importer == null) {
                throw new IOException(Messages.bind(Messages.noImporter, file));
            }
            imported.add(file.toAbsolutePath().normalize());
            return store(importer.read(file), monitor);
        });
    }

    /**
     * Stores a plan already read (and found clean) in one transaction, then shows its newest fiscal
     * year. Cancelling the job stores nothing.
     */
    public Job importPlan(ImportedPlan plan) {
        imported.add(Path.of(plan.file()).toAbsolutePath().normalize());
        // a user job: the workbench shows its progress with a Cancel button
        return schedule(Messages.bind(Messages.jobImport, Path.of(plan.file()).getFileName()), monitor -> store(plan, monitor),
                true);
    }

    private Snapshot store(ImportedPlan plan, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, plan.initiatives().size() + PlanStore.PROGRESS_STEP);
        store.save(plan.initiatives(), done -> {
            sub.worked(PlanStore.PROGRESS_STEP);
            if (sub.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
        });
        if (sub.isCanceled()) {
            // the last chance: past here the transaction has been committed
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
        return refresh(plan.newestFiscalYear());
    }

    /** Writes the shown fiscal year's initiatives to a CSV or Excel file, through the exporter service for its format. */
    public Job exportPlan(Path file) {
        return schedule(Messages.bind(Messages.jobExport, file.getFileName()), monitor -> {
            for (Path input : imported) {
                if (input.equals(file.toAbsolutePath().normalize())
                        || (Files.exists(file) && Files.exists(input) && Files.isSameFile(input, file))) {
                    throw new IllegalStateException(Messages.bind(Messages.exportOverImport, file));
                }
            }
            org.grassroots.planner.importer.PlanExporter exporter = org.grassroots.planner.importer.Exporters.forFile(file);
            if (exporter == null) {
                throw new IOException(Messages.bind(Messages.noExporter, file));
            }
            exporter.write(snapshot.initiatives(), file);
            return snapshot;
        });
    }

    /** Takes an edited (or new) initiative into the plan, unsaved, and re-evaluates it. */
    public Job edit(Initiative edited) {
        return schedule(Messages.bind(Messages.jobEdit, edited.getId()), monitor -> {
            changed.put(edited.getId(), edited);
            removed.remove(edited.getId());
            return edited(edited.getFiscalYear(), rules -> rules.update(edited));
        });
    }

    /** Takes several initiatives into the plan, unsaved (an undone deletion), and checks the shown year again. */
    public Job editAll(List<Initiative> initiatives) {
        return schedule(Messages.bind(Messages.jobEdit, initiatives.size()), monitor -> {
            for (Initiative i : initiatives) {
                changed.put(i.getId(), i);
                removed.remove(i.getId());
            }
            return refresh(snapshot.fiscalYear());
        });
    }

    /** Takes initiatives out of the plan, unsaved, and re-evaluates what that touches. */
    public Job delete(List<String> ids) {
        return schedule(Messages.bind(Messages.jobDelete, ids.size()), monitor -> {
            for (String id : ids) {
                changed.remove(id);
                removed.add(id);
            }
            return edited(snapshot.fiscalYear(), rules -> ids.forEach(rules::remove));
        });
    }

    /** Writes the unsaved edits to the store in one transaction. */
    public Job save() {
        return schedule(Messages.jobSave, monitor -> {
            store.apply(List.copyOf(changed.values()), List.copyOf(removed));
            changed.clear();
            removed.clear();
            return snapshotOf(snapshot.fiscalYear(), snapshot.initiatives(), snapshot.resolution());
        });
    }

    /** Drops the unsaved edits and shows the year as the store has it. */
    public Job discard() {
        return schedule(Messages.jobDiscard, monitor -> {
            changed.clear();
            removed.clear();
            return refresh(snapshot.fiscalYear());
        });
    }

    /** @return true while there are edits not yet saved to the store */
    public boolean isDirty() {
        return snapshot.dirty();
    }

    /** Saves the reference planners edited for its fiscal year, and checks that year again. */
    public Job saveReference(FiscalYearReference reference) {
        return schedule(Messages.bind(Messages.jobSaveReference, reference.getFiscalYear()), monitor -> {
            store.saveReference(reference);
            return refresh(snapshot.fiscalYear());
        });
    }

    /**
     * Copies the shown year's plan (as edited) into the next fiscal year as its first draft, with the
     * shown year's reference if the next year has none, and shows the draft. Refused if the next year
     * already has initiatives.
     */
    public Job copyToNextYear() {
        int from = snapshot.fiscalYear();
        return schedule(Messages.bind(Messages.jobCopy, from, from + 1), monitor -> {
            int to = from + 1;
            if (store.fiscalYears().contains(to)) {
                throw new IllegalStateException(Messages.bind(Messages.nextYearExists, to));
            }
            FiscalYearReference reference = snapshot.reference();
            if (reference != null && store.reference(to).isEmpty()
                    && !ReferenceData.shipped().shippedYears().contains(to)) {
                store.saveReference(reference.forYear(to));
            }
            store.save(org.grassroots.planner.model.NextYearDraft.of(snapshot.initiatives(), to));
            return refresh(to);
        });
    }

    /** Checks the shown fiscal year again, with the rules as they are now on disk. */
    public Job recheck() {
        return schedule(Messages.jobCheck, monitor -> {
            engine.load(rulesFolder.get());
            return refresh(snapshot.fiscalYear());
        });
    }

    /** Opens the database and rules the preferences name now, and shows the newest year there. */
    public Job reconnect() {
        return schedule(Messages.jobOpen, monitor -> {
            if (store != null) {
                store.close();
            }
            store = openStore();
            planning = PlanningService.on(store);
            engine.load(rulesFolder.get());
            return refresh(newestYear());
        });
    }

    /** Shows another fiscal year of the store. */
    public Job showYear(int fiscalYear) {
        return schedule(Messages.bind(Messages.jobOpenYear, fiscalYear), monitor -> refresh(fiscalYear));
    }

    /**
     * Compiles the rules again and checks the plan with them; if they do not compile, the last good rule set stays
     * in force and the snapshot says so.
     */
    public Job reloadRules() {
        return schedule(Messages.jobRules, monitor -> {
            try {
                engine.load(rulesFolder.get());
            } catch (RuleSetException e) {
                // expected while a rule author works: said in the views, not in an error dialog
                return snapshot.withProblem(Messages.rulesBroken + "\n" + e.getMessage());
            }
            return store == null ? snapshot : refresh(snapshot.fiscalYear());
        });
    }

    /** The rule editor posts {@link RuleEvents#SAVED} when a rule file is saved: reload if it is one of ours. */
    private void listenForSavedRules() {
        Bundle bundle = FrameworkUtil.getBundle(PlanSession.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return;
        }
        rulesSaved = bundle.getBundleContext().registerService(EventHandler.class, event -> {
            Object folder = event.getProperty(RuleEvents.FOLDER);
            Path ours = rulesFolder.get().toAbsolutePath().normalize();
            if (folder != null && Path.of(folder.toString()).toAbsolutePath().normalize().equals(ours)) {
                reloadRules();
            }
        }, FrameworkUtil.asDictionary(Map.of(EventConstants.EVENT_TOPIC, RuleEvents.SAVED)));
    }

    public void close() {
        if (rulesSaved != null) {
            rulesSaved.unregister();
            rulesSaved = null;
        }
        Job.getJobManager().cancel(JOB_FAMILY);
        closeLive();
        if (store != null) {
            store.close();
        }
    }

    private Snapshot refresh(int fiscalYear) {
        List<Initiative> initiatives = withUnsavedEdits(store.initiatives(fiscalYear), fiscalYear);
        ReferenceResolution reference = planning.referenceOrNull(fiscalYear);
        closeLive();
        if (reference != null && engine.current() != null) {
            live = RuleEngine.open(engine.current(), initiatives, reference.reference(), ReferenceData.shipped().themes(),
                    ReferenceData.shipped().outreachStates());
        }
        return snapshotOf(fiscalYear, initiatives, reference);
    }

    /**
     * Re-evaluates only what an edit touches, in the live rule session of the shown year; falls back to
     * a full check when the edit is about another year or the rules changed since the session opened.
     */
    private Snapshot edited(int fiscalYear, java.util.function.Consumer<RuleSession> edit) {
        if (live == null || fiscalYear != snapshot.fiscalYear() || live.ruleSet() != engine.current()) {
            return refresh(fiscalYear);
        }
        edit.accept(live);
        return snapshotOf(fiscalYear, live.initiatives().stream()
                .sorted(java.util.Comparator.comparing(Initiative::getId)).toList(), snapshot.resolution());
    }

    /** @return the newest fiscal year of the store, or 0 for an empty one */
    private int newestYear() {
        java.util.SortedSet<Integer> years = store.fiscalYears();
        return years.isEmpty() ? 0 : years.last();
    }

    /**
     * Opens the database the preferences name. A team's server that refuses the login (it needs a user
     * and password) is asked for them in a dialog, up to three times; the password is never kept.
     */
    private PlanStore openStore() {
        String url = databaseUrl.get();
        try {
            return PlanStore.open(url);
        } catch (org.grassroots.planner.store.StoreException e) {
            if (!PlanStore.isLoginRefused(e)) {
                throw e;
            }
            String problem = e.getMessage();
            for (int attempt = 0; attempt < 3; attempt++) {
                String shown = problem;
                java.util.concurrent.atomic.AtomicReference<java.util.Optional<org.grassroots.planner.store.DatabaseLogin>> asked =
                        new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
                org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getDefault();
                display.syncExec(() -> asked.set(org.grassroots.planner.ui.app.DatabaseLoginDialog
                        .ask(display.getActiveShell(), url, null, shown)));
                if (asked.get().isEmpty()) {
                    throw e; // cancelled: the views say the database could not be opened
                }
                try {
                    return PlanStore.open(asked.get().get());
                } catch (org.grassroots.planner.store.StoreException again) {
                    if (!PlanStore.isLoginRefused(again)) {
                        throw again;
                    }
                    problem = again.getMessage();
                }
            }
            throw e;
        }
    }

    /** @return the planning service on the open store (null before the store is open) */
    public PlanningService planning() {
        return planning;
    }

    /** @return the stored initiatives of a year with the unsaved edits applied, by id */
    private List<Initiative> withUnsavedEdits(List<Initiative> stored, int fiscalYear) {
        if (changed.isEmpty() && removed.isEmpty()) {
            return stored;
        }
        Map<String, Initiative> byId = new java.util.TreeMap<>();
        stored.forEach(i -> byId.put(i.getId(), i));
        removed.forEach(byId::remove);
        changed.forEach((id, i) -> {
            if (i.getFiscalYear() == fiscalYear) {
                byId.put(id, i);
            } else {
                byId.remove(id);
            }
        });
        return List.copyOf(byId.values());
    }

    private void closeLive() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    private Snapshot snapshotOf(int fiscalYear, List<Initiative> initiatives, ReferenceResolution resolution) {
        FiscalYearReference reference = resolution == null ? null : resolution.reference();
        List<Finding> findings = live == null ? List.of() : live.findings();
        Map<Integer, Long> planned = new java.util.TreeMap<>();
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(store.fiscalYears());
        for (int year : years) {
            List<org.grassroots.planner.store.Total> totals = store.totalsByMission(year);
            planned.put(year, totals.stream().mapToLong(org.grassroots.planner.store.Total::budgetJpy)
                    .reduce(0, org.grassroots.planner.model.Budgets::add));
            counts.put(year, totals.stream().mapToInt(org.grassroots.planner.store.Total::initiatives).sum());
        }
        boolean dirty = !changed.isEmpty() || !removed.isEmpty();
        if (dirty && fiscalYear != 0) {
            // the shown year as edited, not as stored
            years.add(fiscalYear);
            planned.put(fiscalYear, BudgetPart.planned(initiatives));
            counts.put(fiscalYear, (int) initiatives.stream().filter(i -> !i.isCancelled()).count());
        }
        countsByYear = counts;
        return new Snapshot(fiscalYear, initiatives, reference, findings, years, planned, reference == null
                ? Messages.bind(Messages.noReference, fiscalYear) : null, dirty, resolution);
    }

    private static ImportedPlan readSample() throws IOException, ImportException {
        Path copy = Files.createTempDirectory("planner-sample").resolve(SAMPLE_PLAN);
        try (InputStream in = ReferenceData.openSample(SAMPLE_PLAN)) {
            Files.copy(in, copy);
        }
        return Importers.forFile(copy).read(copy);
    }

    private interface Work {
        Snapshot run(IProgressMonitor monitor) throws Exception;
    }

    private Job schedule(String name, Work work) {
        return schedule(name, work, false);
    }

    private Job schedule(String name, Work work, boolean user) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    publish(work.run(monitor));
                    return Status.OK_STATUS;
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (ImportException e) {
                    publish(snapshot.withProblem(e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (RuleSetException e) {
                    publish(snapshot.withProblem(Messages.rulesBroken + "\n" + e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (RuleFailureException e) {
                    // the rules could not finish: the last good findings stay, said in the views, not in a dialog;
                    // the failed session takes no more edits, so the next one checks the plan afresh
                    closeLive();
                    publish(snapshot.withProblem(Messages.rulesFailed + "\n" + e.getMessage()));
                    return Status.warning(e.getMessage(), e);
                } catch (Exception e) {
                    if (monitor.isCanceled()) {
                        // a cancelled write: the store rolled it back
                        return Status.CANCEL_STATUS;
                    }
                    String text = e instanceof IllegalStateException ? e.getMessage() : e.toString();
                    publish(snapshot.withProblem(text));
                    return Status.error(text, e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setRule(ONE_AT_A_TIME);
        job.setUser(user);
        job.schedule();
        return job;
    }

    private void publish(Snapshot next) {
        snapshot = next;
        listeners.forEach(l -> l.accept(next));
    }

    /** @return the worst finding of each initiative, by initiative id */
    public static Map<String, Finding> worstFindings(List<Finding> findings) {
        Map<String, Finding> worst = new HashMap<>();
        for (Finding f : findings) {
            if (f.getInitiative() != null) {
                worst.merge(f.getInitiative(), f, (a, b) -> RuleEngine.ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        return worst;
    }

}
