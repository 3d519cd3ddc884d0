package org.grassroots.planner.ui.edit;

import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * The planner's edits as undoable operations of the workbench's operation history: Edit › Undo and
 * Redo walk back and forth through edits and deletions, which stay unsaved until File › Save.
 */
public final class PlanOperations {
    /** The undo context of the plan's edits. */
    public static final IUndoContext CONTEXT = new ObjectUndoContext(PlanOperations.class, "plan");

    private PlanOperations() {
    }

    public static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    /** Saves an initiative (new if {@code before} is null) as an undoable step. */
    public static void save(PlanSession session, Initiative before, Initiative after) {
        run(new Step(before == null ? Messages.opNew : Messages.opEdit, session) {
            @Override
            void forward() {
                session.edit(after);
            }

            @Override
            void back() {
                if (before == null) {
                    session.delete(List.of(after.getId()));
                } else {
                    session.edit(before);
                }
            }
        });
    }

    /** Deletes initiatives as an undoable step. */
    public static void delete(PlanSession session, List<Initiative> initiatives) {
        run(new Step(Messages.opDelete, session) {
            @Override
            void forward() {
                session.delete(initiatives.stream().map(Initiative::getId).toList());
            }

            @Override
            void back() {
                session.editAll(initiatives);
            }
        });
    }

    /**
     * Takes pasted rows into the plan as one undoable step: new ids are added, existing ones updated; undo
     * removes the added ones and puts the updated ones back as they were.
     */
    public static void paste(PlanSession session, org.grassroots.planner.planning.PlanClipboard.Paste paste) {
        run(new Step(org.grassroots.planner.ui.plan.Messages.opPaste, session) {
            @Override
            void forward() {
                List<Initiative> all = new java.util.ArrayList<>(paste.added());
                all.addAll(paste.updated());
                session.editAll(all);
            }

            @Override
            void back() {
                if (!paste.added().isEmpty()) {
                    session.delete(paste.added().stream().map(Initiative::getId).toList());
                }
                if (!paste.before().isEmpty()) {
                    session.editAll(paste.before());
                }
            }
        });
    }

    /** Saves the reference data of a fiscal year as an undoable step (undo saves the reference as it was). */
    public static void saveReference(PlanSession session, org.grassroots.planner.model.FiscalYearReference before,
            org.grassroots.planner.model.FiscalYearReference after) {
        run(new Step(Messages.opReference, session) {
            @Override
            void forward() {
                session.saveReference(after);
            }

            @Override
            void back() {
                session.saveReference(before);
            }
        });
    }

    /** @return the step Undo would take back now, or null: none, or one made before an import, a copy or another year */
    public static org.eclipse.core.commands.operations.IUndoableOperation undoable() {
        org.eclipse.core.commands.operations.IUndoableOperation op = history().getUndoOperation(CONTEXT);
        return op != null && op.canUndo() ? op : null;
    }

    /** @return the step Redo would do again now, or null */
    public static org.eclipse.core.commands.operations.IUndoableOperation redoable() {
        org.eclipse.core.commands.operations.IUndoableOperation op = history().getRedoOperation(CONTEXT);
        return op != null && op.canRedo() ? op : null;
    }

    /** Forgets the plan's undo history: after discarding edits there is nothing left to undo. */
    public static void forget() {
        history().dispose(CONTEXT, true, true, true);
    }

    private static void run(Step step) {
        step.addContext(CONTEXT);
        try {
            history().execute(step, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private abstract static class Step extends AbstractOperation {
        private final PlanSession session;
        /** The plan's epoch the step was made in: after an import, a copy or another year it is not undone. */
        private final long epoch;

        Step(String label, PlanSession session) {
            super(label);
            this.session = session;
            this.epoch = session.epoch();
        }

        @Override
        public boolean canUndo() {
            return session.epoch() == epoch;
        }

        @Override
        public boolean canRedo() {
            return session.epoch() == epoch;
        }

        abstract void forward();

        abstract void back();

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            forward();
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            forward();
            return Status.OK_STATUS;
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            back();
            return Status.OK_STATUS;
        }
    }
}
