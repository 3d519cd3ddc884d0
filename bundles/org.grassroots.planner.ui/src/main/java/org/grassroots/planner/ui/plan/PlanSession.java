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
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.rules.ShippedRules;
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

    /** What the views show: a fiscal year's initiatives, their findings, and what went wrong if anything. */
    public record Snapshot(int fiscalYear, List<Initiative> initiatives, List<Finding> findings, String problem) {

        /** @return the findings about this initiative, worst first */
        public List<Finding> findingsOf(String initiativeId) {
            return findings.stream().filter(f -> initiativeId.equals(f.getInitiative())).toList();
        }
    }

    private final RuleEngine engine = new RuleEngine();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), List.of(), null);
    private PlanStore store;
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
            store = PlanStore.open(PlanStore.defaultUrl());
            if (store.fiscalYears().isEmpty()) {
                store.save(readSample().initiatives());
            }
            sub.worked(1);
            engine.load(ShippedRules.folder());
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

    /**
     * Compiles the rules again and checks the plan with them; if they do not compile, the last good rule set stays
     * in force and the snapshot says so.
     */
    public Job reloadRules() {
        return schedule(Messages.jobRules, monitor -> {
            try {
                engine.load(ShippedRules.folder());
            } catch (RuleSetException e) {
                // expected while a rule author works: said in the views, not in an error dialog
                return new Snapshot(snapshot.fiscalYear(), snapshot.initiatives(), snapshot.findings(),
                        Messages.rulesBroken + "\n" + e.getMessage());
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
        Path ours = ShippedRules.folder().toAbsolutePath().normalize();
        rulesSaved = bundle.getBundleContext().registerService(EventHandler.class, event -> {
            Object folder = event.getProperty(RuleEvents.FOLDER);
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
        if (store != null) {
            store.close();
        }
    }

    private Snapshot refresh(int fiscalYear) {
        List<Initiative> initiatives = store.initiatives(fiscalYear);
        FiscalYearReference reference = ReferenceData.shipped().referenceFor(fiscalYear);
        List<Finding> findings = reference == null || engine.current() == null ? List.of()
                : RuleEngine.check(engine.current(), initiatives, reference, ReferenceData.shipped().themes());
        return new Snapshot(fiscalYear, initiatives, findings, reference == null
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
                    publish(new Snapshot(snapshot.fiscalYear(), snapshot.initiatives(), snapshot.findings(), e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (RuleSetException e) {
                    publish(new Snapshot(snapshot.fiscalYear(), snapshot.initiatives(), snapshot.findings(),
                            Messages.rulesBroken + "\n" + e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (Exception e) {
                    publish(new Snapshot(snapshot.fiscalYear(), snapshot.initiatives(), snapshot.findings(), e.toString()));
                    return Status.error(e.toString(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
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
