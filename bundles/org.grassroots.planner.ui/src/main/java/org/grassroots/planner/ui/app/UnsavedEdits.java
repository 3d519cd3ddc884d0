package org.grassroots.planner.ui.app;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * Before the plan is read again from the store (another year, an import, another database) or
 * proposed, the planner decides about edits not yet saved: save them, discard them, or stay.
 */
public final class UnsavedEdits {
    private UnsavedEdits() {
    }

    /** @return true if the caller may go on: nothing unsaved, or saved, or discarded */
    public static boolean settle(Shell shell, PlanSession session) {
        if (!session.isDirty()) {
            return true;
        }
        MessageDialog ask = new MessageDialog(shell, Messages.unsavedTitle, null, Messages.unsavedQuestion,
                MessageDialog.QUESTION, 0, Messages.unsavedSave, Messages.unsavedDiscard, IDialogConstants.CANCEL_LABEL);
        switch (ask.open()) {
            case 0:
                return finished(session.save());
            case 1:
                PlanOperations.forget();
                return finished(session.discard());
            default:
                return false;
        }
    }

    /** Waits (briefly: one transaction) for the save or discard, so that the caller sees its result. */
    private static boolean finished(org.eclipse.core.runtime.jobs.Job job) {
        try {
            job.join(10_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job.getResult() != null && job.getResult().isOK();
    }
}
