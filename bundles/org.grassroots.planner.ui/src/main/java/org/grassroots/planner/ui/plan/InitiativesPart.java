package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.ui.edit.EditActions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The initiatives of the fiscal year, each with its worst finding: a virtual table (100,000 rows
 * scroll without creating 100,000 items), sorted by any column, filtered by a search text and by a
 * state picked on the map.
 */
public class InitiativesPart {
    public static final String ID = "org.grassroots.planner.ui.initiatives";

    @Inject
    private PlanSession session;
    @Inject
    private IEventBroker events;
    /** The part's dirty marker: set while the plan has edits not yet saved to the store. */
    @Inject
    private org.eclipse.e4.ui.model.application.ui.MDirtyable dirty;

    private Label summary;
    private Text search;
    private Button stateChip;
    private TableViewer viewer;
    private Map<String, Finding> worst = Map.of();
    private List<Initiative> rows = List.of();
    private String stateFilter;
    private Comparator<Initiative> order = Comparator.comparing(Initiative::getId);
    private final Consumer<PlanSession.Snapshot> listener = s -> Display.getDefault().asyncExec(() -> show(s));
    /** A save refused for conflicts: the planner chooses in the dialog (on the UI thread). */
    private final Consumer<List<org.grassroots.planner.store.Conflict>> conflicts = c -> Display.getDefault()
            .asyncExec(() -> resolve(c));

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(3).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.loading);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        stateChip = new Button(parent, SWT.PUSH);
        stateChip.setVisible(false);
        stateChip.addListener(SWT.Selection, e -> events.send(PlanEvents.STATE_FILTER, ""));
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.searchHint);
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(search);
        search.addModifyListener(e -> refilter());

        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
                | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getTable());
        boolean japanese = Labels.japanese();
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.ROOT);
        column(Messages.columnId, 140, Initiative::getId, Comparator.comparing(Initiative::getId));
        column(Messages.columnMission, 140, i -> Labels.mission(i.getMission()), Comparator.comparing(Initiative::getMission));
        column(Messages.columnTitle, 300, i -> japanese || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn(),
                Comparator.comparing(Initiative::getTitleJa));
        column(Messages.columnKind, 120, i -> Labels.kind(i.getKind()), Comparator.comparing(Initiative::getKind));
        column(Messages.columnStates, 80, i -> String.join(", ", i.getStates()),
                Comparator.comparing(i -> String.join(",", i.getStates())));
        column(Messages.columnBudget, 100, i -> i.getBudgetJpy() == null ? "" : yen.format(i.getBudgetJpy()),
                Comparator.comparing(i -> i.getBudgetJpy() == null ? -1L : i.getBudgetJpy()));
        column(Messages.columnStatus, 80, i -> Labels.status(i.getStatus()), Comparator.comparing(Initiative::getStatus));
        findingColumn();
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < rows.size()) {
                    viewer.replace(rows.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // rows are set by refilter()
            }
        });
        MenuManager menu = new MenuManager();
        java.util.function.Supplier<org.eclipse.swt.widgets.Shell> shell = () -> viewer.getTable().getShell();
        java.util.function.Supplier<List<Initiative>> chosen = this::selection;
        org.eclipse.jface.action.IAction edit = EditActions.edit(shell, session, chosen);
        org.eclipse.jface.action.IAction create = EditActions.create(shell, session);
        org.eclipse.jface.action.IAction duplicate = EditActions.duplicate(shell, session, chosen);
        org.eclipse.jface.action.IAction delete = EditActions.delete(session, chosen);
        menu.add(edit);
        menu.add(create);
        menu.add(duplicate);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(new Separator());
        menu.add(new org.eclipse.jface.action.Action(Messages.actionHistory) {
            @Override
            public void run() {
                selection().stream().findFirst().ifPresent(i -> {
                    try {
                        org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(AuditPart.ID);
                    } catch (org.eclipse.ui.PartInitException e) {
                        throw new IllegalStateException(e);
                    }
                    events.send(PlanEvents.HISTORY, i.getId());
                });
            }
        });
        // what the login's role cannot do is greyed (the store refuses it anyway)
        menu.addMenuListener(m -> {
            boolean editable = !selection().isEmpty() && selection().stream().allMatch(session::mayEdit);
            edit.setEnabled(editable);
            delete.setEnabled(editable);
            create.setEnabled(!session.access().readsOnly());
            duplicate.setEnabled(!selection().isEmpty() && !session.access().readsOnly());
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        viewer.addDoubleClickListener(e -> selection().stream().findFirst()
                .ifPresent(i -> EditActions.openForm(shell.get(), session, i, false)));
        viewer.addSelectionChangedListener(e -> events.send(PlanEvents.SELECTED,
                e.getStructuredSelection().toList().stream().map(o -> ((Initiative) o).getId()).toList()));
        viewer.getTable().setData(ID, this); // lets tests find the part from its widget
        session.addListener(listener);
        session.addConflictListener(conflicts);
        show(session.snapshot());
        FirstPaint.watch(viewer.getTable(), () -> !rows.isEmpty());
    }

    private void findingColumn() {
        TableViewerColumn finding = new TableViewerColumn(viewer, SWT.NONE);
        finding.getColumn().setText(Messages.columnFinding);
        finding.getColumn().setWidth(460);
        sortOn(finding.getColumn(), Comparator.comparing(i -> {
            Finding f = worst.get(i.getId());
            return f == null ? "9" : f.getSeverity().ordinal() + f.getRule();
        }));
        finding.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Finding f = worst.get(((Initiative) element).getId());
                RuleSet rules = session.engine().current();
                return f == null ? "" : f.getRule() + ": " + (rules == null ? "" : rules.messages().format(f, Locale.getDefault()));
            }

            @Override
            public Color getForeground(Object element) {
                Finding f = worst.get(((Initiative) element).getId());
                return f == null ? null : Labels.color(f.getSeverity());
            }
        });
    }

    private void column(String title, int width, Function<Initiative, String> text, Comparator<Initiative> sort) {
        org.eclipse.jface.viewers.TableViewerColumn column = TableColumns.text(viewer, title, width, text);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Initiative) element);
            }

            @Override
            public Color getForeground(Object element) {
                // another mission's row, or a mission whose approved plan is locked: read-only, greyed
                return session.mayEdit((Initiative) element) ? null
                        : viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
            }
        });
        sortOn(column.getColumn(), sort);
    }

    private void sortOn(TableColumn column, Comparator<Initiative> sort) {
        column.addListener(SWT.Selection, e -> {
            var table = viewer.getTable();
            boolean up = table.getSortColumn() != column || table.getSortDirection() == SWT.DOWN;
            table.setSortColumn(column);
            table.setSortDirection(up ? SWT.UP : SWT.DOWN);
            order = up ? sort.thenComparing(Initiative::getId) : sort.thenComparing(Initiative::getId).reversed();
            refilter();
        });
    }

    @Inject
    @Optional
    void onStateFilter(@UIEventTopic(PlanEvents.STATE_FILTER) String state) {
        stateFilter = state == null || state.isEmpty() ? null : state;
        if (viewer != null && !viewer.getTable().isDisposed()) {
            stateChip.setText(stateFilter == null ? "" : Messages.bind(Messages.stateChip, Labels.state(stateFilter)));
            stateChip.setVisible(stateFilter != null);
            stateChip.getParent().layout(true, true);
            refilter();
        }
    }

    @Inject
    @Optional
    void onReveal(@UIEventTopic(PlanEvents.REVEAL) String id) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        int index = indexOf(id);
        if (index < 0 && (stateFilter != null || !search.getText().isEmpty())) {
            stateFilter = null;
            stateChip.setVisible(false);
            search.setText("");
            refilter();
            index = indexOf(id);
        }
        if (index >= 0) {
            viewer.getTable().setSelection(index);
            viewer.getTable().showSelection();
        }
    }

    private int indexOf(String id) {
        for (int n = 0; n < rows.size(); n++) {
            if (rows.get(n).getId().equals(id)) {
                return n;
            }
        }
        return -1;
    }

    private void refilter() {
        PlanSession.Snapshot s = session.snapshot();
        String text = search.getText().strip().toLowerCase(Locale.ROOT);
        List<Initiative> out = new ArrayList<>();
        for (Initiative i : s.initiatives()) {
            if (stateFilter != null && !i.getStates().contains(stateFilter)) {
                continue;
            }
            if (!text.isEmpty() && !matches(i, text)) {
                continue;
            }
            out.add(i);
        }
        out.sort(order);
        rows = out;
        viewer.getTable().clearAll();
        viewer.setItemCount(rows.size());
        viewer.refresh();
    }

    private static boolean matches(Initiative i, String text) {
        return i.getId().toLowerCase(Locale.ROOT).contains(text) || i.getTitleJa().toLowerCase(Locale.ROOT).contains(text)
                || (i.getTitleEn() != null && i.getTitleEn().toLowerCase(Locale.ROOT).contains(text))
                || i.getMission().contains(text) || i.getStates().stream().anyMatch(st -> st.equalsIgnoreCase(text))
                || i.getPartners().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(text));
    }

    private void show(PlanSession.Snapshot s) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        worst = PlanSession.worstFindings(s.findings());
        dirty.setDirty(s.dirty());
        refilter();
        if (s.fiscalYear() == 0 && s.problem() == null) {
            summary.setText(Messages.loading);
        } else {
            long errors = s.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
            String text = s.fiscalYear() == 0 ? "" : Messages.bind(Messages.summary, new Object[] { s.fiscalYear(),
                    new FiscalYear(s.fiscalYear()).japanese(), s.initiatives().size(), s.findings().size(), errors });
            String team = teamLine();
            if (!team.isEmpty()) {
                text = text + "\n" + team;
            }
            summary.setText(s.problem() == null ? text : text + "\n" + s.problem());
        }
        // the rules failed or do not compile: a red banner over the last good findings
        boolean rulesProblem = s.problem() != null
                && (s.problem().startsWith(Messages.rulesFailed) || s.problem().startsWith(Messages.rulesBroken));
        summary.setForeground(rulesProblem ? summary.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        summary.getParent().layout(true, true);
    }

    /** @return who else has the year open, and what this login may not change (empty on one's own database) */
    private String teamLine() {
        List<String> parts = new ArrayList<>();
        if (!session.others().isEmpty()) {
            parts.add(Messages.bind(Messages.team, session.snapshot().fiscalYear(), String.join(", ", session.others())));
        }
        org.grassroots.planner.store.Access access = session.access();
        if (access.readsOnly()) {
            parts.add(Messages.readOnlyAll);
        } else if (!access.everything() && !access.missions().isEmpty()) {
            parts.add(Messages.bind(Messages.readOnlyRows, String.join(", ",
                    access.missions().stream().sorted().map(Labels::mission).toList())));
        }
        if (session.connectionProblem() != null) {
            parts.add(session.connectionProblem());
        }
        return String.join("  ", parts);
    }

    /** @return the initiatives selected in the table */
    public List<Initiative> selection() {
        return viewer.getStructuredSelection().toList().stream().map(o -> (Initiative) o).toList();
    }

    /** @return the text above the table (the year, its counts, and what went wrong), for tests */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the table, for tests that look at what the planner sees */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the initiatives shown, in their order (after search, state filter and sorting) */
    public List<Initiative> shownRows() {
        return rows;
    }

    /** File › Save, and the workbench's prompt on closing with unsaved edits: writes the edits to the store. */
    @org.eclipse.e4.ui.di.Persist
    public void save() throws InterruptedException {
        session.save().join(5_000, null);
    }

    private void resolve(List<org.grassroots.planner.store.Conflict> found) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        org.grassroots.planner.ui.edit.ConflictDialog dialog = new org.grassroots.planner.ui.edit.ConflictDialog(
                viewer.getTable().getShell(), found);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            session.resolveConflicts(found, dialog.result(), dialog.deleteAnyway());
        }
    }

    @PreDestroy
    public void dispose() {
        session.removeConflictListener(conflicts);
        session.removeListener(listener);
    }

}
