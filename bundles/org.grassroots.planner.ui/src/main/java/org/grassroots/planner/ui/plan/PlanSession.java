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
import org.grassroots.planner.rules.RuleSet;
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
    /**
     * Moves on whenever the plan shown stops being the one the planner edited step by step: an import, a
     * copy to the next year, another year, discarded edits, another database. Undo never reaches back across it.
     */
    private final java.util.concurrent.atomic.AtomicLong epoch = new java.util.concurrent.atomic.AtomicLong();
    /** What the last import stored, said in the initiatives view until another year, copy or import. */
    private volatile String lastImport;
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), null, List.of(), new java.util.TreeSet<>(), Map.of(), null, false,
            null);
    private final java.util.function.Supplier<String> databaseUrl;
    private final java.util.function.Supplier<String> databaseUser;
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
    /**
     * The version of each initiative edited or deleted in this session as the store had it when the planner
     * began: the save expects it there, so that another planner's change meanwhile is a conflict, not
     * overwritten (a re-read for a live update moves the store's own idea of the version on). 0: a row
     * another planner deleted that this planner keeps.
     */
    private final Map<String, Long> baseVersions = new HashMap<>();
    /**
     * A reference a scenario applied in this session changes, by fiscal year, unsaved like the initiatives' edits: the
     * year is checked against it, and File › Save writes it with them (touched only by this session's jobs).
     */
    private final Map<Integer, FiscalYearReference> pendingReferences = new java.util.TreeMap<>();
    /** The scenarios applied (or whose application was undone) in this session, recorded when the edits are saved. */
    private final Map<String, org.grassroots.planner.store.ScenarioStore.Decision> scenarioDecisions = new java.util.concurrent.ConcurrentHashMap<>();
    /** What the login may do (on a team's server its roles; on the embedded database everything). */
    private volatile org.grassroots.planner.store.Access access = new org.grassroots.planner.store.Access("", true, true,
            java.util.Set.of());
    /** "FY mission" of the approved proposals of the shown year: their initiatives are locked. */
    private volatile java.util.Set<String> locked = java.util.Set.of();
    /** The other logins with the shown year open (a server only). */
    private volatile java.util.SortedSet<String> others = new java.util.TreeSet<>();
    /** Null while the database is reachable; else what the views say about it. */
    private volatile String connectionProblem;
    private volatile String lastProposalNotice;
    /** Why the database could not be opened, while it cannot (null once it is open). */
    private volatile String openProblem;
    private org.grassroots.planner.store.ChangeFeed feed;
    private final List<Consumer<List<org.grassroots.planner.store.Conflict>>> conflictListeners = new CopyOnWriteArrayList<>();
    /** Asks for the password of a server's user once per session (tests give their own: under Xvfb nobody answers). */
    private static volatile java.util.function.BiFunction<String, String, char[]> passwords;
    private char[] password;
    private String passwordFor;

    /** @return what the last import stored (added, updated, unchanged), until the planner moves on; null if none */
    public String lastImport() {
        return lastImport;
    }

    /** @return the present epoch of the plan: edits made in an earlier one are not undone (see {@link #epoch}) */
    public long epoch() {
        return epoch.get();
    }

    /** @return the number of non-cancelled initiatives per fiscal year of the store */
    public Map<Integer, Integer> countsByYear() {
        return countsByYear;
    }

    /**
     * @param databaseUrl where the plan is kept (read at each {@link #open}/{@link #reconnect})
     * @param rulesFolder where the rules are (read at each load of the rules)
     */
    public PlanSession(java.util.function.Supplier<String> databaseUrl, java.util.function.Supplier<Path> rulesFolder) {
        this(databaseUrl, () -> "", rulesFolder);
    }

    /**
     * @param databaseUser the user of a team's server (empty: none; the embedded database); the password is
     *            asked once per session
     */
    public PlanSession(java.util.function.Supplier<String> databaseUrl, java.util.function.Supplier<String> databaseUser,
            java.util.function.Supplier<Path> rulesFolder) {
        this.databaseUrl = databaseUrl;
        this.databaseUser = databaseUser;
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
            startTeam();
            if (store.fiscalYears().isEmpty() && access.plans("emb-washington")) {
                store.save(readSample().initiatives());
            }
            int year = newestYear();
            Snapshot opened = snapshotOf(year, store.initiatives(year), planning.referenceOrNull(year))
                    .withProblem(Messages.jobCheck + "\u2026");
            loadRulesAhead();
            return opened;
        });
    }

    /**
     * The rules from the workspace's rule cache, loaded (the rule base built) on another thread while the workbench
     * builds its window and paints the plan: the first {@link #recheck()} takes them if no rule file changed since, so
     * the findings follow the first paint sooner. A folder not in the cache is not compiled here (the recheck does,
     * once the window is up). Null once taken.
     */
    private volatile java.util.concurrent.CompletableFuture<RuleSet> rulesAhead;

    private void loadRulesAhead() {
        Path folder = rulesFolder.get();
        // a failure gives null: the recheck compiles, and reports what is wrong
        rulesAhead = java.util.concurrent.CompletableFuture.supplyAsync(() -> RuleEngine.cached(folder)).exceptionally(e -> null);
    }

    /** @return the rules {@link #loadRulesAhead} loaded (waiting for them), or null; never twice */
    private RuleSet takeRulesAhead() {
        java.util.concurrent.CompletableFuture<RuleSet> ahead = rulesAhead;
        rulesAhead = null;
        return ahead == null ? null : ahead.join(); // never exceptional: a failure is null
    }

    /** Imports a plan file into the store, all or nothing, then shows its newest fiscal year. */
    public Job importPlan(Path file) {
        epoch.incrementAndGet();
        lastImport = null;
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
        epoch.incrementAndGet();
        lastImport = null;
        imported.add(Path.of(plan.file()).toAbsolutePath().normalize());
        // a user job: the workbench shows its progress with a Cancel button
        return schedule(Messages.bind(Messages.jobImport, Path.of(plan.file()).getFileName()), monitor -> store(plan, monitor),
                true);
    }

    private Snapshot store(ImportedPlan plan, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, plan.initiatives().size() + PlanStore.PROGRESS_STEP);
        // the planning service decides, as for ./planner import (versions older than the database's refuse the file)
        org.grassroots.planner.store.SaveResult saved = planning.importPlan(plan, done -> {
            sub.worked(PlanStore.PROGRESS_STEP);
            if (sub.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
        });
        if (sub.isCanceled()) {
            // the last chance: past here the transaction has been committed
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
        // what the planner reads after Finish, as ./planner import prints it
        lastImport = Messages.bind(Messages.imported, new Object[] { Path.of(plan.file()).getFileName(), saved.added(),
                saved.updated(), saved.unchanged() });
        return refresh(plan.newestFiscalYear());
    }

    /** Writes the shown fiscal year's initiatives to a CSV or Excel file, through the exporter service for its format. */
    public Job exportPlan(Path file) {
        return schedule(Messages.bind(Messages.jobExport, file.getFileName()), monitor -> {
            refuseImported(file);
            org.grassroots.planner.importer.PlanExporter exporter = org.grassroots.planner.importer.Exporters.forFile(file);
            if (exporter == null) {
                throw new IOException(Messages.bind(Messages.noExporter, file));
            }
            // with the version of each initiative as this planner read it, so that a re-import finds what changed since
            Map<String, Long> versions = new HashMap<>();
            for (Initiative i : snapshot.initiatives()) {
                Long v = baseVersions.containsKey(i.getId()) ? baseVersions.get(i.getId()) : store.seenVersion(i.getId());
                if (v != null && v > 0) {
                    versions.put(i.getId(), v);
                }
            }
            exporter.write(snapshot.initiatives(), versions, file);
            return snapshot;
        });
    }

    /**
     * Writes the shown year's results report (what its done initiatives achieved) as the planning service makes it
     * for {@code export --document results}: PDF, XLSX or HTML by the file's extension; never over a plan file
     * imported in this session; written aside and renamed into place.
     */
    public Job exportResults(Path file, java.util.Locale locale) {
        return schedule(Messages.bind(Messages.jobResults, file.getFileName()), monitor -> {
            refuseImported(file);
            String name = file.getFileName().toString();
            org.grassroots.planner.export.ResultsExport format = org.grassroots.planner.export.ResultsExport
                    .fromCode(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT));
            if (format == null) {
                throw new IOException(Messages.bind(Messages.noExporter, file));
            }
            byte[] bytes = format.write(planning.resultsDocument(snapshot.fiscalYear(), java.time.Instant.now()), locale);
            org.grassroots.planner.importer.FileReplacement.replace(file, aside -> Files.write(aside, bytes));
            return snapshot.withProblem(Messages.bind(Messages.resultsWritten, file));
        });
    }

    private void refuseImported(Path file) throws IOException {
        for (Path input : imported) {
            if (input.equals(file.toAbsolutePath().normalize())
                    || (Files.exists(file) && Files.exists(input) && Files.isSameFile(input, file))) {
                throw new IllegalStateException(Messages.bind(Messages.exportOverImport, file));
            }
        }
    }

    /** Takes an edited (or new) initiative into the plan, unsaved, and re-evaluates it. */
    public Job edit(Initiative edited) {
        return schedule(Messages.bind(Messages.jobEdit, edited.getId()), monitor -> {
            requireEditable(List.of(edited));
            rememberBase(edited.getId());
            changed.put(edited.getId(), edited);
            removed.remove(edited.getId());
            return edited(edited.getFiscalYear(), rules -> rules.update(edited));
        });
    }

    /** Takes several initiatives into the plan, unsaved (an undone deletion), and checks the shown year again. */
    public Job editAll(List<Initiative> initiatives) {
        return schedule(Messages.bind(Messages.jobEdit, initiatives.size()), monitor -> {
            requireEditable(initiatives);
            for (Initiative i : initiatives) {
                rememberBase(i.getId());
                changed.put(i.getId(), i);
                removed.remove(i.getId());
            }
            return refresh(snapshot.fiscalYear());
        });
    }

    /**
     * Applies a scenario to the plan as unsaved edits, or takes its application back (an undo): these initiatives
     * put in the plan, those taken out, the year checked against this reference (null: the reference stays as it is),
     * and the scenario recorded applied (or open again) when the edits are saved, in the same transaction as they are.
     * Taking back an application not yet saved leaves nothing to record.
     *
     * @param applying true to apply the scenario, false to take its application back
     * @param summary the scenario's audit entry
     */
    public Job scenarioEdit(int fiscalYear, String scenario, boolean applying, List<Initiative> put, List<String> takeOut,
            FiscalYearReference reference, String summary) {
        return schedule(Messages.bind(Messages.jobEdit, put.size() + takeOut.size()), monitor -> {
            requireEditable(put);
            requireEditable(snapshot.initiatives().stream().filter(i -> takeOut.contains(i.getId())).toList());
            for (Initiative i : put) {
                rememberBase(i.getId());
                changed.put(i.getId(), i);
                removed.remove(i.getId());
            }
            for (String id : takeOut) {
                rememberBase(id);
                changed.remove(id);
                removed.add(id);
            }
            if (reference != null) {
                ReferenceResolution stored = planning.referenceOrNull(fiscalYear);
                if (stored != null && org.grassroots.planner.planning.ScenarioChanges.between(stored.reference(), reference).isEmpty()) {
                    pendingReferences.remove(fiscalYear); // back to the reference as it is
                } else {
                    pendingReferences.put(fiscalYear, reference);
                }
            }
            String key = fiscalYear + "\u0000" + scenario;
            org.grassroots.planner.store.ScenarioStore.Decision before = scenarioDecisions.remove(key);
            if (before == null || before.applied() == applying) {
                // nothing pending for it, or (never) the same step twice: record this one; else the two cancel out
                scenarioDecisions.put(key, new org.grassroots.planner.store.ScenarioStore.Decision(fiscalYear, scenario, applying,
                        summary));
            }
            return refresh(snapshot.fiscalYear());
        });
    }

    /** @return the names of the scenarios of the year applied in this session and not yet saved */
    public java.util.Set<String> scenariosApplied(int fiscalYear) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (org.grassroots.planner.store.ScenarioStore.Decision d : List.copyOf(scenarioDecisions.values())) {
            if (d.fiscalYear() == fiscalYear && d.applied()) {
                out.add(d.name());
            }
        }
        return out;
    }

    /** Takes initiatives out of the plan, unsaved, and re-evaluates what that touches. */
    public Job delete(List<String> ids) {
        return schedule(Messages.bind(Messages.jobDelete, ids.size()), monitor -> {
            requireEditable(snapshot.initiatives().stream().filter(i -> ids.contains(i.getId())).toList());
            for (String id : ids) {
                rememberBase(id);
                changed.remove(id);
                removed.add(id);
            }
            return edited(snapshot.fiscalYear(), rules -> ids.forEach(rules::remove));
        });
    }

    /** Writes the unsaved edits to the store in one transaction. */
    public Job save() {
        return schedule(Messages.jobSave, monitor -> {
            store.reconnectIfLost();
            try {
                if (pendingReferences.isEmpty() && scenarioDecisions.isEmpty()) {
                    store.apply(List.copyOf(changed.values()), List.copyOf(removed), Map.copyOf(baseVersions));
                } else {
                    // a scenario applied: its initiatives, reference and audit entry in one transaction
                    store.scenarios().saveEdits(List.copyOf(changed.values()), List.copyOf(removed), Map.copyOf(baseVersions),
                            List.copyOf(pendingReferences.values()), List.copyOf(scenarioDecisions.values()));
                }
            } catch (org.grassroots.planner.store.ConflictException e) {
                // nothing was stored and the edits stay: the planner chooses, field by field, in the conflict dialog
                conflictListeners.forEach(l -> l.accept(e.conflicts()));
                return snapshot.withProblem(Messages.bind(Messages.saveConflict, e.conflicts().size()));
            }
            changed.clear();
            removed.clear();
            baseVersions.clear();
            boolean referenceSaved = pendingReferences.containsKey(snapshot.fiscalYear());
            pendingReferences.clear();
            scenarioDecisions.clear();
            return referenceSaved ? refresh(snapshot.fiscalYear())
                    : snapshotOf(snapshot.fiscalYear(), snapshot.initiatives(), snapshot.resolution());
        });
    }

    /** Drops the unsaved edits and shows the year as the store has it. */
    public Job discard() {
        epoch.incrementAndGet();
        lastImport = null;
        return schedule(Messages.jobDiscard, monitor -> {
            changed.clear();
            removed.clear();
            baseVersions.clear();
            pendingReferences.clear();
            scenarioDecisions.clear();
            return refresh(snapshot.fiscalYear());
        });
    }

    /**
     * Takes the planner's choices after a conflict: each initiative as it is to be saved (mine, theirs, or
     * field by field), unsaved, expected at the version the other planner left; {@code takeTheirs} ids
     * drop this planner's edit; {@code deleteAnyway} ids stay deleted over the other planner's change. The
     * planner saves again (or edits further) when ready.
     */
    public Job resolveConflicts(List<org.grassroots.planner.store.Conflict> conflicts, Map<String, Initiative> chosen,
            java.util.Set<String> deleteAnyway) {
        return schedule(Messages.jobSave, monitor -> {
            for (org.grassroots.planner.store.Conflict c : conflicts) {
                Initiative mine = chosen.get(c.id());
                if (deleteAnyway.contains(c.id())) {
                    changed.remove(c.id());
                    removed.add(c.id());
                    baseVersions.put(c.id(), c.theirVersion());
                } else if (mine == null || mine.equals(c.theirs())) {
                    changed.remove(c.id());
                    removed.remove(c.id());
                    baseVersions.remove(c.id());
                } else {
                    changed.put(c.id(), mine);
                    removed.remove(c.id());
                    baseVersions.put(c.id(), c.theirs() == null ? 0L : c.theirVersion());
                }
            }
            return refresh(snapshot.fiscalYear());
        });
    }

    /** Hears of each save refused for conflicts (on the job's thread), with both sides of each. */
    public void addConflictListener(Consumer<List<org.grassroots.planner.store.Conflict>> listener) {
        conflictListeners.add(listener);
    }

    public void removeConflictListener(Consumer<List<org.grassroots.planner.store.Conflict>> listener) {
        conflictListeners.remove(listener);
    }

    /** @return what the login may do, as the planning service says */
    public org.grassroots.planner.store.Access access() {
        return access;
    }

    /**
     * @return whether this planner may change this initiative: its mission is one the login plans, and the
     *         mission's proposal of the year is not approved (locked until a reviewer reopens it)
     */
    public boolean mayEdit(Initiative i) {
        return access.plans(i.getMission()) && !locked.contains(i.getFiscalYear() + " " + i.getMission());
    }

    /** @return the role an edit of this initiative would need, as said to the planner, or null if it may be edited */
    public String roleNeeded(Initiative i) {
        if (!access.plans(i.getMission())) {
            return Messages.bind(Messages.rolePlanner, Labels.mission(i.getMission()));
        }
        return locked.contains(i.getFiscalYear() + " " + i.getMission()) ? Messages.roleReviewer : null;
    }

    /** @return the other logins with the shown year open (a team's server only) */
    public java.util.SortedSet<String> others() {
        return others;
    }

    /** @return the newest proposal notice heard (who proposed, approved or returned which plan), or null */
    public String lastProposalNotice() {
        return lastProposalNotice;
    }

    /** @return null while the database is reachable, else what went wrong (unsaved edits are kept) */
    public String connectionProblem() {
        return connectionProblem;
    }

    /** Sets who answers the password prompt of a server's user (null: the login dialog). */
    public static void setPasswordProvider(java.util.function.BiFunction<String, String, char[]> provider) {
        passwords = provider;
    }

    private void requireEditable(List<Initiative> initiatives) {
        for (Initiative i : initiatives) {
            String role = roleNeeded(i);
            if (role == null) {
                // also the mission it had: moving an initiative out of another's mission is no way round
                Initiative before = snapshot.initiatives().stream().filter(o -> o.getId().equals(i.getId())).findFirst()
                        .orElse(null);
                role = before == null ? null : roleNeeded(before);
            }
            if (role != null) {
                throw new IllegalStateException(Messages.bind(Messages.readOnly, i.getId(), role));
            }
        }
    }

    private void rememberBase(String id) {
        if (!baseVersions.containsKey(id)) {
            Long seen = store.seenVersion(id);
            if (seen != null) {
                baseVersions.put(id, seen);
            }
        }
    }

    /** Asks the planning service what the login may do, and starts hearing others' changes. */
    private void startTeam() {
        access = planning.access();
        connectionProblem = null;
        try {
            feed = store.watch(new org.grassroots.planner.store.ChangeFeed.Listener() {
                @Override
                public void changed(List<org.grassroots.planner.store.ChangeFeed.Change> changes) {
                    othersChanged(changes);
                }

                @Override
                public void proposalMoved(org.grassroots.planner.store.ChangeFeed.ProposalMove move) {
                    String text = switch (move.state()) {
                        case "proposed" -> Messages.noticeProposed;
                        case "approved" -> Messages.noticeApproved;
                        default -> Messages.noticeReturned;
                    };
                    lastProposalNotice = Messages.bind(text, new Object[] { Labels.mission(move.mission()), move.by(),
                            move.fiscalYear() });
                    // an approval locks, a return unlocks: the shown year is read again
                    schedule(Messages.jobOthers, monitor -> refresh(snapshot.fiscalYear()));
                }

                @Override
                public void connection(boolean up) {
                    connectionProblem = up ? null : Messages.connectionLost;
                    schedule(Messages.jobOpen, monitor -> {
                        if (up) {
                            store.reconnectIfLost();
                            return refresh(snapshot.fiscalYear());
                        }
                        return snapshot.withProblem(Messages.connectionLost);
                    });
                }
            });
        } catch (org.grassroots.planner.store.StoreException e) {
            feed = null; // the plan still works; others' changes show on the next refresh
        }
    }

    private void stopTeam() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /**
     * Others saved changes: re-read those rows of the shown year and of the years before it that its checks hold, and
     * re-evaluate only them.
     */
    private void othersChanged(List<org.grassroots.planner.store.ChangeFeed.Change> changes) {
        schedule(Messages.jobOthers, monitor -> {
            int year = snapshot.fiscalYear();
            java.util.Set<String> ids = new java.util.TreeSet<>();
            boolean otherYears = false;
            for (org.grassroots.planner.store.ChangeFeed.Change c : changes) {
                if (c.fiscalYear() == null || c.fiscalYear() == year || c.fiscalYear() != null && PlanningService.isHistoryOf(year, c.fiscalYear())
                        || snapshot.initiatives().stream().anyMatch(i -> i.getId().equals(c.id()))) {
                    ids.add(c.id());
                } else {
                    otherYears = true;
                }
            }
            // this session's own saves are heard too (the embedded database's poll cannot tell whose they are):
            // a row at the version this store last wrote or read, or gone as this session deleted it, is not news
            Map<String, Long> stored = store.versions(ids);
            java.util.Set<String> shown = new java.util.HashSet<>();
            snapshot.initiatives().forEach(i -> shown.add(i.getId()));
            ids.removeIf(id -> java.util.Objects.equals(stored.get(id), store.seenVersion(id))
                    && (stored.get(id) != null || !shown.contains(id)));
            if (ids.isEmpty()) {
                return otherYears ? snapshotOf(year, snapshot.initiatives(), snapshot.resolution()).withProblem(snapshot.problem())
                        : snapshot;
            }
            others = store.othersOnYear(year);
            Map<String, Initiative> fresh = new HashMap<>();
            store.initiatives(ids).forEach(i -> fresh.put(i.getId(), i));
            java.util.Set<String> untouched = new java.util.TreeSet<>(ids);
            untouched.removeAll(changed.keySet());
            untouched.removeAll(removed);
            return edited(year, rules -> {
                for (String id : untouched) {
                    Initiative now = fresh.get(id);
                    if (now != null && (now.getFiscalYear() == year || PlanningService.isHistoryOf(year, now.getFiscalYear()))) {
                        rules.update(now);
                    } else {
                        rules.remove(id);
                    }
                }
            });
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
            pendingReferences.remove(reference.getFiscalYear());
            return refresh(snapshot.fiscalYear());
        });
    }

    /**
     * Copies the shown year's plan (as edited) into the next fiscal year as its first draft, with the
     * shown year's reference if the next year has none, and shows the draft. Refused if the next year
     * already has initiatives.
     */
    public Job copyToNextYear() {
        epoch.incrementAndGet();
        lastImport = null;
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
            engine.load(rulesFolder.get(), takeRulesAhead()); // those loaded ahead only if no rule file changed since
            return refresh(snapshot.fiscalYear());
        });
    }

    /** Opens the database and rules the preferences name now, and shows the newest year there. */
    public Job reconnect() {
        epoch.incrementAndGet();
        lastImport = null;
        return schedule(Messages.jobOpen, monitor -> {
            stopTeam();
            if (store != null) {
                store.close();
                store = null; // until the new one is open: a failed open leaves no closed store behind
            }
            store = openStore();
            planning = PlanningService.on(store);
            startTeam();
            engine.load(rulesFolder.get());
            return refresh(newestYear());
        });
    }

    /** Shows another fiscal year of the store. */
    public Job showYear(int fiscalYear) {
        epoch.incrementAndGet();
        lastImport = null;
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
        stopTeam();
        closeLive();
        if (store != null) {
            store.close();
        }
    }

    /** the store's initiatives of the years before the one shown, held by the live session beside the year's own */
    private volatile List<Initiative> history = List.of();

    private Snapshot refresh(int fiscalYear) {
        if (store == null) {
            // the database could not be opened: say why again rather than fail on the missing store
            throw new IllegalStateException(openProblem != null ? openProblem : Messages.connectionLost);
        }
        store.announceYear(fiscalYear);
        others = store.othersOnYear(fiscalYear);
        locked = store.approvedMissions(fiscalYear);
        List<Initiative> initiatives = withUnsavedEdits(store.initiatives(fiscalYear), fiscalYear);
        FiscalYearReference pending = pendingReferences.get(fiscalYear);
        ReferenceResolution reference = pending != null ? ReferenceResolution.of(pending, ReferenceResolution.Source.STORE)
                : planning.referenceOrNull(fiscalYear);
        closeLive();
        // the years before, as the store holds them with the unsaved edits, for the judgements that look back (only the
        // year is judged): last year's results recorded and not yet saved count
        history = List.copyOf(withUnsavedEdits(planning.history(fiscalYear),
                year -> PlanningService.isHistoryOf(fiscalYear, year)));
        if (reference != null && engine.current() != null) {
            live = RuleEngine.open(engine.current(), withHistory(initiatives), reference.reference(), ReferenceData.shipped().themes(),
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
        List<Initiative> ofYear = new java.util.ArrayList<>();
        List<Initiative> before = new java.util.ArrayList<>(); // the history, as others' saves may have changed it
        for (Initiative i : live.initiatives()) {
            (i.getFiscalYear() == fiscalYear ? ofYear : before).add(i);
        }
        history = List.copyOf(before);
        ofYear.sort(java.util.Comparator.comparing(Initiative::getId));
        return snapshotOf(fiscalYear, List.copyOf(ofYear), snapshot.resolution());
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
        try {
            PlanStore opened = connectStore();
            openProblem = null;
            return opened;
        } catch (RuntimeException e) {
            openProblem = e.getMessage();
            throw e;
        }
    }

    private PlanStore connectStore() {
        String url = databaseUrl.get();
        String user = databaseUser == null ? "" : databaseUser.get();
        if (!(url + "\u0000" + user).equals(passwordFor)) {
            password = null; // another server or user: asked again
            passwordFor = url + "\u0000" + user;
        }
        try {
            if (!user.isEmpty()) {
                boolean saved = false;
                if (password == null) {
                    java.util.function.BiFunction<String, String, char[]> provider = passwords;
                    password = provider != null ? provider.apply(url, user)
                            : org.grassroots.planner.ui.app.SavedPasswords.get(url, user);
                    saved = provider == null && password != null;
                    if (password == null) {
                        password = askPassword(url, user);
                    }
                }
                if (password != null) {
                    try {
                        PlanStore opened = PlanStore.open(org.grassroots.planner.store.DatabaseLogin.of(url, user, password));
                        if (!saved && passwords == null) {
                            // asked and accepted: kept encrypted in the workspace's secure storage, not asked next time
                            org.grassroots.planner.ui.app.SavedPasswords.put(url, user, password);
                        }
                        return opened;
                    } catch (org.grassroots.planner.store.StoreException e) {
                        if (PlanStore.isLoginRefused(e)) {
                            org.grassroots.planner.ui.app.SavedPasswords.remove(url, user);
                            java.util.Arrays.fill(password, '\0');
                            password = null;
                        }
                        throw e;
                    }
                }
            }
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
                        .ask(display.getActiveShell(), url, user.isEmpty() ? null : user, shown)));
                if (asked.get().isEmpty()) {
                    throw e; // cancelled: the views say the database could not be opened
                }
                try {
                    org.grassroots.planner.store.DatabaseLogin login = asked.get().get();
                    PlanStore opened = PlanStore.open(login);
                    if (passwords == null && login.hasUser()) {
                        char[] typed = login.password();
                        org.grassroots.planner.ui.app.SavedPasswords.put(url, login.user(), typed);
                        java.util.Arrays.fill(typed, '\0');
                    }
                    return opened;
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

    private static char[] askPassword(String url, String user) {
        java.util.concurrent.atomic.AtomicReference<char[]> typed = new java.util.concurrent.atomic.AtomicReference<>();
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getDefault();
        display.syncExec(() -> org.grassroots.planner.ui.app.DatabaseLoginDialog.ask(display.getActiveShell(), url, user, null)
                .ifPresent(login -> typed.set(login.password())));
        return typed.get();
    }

    /**
     * @return the names the findings' messages write for the codes they hold (missions, states, themes, kinds …), the
     *         planning service's for the reference of the year shown (the shipped missions before a store is open)
     */
    public org.grassroots.planner.model.Names names() {
        FiscalYearReference reference = snapshot().reference();
        NamesOf known = namesOf;
        if (known == null || known.reference() != reference) { // made once per reference, not once per cell painted
            PlanningService p = planning;
            known = new NamesOf(reference, (p != null ? p : PlanningService.withoutStore()).names(reference));
            namesOf = known;
        }
        return known.names();
    }

    /** The names of the reference last asked for (they depend on the reference alone). */
    private record NamesOf(FiscalYearReference reference, org.grassroots.planner.model.Names names) {
    }

    private volatile NamesOf namesOf;

    /**
     * @return these initiatives of the year shown after the store's initiatives of the years before it that its checks
     *         hold (for the judgements that look back), as read when the year was last opened: what the live session
     *         holds, and the what-if view compares
     */
    public List<Initiative> withHistory(List<Initiative> ofYear) {
        List<Initiative> out = new java.util.ArrayList<>(history);
        out.addAll(ofYear);
        return out;
    }

    /** @return the planning service on the open store (null before the store is open) */
    public PlanningService planning() {
        return planning;
    }

    /** @return the stored initiatives of a year with the unsaved edits applied, by id */
    private List<Initiative> withUnsavedEdits(List<Initiative> stored, int fiscalYear) {
        return withUnsavedEdits(stored, year -> year == fiscalYear);
    }

    /** @return the stored initiatives of these years as edited, unsaved: removed ones out, edited ones in (or out if moved) */
    private List<Initiative> withUnsavedEdits(List<Initiative> stored, java.util.function.IntPredicate years) {
        if (changed.isEmpty() && removed.isEmpty()) {
            return stored;
        }
        Map<String, Initiative> byId = new java.util.TreeMap<>();
        stored.forEach(i -> byId.put(i.getId(), i));
        removed.forEach(byId::remove);
        changed.forEach((id, i) -> {
            if (years.test(i.getFiscalYear())) {
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
        boolean dirty = !changed.isEmpty() || !removed.isEmpty() || !pendingReferences.isEmpty() || !scenarioDecisions.isEmpty();
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
                    String text = e instanceof IllegalStateException || e instanceof org.grassroots.planner.store.StoreException
                            ? e.getMessage() : e.toString();
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
