package org.grassroots.planner.drl.editor.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.grassroots.planner.drl.editor.Messages;

/** File › New › Rule File: creates a {@code .drl} file with its package, imports and a first rule, and opens it. */
public final class NewRuleFileWizard extends Wizard implements INewWizard {
    public static final String ID = "org.grassroots.planner.drl.editor.newRuleFile";

    private IWorkbench workbench;
    private NewRuleFilePage page;
    private Path created;

    public NewRuleFileWizard() {
        setWindowTitle(Messages.wizardWindowTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
    }

    @Override
    public void addPages() {
        Path folder = RulesFolder.current();
        page = new NewRuleFilePage(Files.isDirectory(folder) ? folder : null);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        try {
            Files.writeString(file, page.text(), StandardCharsets.UTF_8);
            created = file;
            RulesFolderView.refreshAll();
            if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
                RuleFileOpener.open(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            }
            return true;
        } catch (IOException | PartInitException e) {
            MessageDialog.openError(getShell(), Messages.wizardWindowTitle, e.getMessage());
            return false;
        }
    }

    /** @return the page (for tests) */
    public NewRuleFilePage page() {
        return page;
    }

    /** @return the file the wizard created, or null */
    public Path created() {
        return created;
    }
}
