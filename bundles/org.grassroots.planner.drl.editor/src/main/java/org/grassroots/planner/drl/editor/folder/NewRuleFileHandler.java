package org.grassroots.planner.drl.editor.folder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the New Rule File wizard (the product has no File › New menu). */
public final class NewRuleFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        openWizard(HandlerUtil.getActiveWorkbenchWindow(event));
        return null;
    }

    /** Opens the wizard in a dialog of this window. */
    public static void openWizard(IWorkbenchWindow window) {
        NewRuleFileWizard wizard = new NewRuleFileWizard();
        wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
    }
}
