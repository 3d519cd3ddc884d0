package org.grassroots.planner.ui.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.grassroots.planner.ui.app.AboutAction;
import org.grassroots.planner.ui.app.UnsavedEdits;
import org.grassroots.planner.ui.edit.EditActions;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.imports.ImportPlanWizard;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.grassroots.planner.ui.plan.Labels;
import org.grassroots.planner.ui.plan.PlanSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;

/**
 * The e4 handlers of the planner's commands (declared in plugin.xml, run through {@link E4Handler}): each
 * gets the plan session and the window's shell injected.
 */
public final class PlanHandlers {
    /** The ids of the planner's commands. */
    public static final String IMPORT = "org.grassroots.planner.ui.commands.import";
    public static final String EXPORT = "org.grassroots.planner.ui.commands.export";
    public static final String RESULTS = "org.grassroots.planner.ui.commands.results";
    public static final String CHECK = "org.grassroots.planner.ui.commands.check";
    public static final String COPY_YEAR = "org.grassroots.planner.ui.commands.copyYear";
    public static final String NEW_INITIATIVE = "org.grassroots.planner.ui.commands.newInitiative";
    public static final String SHOW_YEAR = "org.grassroots.planner.ui.commands.showYear";
    /** The parameter of {@link #SHOW_YEAR}: the fiscal year to show. */
    public static final String YEAR = "org.grassroots.planner.ui.commands.showYear.year";
    public static final String ABOUT = "org.grassroots.planner.ui.commands.about";
    public static final String USER_GUIDE = "org.grassroots.planner.ui.commands.userGuide";
    public static final String UNDO = "org.eclipse.ui.edit.undo";
    public static final String REDO = "org.eclipse.ui.edit.redo";
    public static final String SAVE = "org.eclipse.ui.file.save";
    public static final String SAVE_ALL = "org.eclipse.ui.file.saveAll";

    private PlanHandlers() {
    }

    /** File › Import Plan…: after the planner settled unsaved edits, the import wizard. */
    public static class Import {
        @Execute
        public void execute(PlanSession session, Shell shell) {
            if (UnsavedEdits.settle(shell, session)) {
                new WizardDialog(shell, new ImportPlanWizard(session)).open();
            }
        }
    }

