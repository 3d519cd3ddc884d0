package org.grassroots.planner.drl.editor.folder;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.RuleSetBanner;
import org.grassroots.planner.drl.editor.problems.RuleSetCheck;
import org.grassroots.planner.drl.editor.problems.RuleSetStatus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The rules folder ({@link RulesFolder#current()}: the rules folder preference, else {@code rules/} of the
 * installation or {@code planner.rules.dir}): its rule files with the number of rules in each, and its messages files;
 * whether the saved rule set compiles. Double-click opens a file. It follows the preference when it changes.
 */
public class RulesFolderView {
    public static final String ID = "org.grassroots.planner.drl.editor.rulesFolder";
    private static final List<RulesFolderView> OPEN = new CopyOnWriteArrayList<>();

    private Path folder;
    private TableViewer viewer;
    private Label where;
    private Label status;
    private RuleSetBanner banner;
    private final Consumer<RuleSetStatus.State> listener = s -> RuleSetBanner.onUiThread(() -> show(s));
    private IPreferenceChangeListener preference;

    @PostConstruct
    public void createControls(Composite parent) {
        folder = RulesFolder.current();
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        ToolBar tools = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        ToolItem create = new ToolItem(tools, SWT.PUSH);
        create.setText(Messages.viewNew);
        create.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_TOOL_NEW_WIZARD));
        create.addListener(SWT.Selection, e -> newRuleFile());
        ToolItem refresh = new ToolItem(tools, SWT.PUSH);
        refresh.setText(Messages.viewRefresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        where = new Label(parent, SWT.WRAP);
        where.setText(folder.toString());
        where.setToolTipText(folder.toString());
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).hint(150, SWT.DEFAULT).applyTo(where);
        banner = new RuleSetBanner(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).hint(150, SWT.DEFAULT).applyTo(status);
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.viewColumnFile, 150, f -> f.path().getFileName().toString(), true);
        column(Messages.viewColumnRules, 60, f -> f.rules() < 0 ? "" : String.valueOf(f.rules()), false);
        viewer.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof RuleFile f) {
                open(f);
            }
        });
        refresh();
        OPEN.add(this);
        RuleSetStatus.addListener(listener);
        show(RuleSetStatus.of(folder));
        RuleSetCheck.ensureKnown(folder);
        preference = RulesFolder.addListener(() -> RuleSetBanner.onUiThread(this::followPreference));
    }

    /** Shows the rules folder the preference now names (called when it changes). */
    private void followPreference() {
        Path now = RulesFolder.current();
        if (viewer == null || viewer.getControl().isDisposed() || now.equals(folder)) {
            return;
        }
        folder = now;
        where.setText(folder.toString());
        where.setToolTipText(folder.toString());
        show(RuleSetStatus.of(folder)); // the banner and status of the new folder, and its files
        RuleSetCheck.ensureKnown(folder);
    }

    private void column(String title, int width, java.util.function.Function<RuleFile, String> text, boolean icon) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RuleFile) element);
            }

            @Override
            public Image getImage(Object element) {
                return icon ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE) : null;
            }
        });
    }

    /** Reads the folder's files again. */
    public void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(RuleFile.in(folder));
            fitFileNames();
        }
    }

    /** Widens the file column to its longest name (messages_ja.properties), never narrower than it was made. */
    private void fitFileNames() {
        org.eclipse.swt.widgets.TableColumn files = viewer.getTable().getColumn(0);
        int width = files.getWidth();
        files.pack();
        files.setWidth(Math.max(width, files.getWidth()));
    }

    /** Reads the files again in every open rules folder view (after a file was created). */
    public static void refreshAll() {
        OPEN.forEach(RulesFolderView::refresh);
    }

    private void show(RuleSetStatus.State state) {
        if (status == null || status.isDisposed() || state != null && !state.folder().toAbsolutePath().normalize()
                .equals(folder)) {
            return;
        }
        banner.show(state);
        status.setText(state == null ? Messages.viewChecking
                : state.compiles() ? NLS.bind(Messages.viewCompiles, state.rules()) : "");
        refresh();
        status.getParent().layout(true, true);
    }

    private void open(RuleFile file) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            RuleFileOpener.open(page, file.path());
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(viewer.getControl().getShell(), Messages.viewTitle, null,
                    e.getStatus());
        }
    }

    private void newRuleFile() {
        NewRuleFileHandler.openWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    /** @return the rules folder views that are open */
    public static List<RulesFolderView> shown() {
        return List.copyOf(OPEN);
    }

    /** @return the folder shown */
    public Path folder() {
        return folder;
    }

    /** @return the table of files (for tests) */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the line that says whether the rule set compiles */
    public String statusText() {
        return status.getText();
    }

    public RuleSetBanner banner() {
        return banner;
    }

    @PreDestroy
    public void dispose() {
        OPEN.remove(this);
        RuleSetStatus.removeListener(listener);
        RulesFolder.removeListener(preference);
    }
}
