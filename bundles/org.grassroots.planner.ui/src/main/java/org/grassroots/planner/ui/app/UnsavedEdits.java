package org.grassroots.planner.ui.app;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * Before the plan is read again from the store (another year, an import, another database), the
 * planner decides about edits not yet saved: save them, discard them, or stay.
 */
final class UnsavedEdits {
    private UnsavedEdits() {
    }

    /** @return true if the caller may go on: nothing unsaved, or saved, or discarded */
    static boolean settle(Shell shell, PlanSession session) {
        if (!session.isDirty()) {
            return true;
        }
        MessageDialog ask = new MessageDialog(shell, Messages.unsavedTitle, null, Messages.unsavedQuestion,
                MessageDialog.QUESTION, 0, Messages.unsavedSave, Messages.unsavedDiscard, IDialogConstants.CANCEL_LABEL);
        switch (ask.open()) {
            case 0:
                session.save();
                return true;
            case 1:
                session.discard();
                PlanOperations.forget();
                return true;
            default:
                return false;
        }
    }
}
