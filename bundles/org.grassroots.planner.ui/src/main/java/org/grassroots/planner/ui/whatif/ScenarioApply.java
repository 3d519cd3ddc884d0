package org.grassroots.planner.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioComparison;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * A scenario applied in the workbench as one undoable edit of the plan (Edit › Undo takes it back): its initiatives and,
 * when it changes it, its reference become the planner's unsaved edits (the year is checked against that reference at
 * once); File › Save writes them in one transaction with the scenario marked applied and its audit entry (undone after a
 * save: open again, with its entry). Discarding the edits leaves the scenario open and the store as it was.
 */
final class ScenarioApply extends AbstractOperation {
    private final PlanSession session;
    private final int fiscalYear;
    private final String name;
    private final List<Initiative> before;
    private final List<Initiative> after;
    private final FiscalYearReference referenceBefore;
    private final FiscalYearReference referenceAfter;
    /** The plan's epoch the edit was made in: after an import, a copy, another year or discarded edits it is not undone. */
    private final long epoch;

    private ScenarioApply(PlanSession session, ScenarioComparison c) {
        super(org.eclipse.osgi.util.NLS.bind(Messages.applyLabel, c.scenario().name()));
        this.session = session;
        PlanSession.Snapshot snap = session.snapshot();
        this.fiscalYear = snap.fiscalYear();
        this.name = c.scenario().name();
        Scenario.Applied applied = c.scenario().applyTo(snap.initiatives(), snap.reference());
        Map<String, Initiative> now = new java.util.HashMap<>();
        snap.initiatives().forEach(i -> now.put(i.getId(), i));
        this.before = new ArrayList<>();
        this.after = new ArrayList<>();
        for (Initiative i : applied.plan()) {
            if (applied.changed().contains(i.getId())) {
                after.add(i);
                if (now.containsKey(i.getId())) {
                    before.add(now.get(i.getId()));
                }
            }
        }
        this.referenceBefore = snap.reference();
        this.referenceAfter = c.scenario().reference().isEmpty() ? null : applied.reference();
        this.epoch = session.epoch();
        addContext(PlanOperations.CONTEXT);
    }

    @Override
    public boolean canUndo() {
        return session.epoch() == epoch;
    }

    @Override
    public boolean canRedo() {
        return session.epoch() == epoch;
    }

    static void run(PlanSession session, ScenarioComparison c) {
        try {
            PlanOperations.history().execute(new ScenarioApply(session, c), null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return redo(monitor, info);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        session.scenarioEdit(fiscalYear, name, true, after, List.of(), referenceAfter, summary());
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        List<String> added = after.stream().map(Initiative::getId)
                .filter(id -> before.stream().noneMatch(b -> b.getId().equals(id))).toList();
        session.scenarioEdit(fiscalYear, name, false, before, added, referenceAfter == null ? null : referenceBefore,
                Messages.undoneSummary);
        return Status.OK_STATUS;
    }

    private String summary() {
        return org.eclipse.osgi.util.NLS.bind(referenceAfter == null ? Messages.appliedSaved : Messages.appliedSavedReference,
                after.size());
    }
}
