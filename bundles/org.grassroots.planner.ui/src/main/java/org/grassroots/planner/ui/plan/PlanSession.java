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
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleEvents;
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
            String problem) {
        // plannedByYear: non-cancelled budgets per fiscal year of the store

        Snapshot withProblem(String text) {
            return new Snapshot(fiscalYear, initiatives, reference, findings, years, plannedByYear, text);
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
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), null, List.of(), new java.util.TreeSet<>(), Map.of(), null);
    private final java.util.function.Supplier<String> databaseUrl;
    private final java.util.function.Supplier<Path> rulesFolder;
    private PlanStore store;
    /** The rules engine's session over the shown year, re-evaluated incrementally on each edit. */
    private RuleSession live;
    private volatile Map<Integer, Integer> countsByYear = Map.of();

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

    /** Opens the store (importing the shipped sample plan into an empty one) and checks the newest year. */
    public void open() {
        listenForSavedRules();
        schedule(Messages.jobOpen, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, 3);
            store = PlanStore.open(databaseUrl.get());
            if (store.fiscalYears().isEmpty()) {
                store.save(readSample().initiatives());
            }
            sub.worked(1);
            engine.load(rulesFolder.get());
            sub.worked(1);
            return refresh(store.fiscalYears().isEmpty() ? 0 : store.fiscalYears().last());
        });
    }

    /** Imports a plan file into the store, all or nothing, then shows its newest fiscal year. */
    public Job importPlan(Path file) {
        return schedule(Messages.bind(Messages.jobImport, file.getFileName()), monitor -> {
            PlanImporter importer = Importers.forFile(file);
            if (importer == null) {
                throw new IOException(Messages.bind(Messages.noImporter, file));
            }
            ImportedPlan plan = importer.read(file);
            store.save(plan.initiatives());
            return refresh(plan.newestFiscalYear());
        });
    }

    /** Writes the shown fiscal year's initiatives to a CSV or Excel file, through the exporter service for its format. */
    public Job exportPlan(Path file) {
        return schedule(Messages.bind(Messages.jobExport, file.getFileName()), monitor -> {
            org.grassroots.planner.importer.PlanExporter exporter = org.grassroots.planner.importer.Exporters.forFile(file);
            if (exporter == null) {
                throw new IOException(Messages.bind(Messages.noExporter, file));
            }
            exporter.write(snapshot.initiatives(), file);
            return snapshot;
        });
    }

    /** Saves an edited (or new) initiative and checks its year again. */
    public Job save(Initiative edited) {
        return schedule(Messages.bind(Messages.jobSave, edited.getId()), monitor -> {
            store.save(List.of(edited));
            return edited(edited.getFiscalYear(), rules -> rules.update(edited));
        });
    }

    /** Saves several initiatives in one transaction (an undone deletion) and checks the shown year again. */
    public Job saveAll(List<Initiative> initiatives) {
        return schedule(Messages.bind(Messages.jobSave, initiatives.size()), monitor -> {
            store.save(initiatives);
            return refresh(snapshot.fiscalYear());
        });
    }

    /** Deletes initiatives from the store and checks the shown year again. */
    public Job delete(List<String> ids) {
        return schedule(Messages.bind(Messages.jobDelete, ids.size()), monitor -> {
            store.delete(ids);
            return edited(snapshot.fiscalYear(), rules -> ids.forEach(rules::remove));
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
            store = PlanStore.open(databaseUrl.get());
            engine.load(rulesFolder.get());
            return refresh(store.fiscalYears().isEmpty() ? 0 : store.fiscalYears().last());
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
        List<Initiative> initiatives = store.initiatives(fiscalYear);
        FiscalYearReference reference = ReferenceData.shipped().referenceFor(fiscalYear);
        closeLive();
        if (reference != null && engine.current() != null) {
            live = RuleEngine.open(engine.current(), initiatives, reference, ReferenceData.shipped().themes());
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
                .sorted(java.util.Comparator.comparing(Initiative::getId)).toList(), live.reference());
    }

    private void closeLive() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    private Snapshot snapshotOf(int fiscalYear, List<Initiative> initiatives, FiscalYearReference reference) {
        List<Finding> findings = live == null ? List.of() : live.findings();
        Map<Integer, Long> planned = new java.util.TreeMap<>();
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int year : store.fiscalYears()) {
            List<org.grassroots.planner.store.Total> totals = store.totalsByMission(year);
            planned.put(year, totals.stream().mapToLong(org.grassroots.planner.store.Total::budgetJpy).sum());
            counts.put(year, totals.stream().mapToInt(org.grassroots.planner.store.Total::initiatives).sum());
        }
        countsByYear = counts;
        return new Snapshot(fiscalYear, initiatives, reference, findings, store.fiscalYears(), planned, reference == null
                ? Messages.bind(Messages.noReference, fiscalYear) : null);
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
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    publish(work.run(monitor));
                    return Status.OK_STATUS;
                } catch (ImportException e) {
                    publish(snapshot.withProblem(e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (RuleSetException e) {
                    publish(snapshot.withProblem(Messages.rulesBroken + "\n" + e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (Exception e) {
                    publish(snapshot.withProblem(e.toString()));
                    return Status.error(e.toString(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setRule(ONE_AT_A_TIME);
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