    /** File › Export Plan…: the shown year to an Excel or CSV file. */
    public static class Export {
        @Execute
        public void execute(PlanSession session, Shell shell) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
            dialog.setFileName("plan-fy" + session.snapshot().fiscalYear() + ".xlsx");
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                session.exportPlan(Path.of(file));
            }
        }
    }

    /** Plan › Results Report of the Year…: PDF, XLSX or HTML, as {@code export --document results}. */
    public static class Results {
        @Execute
        public void execute(PlanSession session, Shell shell) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.pdf", "*.xlsx", "*.html" });
            dialog.setFileName("results-fy" + session.snapshot().fiscalYear() + ".pdf");
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                session.exportResults(Path.of(file), Labels.japanese() ? java.util.Locale.JAPANESE : java.util.Locale.ENGLISH);
            }
        }
    }

    /** Plan › Check Now: the rules as they are on disk, over the shown year. */
    public static class Check {
        @Execute
        public void execute(PlanSession session) {
            session.recheck();
        }
    }

    /** Plan › Copy as Next Year's Draft: after asking. */
    public static class CopyYear {
        @Execute
        public void execute(PlanSession session, Shell shell) {
            PlanSession.Snapshot s = session.snapshot();
            long carried = s.initiatives().stream().filter(i -> !i.isCancelled()).count();
            if (s.fiscalYear() != 0 && MessageDialog.openQuestion(shell, Messages.copyYearTitle,
                    NLS.bind(Messages.copyYearQuestion, new Object[] { carried, s.fiscalYear(), s.fiscalYear() + 1 }))) {
                session.copyToNextYear();
            }
        }

        @CanExecute
        public boolean canExecute(PlanSession session) {
            return session.snapshot().fiscalYear() != 0 && !session.access().readsOnly();
        }
    }

    /** Plan › New Initiative…: the form on a blank initiative of the shown year. */
    public static class NewInitiative {
        @Execute
        public void execute(PlanSession session, Shell shell) {
            EditActions.openForm(shell, session, null, false);
        }

        @CanExecute
        public boolean canExecute(PlanSession session) {
            return !session.access().readsOnly();
        }
    }

    /** Plan › Fiscal Year › FY…: shows another year (after the planner settled unsaved edits); the shown one is checked. */
    public static class ShowYear implements IElementUpdater {
        @Execute
        public void execute(PlanSession session, Shell shell, @Named(YEAR) String year) {
            if (UnsavedEdits.settle(shell, session)) {
                session.showYear(Integer.parseInt(year));
            }
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void updateElement(UIElement element, Map parameters) {
            PlanSession session = PlatformUI.getWorkbench().getService(org.eclipse.e4.core.contexts.IEclipseContext.class)
                    .get(PlanSession.class);
            element.setChecked(session != null && String.valueOf(session.snapshot().fiscalYear()).equals(parameters.get(YEAR)));
        }
    }

    /** Help › About: the product, its version and what it is for. */
    public static class About {
        @Execute
        public void execute(Shell shell) {
            MessageDialog.openInformation(shell, Messages.aboutTitle, AboutAction.text());
        }
    }

    /** Edit › Undo and Redo (Ctrl+Z; Ctrl+Y, Ctrl+Shift+Z) of the plan's edits, labelled with the step they take. */
    public static class UndoRedo implements IElementUpdater {
        private final boolean undo;

        UndoRedo(boolean undo) {
            this.undo = undo;
        }

        @PostConstruct
        public void listen(UISynchronize sync, org.eclipse.e4.core.services.events.IEventBroker events) {
            IOperationHistory history = PlanOperations.history();
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            history.addOperationHistoryListener(e -> {
                int type = e.getEventType();
                if (type == OperationHistoryEvent.DONE || type == OperationHistoryEvent.UNDONE
                        || type == OperationHistoryEvent.REDONE || type == OperationHistoryEvent.OPERATION_REMOVED) {
                    sync.asyncExec(() -> commands.refreshElements(undo ? UNDO : REDO, null));
                }
            });
            // an import, a copy or another year ends what can be undone: the label says so at once
            events.subscribe(org.grassroots.planner.ui.plan.PlanEvents.SNAPSHOT, null,
                    e -> commands.refreshElements(undo ? UNDO : REDO, null), false);
        }

        private IUndoableOperation next() {
            return undo ? PlanOperations.undoable() : PlanOperations.redoable();
        }

        @CanExecute
        public boolean canExecute() {
            return next() != null;
        }

        @Execute
        public void execute() throws org.eclipse.core.commands.ExecutionException {
            if (next() == null) {
                return;
            }
            if (undo) {
                PlanOperations.history().undo(PlanOperations.CONTEXT, null, null);
            } else {
                PlanOperations.history().redo(PlanOperations.CONTEXT, null, null);
            }
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void updateElement(UIElement element, Map parameters) {
            IUndoableOperation op = next();
            element.setText(op == null ? (undo ? Messages.undo : Messages.redo)
                    : NLS.bind(undo ? Messages.undoStep : Messages.redoStep, op.getLabel()));
        }
    }

    /** Edit › Undo. */
    public static class Undo extends UndoRedo {
        public Undo() {
            super(true);
        }
    }

    /** Edit › Redo. */
    public static class Redo extends UndoRedo {
        public Redo() {
            super(false);
        }
    }

    /** File › Save: the planner's unsaved edits to the store (the initiatives view holds them). */
    public static class Save {
        @Execute
        public void execute(EPartService parts) {
            MPart part = parts.findPart(InitiativesPart.ID);
            if (part != null && part.isDirty()) {
                parts.savePart(part, false);
            }
        }

        @CanExecute
        public boolean canExecute(PlanSession session) {
            return session.isDirty();
        }
    }

    /** File › Save All: the plan's edits and every changed rule file open in an editor. */
    public static class SaveAll {
        @Execute
        public void execute(EPartService parts, IWorkbenchWindow window) {
            parts.saveAll(false);
            window.getWorkbench().saveAllEditors(false);
        }

        @CanExecute
        public boolean canExecute(EPartService parts) {
            return !parts.getDirtyParts().isEmpty();
        }
    }

    /** @return the initiatives view's part object, or null when it is not open */
    static InitiativesPart initiatives(EPartService parts) {
        MPart part = parts.findPart(InitiativesPart.ID);
        return part != null && part.getObject() instanceof InitiativesPart p ? p : null;
    }

    /** @return the text field that has the focus (the search), where copy, paste and delete act on its text */
    static org.eclipse.swt.widgets.Text focusedText(Shell shell) {
        return shell.getDisplay().getFocusControl() instanceof org.eclipse.swt.widgets.Text t ? t : null;
    }

    /** Edit › Copy in the initiatives view: the selected rows as tab-separated text with the header, as Excel pastes it. */
    public static class CopyRows {
        @Execute
        public void execute(EPartService parts, Shell shell) {
            org.eclipse.swt.widgets.Text text = focusedText(shell);
            if (text != null) {
                text.copy();
                return;
            }
            InitiativesPart part = initiatives(parts);
            if (part == null || part.selection().isEmpty()) {
                return;
            }
            org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(shell.getDisplay());
            try {
                clipboard.setContents(new Object[] { org.grassroots.planner.planning.PlanClipboard.copy(part.selection()) },
                        new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        }
    }

    /**
     * Edit › Paste in the initiatives view: rows copied from Excel, through the import's row checks; a row whose id
     * exists updates it; all of it one undoable edit, or nothing with every problem said.
     */
    public static class PasteRows {
        @Execute
        public void execute(PlanSession session, Shell shell) {
            org.eclipse.swt.widgets.Text field = focusedText(shell);
            if (field != null) {
                field.paste();
                return;
            }
            org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(shell.getDisplay());
            String text;
            try {
                text = (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
            if (text == null || text.isBlank()) {
                return;
            }
            String refused = paste(session, text);
            if (refused != null) {
                MessageDialog.openError(shell, org.grassroots.planner.ui.plan.Messages.pasteTitle, refused);
            }
        }

        @CanExecute
        public boolean canExecute(PlanSession session) {
            return !session.access().readsOnly();
        }
    }

    /** @return null when the text was pasted into the plan (one undoable step), else why nothing was */
    public static String paste(PlanSession session, String text) {
        org.grassroots.planner.importer.ImportedPlan pasted;
        try {
            pasted = org.grassroots.planner.planning.PlanClipboard.paste(text);
        } catch (org.grassroots.planner.importer.ImportException e) {
            List<String> problems = e.getProblems().stream().limit(20).map(Object::toString).toList();
            return NLS.bind(org.grassroots.planner.ui.plan.Messages.pasteRefused, "\n" + String.join("\n", problems));
        }
        org.grassroots.planner.planning.PlanClipboard.Paste paste = org.grassroots.planner.planning.PlanClipboard
                .against(pasted.initiatives(), session.snapshot().initiatives());
        for (org.grassroots.planner.model.Initiative i : paste.before()) {
            if (!session.mayEdit(i)) {
                return NLS.bind(org.grassroots.planner.ui.plan.Messages.pasteRefused,
                        NLS.bind(org.grassroots.planner.ui.plan.Messages.pasteReadOnly, i.getId()));
            }
        }
        if (!paste.added().isEmpty() || !paste.updated().isEmpty()) {
            PlanOperations.paste(session, paste);
        }
        return null;
    }

    /** Delete in the initiatives view: the selected initiatives, one undoable step (those the login may change). */
    public static class DeleteRows {
        @Execute
        public void execute(EPartService parts, PlanSession session, Shell shell) {
            org.eclipse.swt.widgets.Text text = focusedText(shell);
            if (text != null) {
                org.eclipse.swt.graphics.Point range = text.getSelection();
                if (range.x == range.y && range.x < text.getCharCount()) {
                    text.setSelection(range.x, range.x + 1);
                }
                text.insert("");
                return;
            }
            InitiativesPart part = initiatives(parts);
            if (part == null) {
                return;
            }
            List<org.grassroots.planner.model.Initiative> chosen = part.selection().stream().filter(session::mayEdit).toList();
            if (!chosen.isEmpty()) {
                PlanOperations.delete(session, chosen);
            }
        }
    }

    /**
     * Help › User Guide: the guide in the planner's language, a plain HTML page inside the product (no help server),
     * opened in the system's browser, else in a window of the workbench, else its file is named.
     */
    public static class UserGuide {
        @Execute
        public void execute(Shell shell) {
            java.nio.file.Path guide = guide(org.grassroots.planner.ui.plan.Labels.japanese());
            if (guide == null) {
                MessageDialog.openError(shell, Messages.guideTitle, NLS.bind(Messages.guideMissing, "help/"));
                return;
            }
            if (org.eclipse.swt.program.Program.launch(guide.toUri().toString())) {
                return;
            }
            try {
                Shell window = new Shell(shell.getDisplay(), SWT.SHELL_TRIM);
                window.setText(Messages.guideTitle);
                window.setLayout(new org.eclipse.swt.layout.FillLayout());
                org.eclipse.swt.browser.Browser browser = new org.eclipse.swt.browser.Browser(window, SWT.NONE);
                browser.setUrl(guide.toUri().toString());
                window.setSize(1000, 760);
                window.open();
            } catch (org.eclipse.swt.SWTError noBrowser) {
                MessageDialog.openInformation(shell, Messages.guideTitle, NLS.bind(Messages.guideAt, guide));
            }
        }
    }

    /** @return the user guide's page in Japanese or English, as a file (with its images beside it), or null */
    public static java.nio.file.Path guide(boolean japanese) {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(PlanHandlers.class);
        java.net.URL help = bundle.getEntry("help/");
        if (help == null) {
            return null;
        }
        try {
            // the whole folder, so that the page finds its screenshots
            java.nio.file.Path folder = java.nio.file.Path.of(org.eclipse.core.runtime.FileLocator.toFileURL(help).toURI());
            java.nio.file.Path page = folder.resolve(japanese ? "guide_ja.html" : "guide_en.html");
            return java.nio.file.Files.isRegularFile(page) ? page : null;
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** F2 in the initiatives view (the platform's Rename key), as in Excel: the selected initiative's cell is edited in place. */
    public static class EditCell {
        @Execute
        public void execute(EPartService parts) {
            InitiativesPart part = initiatives(parts);
            if (part != null) {
                part.editSelected();
            }
        }
    }
}
