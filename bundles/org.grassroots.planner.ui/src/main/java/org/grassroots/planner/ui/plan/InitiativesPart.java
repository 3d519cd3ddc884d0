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
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.planning.InitiativeEdits;

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
    /** What a cell edit found wrong, in red above the table while the planner types. */
    private Label editProblem;
    private org.eclipse.swt.widgets.Combo missionFilter;
    private org.eclipse.swt.widgets.Combo statusFilter;
    private org.eclipse.swt.widgets.Combo kindFilter;
    private org.eclipse.swt.widgets.Combo severityFilter;
    private final List<String> missionCodes = ReferenceData.shipped().missions().stream()
            .map(org.grassroots.planner.model.Mission::getCode).toList();
    /** The columns a planner shows or hides (header menu): title, shown width. */
    private final Map<TableColumn, Integer> optional = new java.util.LinkedHashMap<>();
    /** The name each optional column is remembered by (the preference {@link #COLUMNS}), whatever the language. */
    private final Map<TableColumn, String> optionalNames = new java.util.HashMap<>();
    /** The preference (node {@code org.grassroots.planner.ui}) that keeps the optional columns shown across restarts. */
    public static final String COLUMNS = "initiatives.columns";
    private org.eclipse.swt.widgets.Menu columnsMenu;
    /** The plan-file field each editable column edits, by column index. */
    private final Map<Integer, String> editable = new java.util.HashMap<>();
    private int clickedColumn = -1;
    /** The index of the title column: what F2 edits when no other editable cell was clicked. */
    private int titleColumn;

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            show(s);
        }
    }

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
        // beside the search: filters by mission, status, kind and the worst finding's severity
        Composite filters = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        filters.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(filters);
        missionFilter = filter(filters, Messages.filterAllMissions, missionCodes.stream().map(Labels::mission).toList());
        statusFilter = filter(filters, Messages.filterAllStatuses,
                java.util.Arrays.stream(org.grassroots.planner.model.Status.values()).map(Labels::status).toList());
        kindFilter = filter(filters, Messages.filterAllKinds,
                java.util.Arrays.stream(org.grassroots.planner.model.Kind.values()).map(Labels::kind).toList());
        List<String> severities = new ArrayList<>(java.util.Arrays.stream(Severity.values())
                .map(v -> Messages.bind(Messages.filterWorst, Labels.severity(v))).toList());
        severities.add(Messages.filterNoFinding);
        severityFilter = filter(filters, Messages.filterAllSeverities, severities);
        editProblem = new Label(parent, SWT.WRAP);
        editProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).exclude(true).applyTo(editProblem);
        editProblem.setVisible(false);

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
        TableViewerColumn title = column(Messages.columnTitle, 300,
                i -> japanese || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn(), Comparator.comparing(Initiative::getTitleJa));
        edits(title, japanese ? "title_ja" : "title_en");
        titleColumn = viewer.getTable().indexOf(title.getColumn());
        column(Messages.columnKind, 120, i -> Labels.kind(i.getKind()), Comparator.comparing(Initiative::getKind));
        column(Messages.columnStates, 80, i -> String.join(", ", i.getStates()),
                Comparator.comparing(i -> String.join(",", i.getStates())));
        edits(column(Messages.columnBudget, 100, i -> i.getBudgetJpy() == null ? "" : yen.format(i.getBudgetJpy()),
                Comparator.comparing(i -> i.getBudgetJpy() == null ? -1L : i.getBudgetJpy())), "budget_jpy");
        edits(column(Messages.columnStatus, 80, i -> Labels.status(i.getStatus()), Comparator.comparing(Initiative::getStatus)),
                "status");
        findingColumn();
        // shown on demand (the header's menu): the other title, themes, partners, format and dates
        edits(optional("other_title", japanese ? org.grassroots.planner.ui.edit.Messages.fieldTitleEn
                : org.grassroots.planner.ui.edit.Messages.fieldTitleJa, 240, i -> japanese ? nz(i.getTitleEn()) : i.getTitleJa()),
                japanese ? "title_en" : "title_ja");
        optional("themes", org.grassroots.planner.ui.edit.Messages.fieldThemes, 220, i -> String.join(", ", i.getThemes()));
        optional("partners", org.grassroots.planner.ui.edit.Messages.fieldPartners, 220, i -> String.join(", ", i.getPartners()));
        optional("format", org.grassroots.planner.ui.edit.Messages.fieldFormat, 90,
                i -> i.getFormat() == null ? "" : Labels.format(i.getFormat()));
        edits(optional("start_date", org.grassroots.planner.ui.edit.Messages.fieldStart, 100,
                i -> i.getStartDate() == null ? "" : i.getStartDate().toString()), "start_date");
        edits(optional("end_date", org.grassroots.planner.ui.edit.Messages.fieldEnd, 100,
                i -> i.getEndDate() == null ? "" : i.getEndDate().toString()), "end_date");
        cellEditing();
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
        org.eclipse.swt.widgets.Menu rowsMenu = menu.createContextMenu(viewer.getTable());
        viewer.getTable().setMenu(rowsMenu);
        columnsMenu = new org.eclipse.swt.widgets.Menu(viewer.getTable());
        for (TableColumn c : optional.keySet()) {
            org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(columnsMenu, SWT.CHECK);
            item.setText(c.getText());
            item.addListener(SWT.Selection, e -> {
                showColumn(c, item.getSelection());
                rememberColumns();
            });
        }
        // the columns the planner chose last time (kept in the preferences, so across restarts)
        List<String> remembered = List.of(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(org.grassroots.planner.ui.app.PlannerPreferences.NODE).get(COLUMNS, "").split(","));
        optionalNames.forEach((c, name) -> showColumn(c, remembered.contains(name)));
        // the header's menu shows and hides columns; the rows' menu edits
        viewer.getTable().addListener(SWT.MenuDetect, e -> {
            org.eclipse.swt.graphics.Point p = viewer.getTable().toControl(e.x, e.y);
            org.eclipse.swt.graphics.Rectangle area = viewer.getTable().getClientArea();
            boolean header = p.y < area.y + viewer.getTable().getHeaderHeight();
            viewer.getTable().setMenu(header ? columnsMenu : rowsMenu);
        });
        viewer.getTable().addListener(SWT.MouseDown, e -> {
            org.eclipse.jface.viewers.ViewerCell cell = viewer.getCell(new org.eclipse.swt.graphics.Point(e.x, e.y));
            clickedColumn = cell == null ? -1 : cell.getColumnIndex();
        });
        // a double click on a cell the planner can type into edits it there; elsewhere it opens the form
        viewer.addDoubleClickListener(e -> {
            if (!editable.containsKey(clickedColumn)) {
                selection().stream().findFirst().ifPresent(i -> EditActions.openForm(shell.get(), session, i, false));
            }
        });
        viewer.addSelectionChangedListener(e -> events.send(PlanEvents.SELECTED,
                selection().stream().map(Initiative::getId).toList()));
        show(session.snapshot());
        FirstPaint.watch(viewer.getTable(), () -> !rows.isEmpty());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private org.eclipse.swt.widgets.Combo filter(Composite parent, String all, List<String> items) {
        org.eclipse.swt.widgets.Combo combo = new org.eclipse.swt.widgets.Combo(parent, SWT.READ_ONLY);
        combo.add(all);
        items.forEach(combo::add);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> refilter());
        return combo;
    }

    private TableViewerColumn optional(String name, String title, int width, Function<Initiative, String> text) {
        TableViewerColumn column = column(title, 0, text, Comparator.comparing(text));
        column.getColumn().setResizable(false);
        optional.put(column.getColumn(), width);
        optionalNames.put(column.getColumn(), name);
        return column;
    }

    /** Keeps the optional columns shown now in the preferences, written at once (a restart shows them again). */
    private void rememberColumns() {
        String shown = String.join(",", optional.keySet().stream().filter(c -> c.getWidth() > 0).map(optionalNames::get)
                .toList());
        org.osgi.service.prefs.Preferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(org.grassroots.planner.ui.app.PlannerPreferences.NODE);
        node.put(COLUMNS, shown);
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).error("the columns shown could not be kept", e);
        }
    }

    /** Shows (at its width) or hides an optional column, as its item in the header's menu does. */
    private void showColumn(TableColumn column, boolean shown) {
        column.setResizable(shown);
        column.setWidth(shown ? optional.get(column) : 0);
    }

    /** @return the header's menu: the optional columns, checked when shown */
    public org.eclipse.swt.widgets.Menu columnsMenu() {
        for (org.eclipse.swt.widgets.MenuItem item : columnsMenu.getItems()) {
            optional.keySet().stream().filter(c -> c.getText().equals(item.getText())).findFirst()
                    .ifPresent(c -> item.setSelection(c.getWidth() > 0));
        }
        return columnsMenu;
    }

    private void edits(TableViewerColumn column, String field) {
        editable.put(viewer.getTable().indexOf(column.getColumn()), field);
        column.setEditingSupport(new CellEditing(field));
    }

    private void cellEditing() {
        org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy activation = new org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy(
                viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent e) {
                return e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                                && e.getSource() instanceof org.eclipse.jface.viewers.ViewerCell cell
                                && editable.containsKey(cell.getColumnIndex());
            }
        };
        org.eclipse.jface.viewers.TableViewerEditor.create(viewer, activation,
                org.eclipse.jface.viewers.ColumnViewerEditor.TABBING_HORIZONTAL
                        | org.eclipse.jface.viewers.ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | org.eclipse.jface.viewers.ColumnViewerEditor.TABBING_VERTICAL);
    }

    /** @return what is wrong with the typed value, in the form's words */
    static String problem(InitiativeEdits.Problem problem, String field) {
        return switch (problem) {
            case NOT_A_DATE -> org.grassroots.planner.ui.edit.Messages.problemDate;
            case NOT_A_BUDGET -> org.grassroots.planner.ui.edit.Messages.problemBudget;
            case REQUIRED, NOT_A_STATUS -> org.grassroots.planner.ui.edit.Messages.bind(
                    org.grassroots.planner.ui.edit.Messages.problemRequired, Labels.field(field));
        };
    }

    private void sayProblem(String text) {
        if (editProblem.isDisposed()) {
            return;
        }
        editProblem.setText(text == null ? "" : text);
        editProblem.setVisible(text != null);
        ((org.eclipse.swt.layout.GridData) editProblem.getLayoutData()).exclude = text == null;
        editProblem.getParent().layout(true, true);
    }

    /** @return what the cell edit found wrong with the value typed so far (null: nothing), as the planner reads it */
    public String editProblemText() {
        return editProblem.getVisible() ? editProblem.getText() : null;
    }

    /**
     * F2, as in Excel: edits the cell of the first selected initiative in the column last clicked when the planner may
     * type there, else its title.
     *
     * @return whether a cell is being edited
     */
    public boolean editSelected() {
        List<Initiative> chosen = selection();
        if (chosen.isEmpty() || !session.mayEdit(chosen.get(0))) {
            return false;
        }
        int column = editable.containsKey(clickedColumn) && viewer.getTable().getColumn(clickedColumn).getWidth() > 0
                ? clickedColumn : titleColumn;
        viewer.getTable().getItem(rows.indexOf(chosen.get(0))); // a virtual row is filled before it is edited
        viewer.editElement(chosen.get(0), column);
        return viewer.isCellEditorActive();
    }

    /** Starts editing a cell, as a double click on it does (tests; the field is a plan-file column name). */
    public void editCell(Initiative initiative, String field) {
        int index = rows.indexOf(initiative);
        viewer.getTable().getItem(index); // a virtual row is filled before it is edited
        int column = editable.entrySet().stream().filter(e -> e.getValue().equals(field)).findFirst().orElseThrow().getKey();
        viewer.editElement(rows.get(index), column);
    }

    /** Typing in a cell: the form's checks as the planner types; the value goes in as one undoable edit. */
    private final class CellEditing extends org.eclipse.jface.viewers.EditingSupport {
        private final String field;
        private final org.eclipse.jface.viewers.CellEditor editor;
        private Initiative current;

        CellEditing(String field) {
            super(viewer);
            this.field = field;
            if (field.equals("status")) {
                editor = new org.eclipse.jface.viewers.ComboBoxCellEditor(viewer.getTable(), java.util.Arrays
                        .stream(org.grassroots.planner.model.Status.values()).map(Labels::status).toArray(String[]::new),
                        SWT.READ_ONLY);
            } else {
                editor = new org.eclipse.jface.viewers.TextCellEditor(viewer.getTable());
                editor.setValidator(value -> {
                    try {
                        InitiativeEdits.withField(current, field, (String) value);
                        return null;
                    } catch (InitiativeEdits.EditException e) {
                        return problem(e.problem(), field);
                    }
                });
            }
            editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    sayProblem(editor.getErrorMessage());
                }

                @Override
                public void cancelEditor() {
                    sayProblem(null);
                }

                @Override
                public void applyEditorValue() {
                    sayProblem(null);
                }
            });
        }

        @Override
        protected boolean canEdit(Object element) {
            return session.mayEdit((Initiative) element);
        }

        @Override
        protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
            current = (Initiative) element;
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Initiative i = (Initiative) element;
            return switch (field) {
                case "status" -> i.getStatus().ordinal();
                case "title_ja" -> i.getTitleJa();
                case "title_en" -> nz(i.getTitleEn());
                case "budget_jpy" -> i.getBudgetJpy() == null ? "" : NumberFormat.getIntegerInstance(Locale.ROOT)
                        .format(i.getBudgetJpy());
                case "start_date" -> i.getStartDate() == null ? "" : i.getStartDate().toString();
                case "end_date" -> i.getEndDate() == null ? "" : i.getEndDate().toString();
                default -> "";
            };
        }

        @Override
        protected void setValue(Object element, Object value) {
            Initiative i = (Initiative) element;
            String text = field.equals("status")
                    ? org.grassroots.planner.model.Status.values()[Math.max(0, (Integer) value)].code()
                    : (String) value;
            try {
                Initiative edited = InitiativeEdits.withField(i, field, text);
                if (!edited.equals(i)) {
                    org.grassroots.planner.ui.edit.PlanOperations.save(session, i, edited);
                }
            } catch (InitiativeEdits.EditException e) {
                sayProblem(problem(e.problem(), field));
            }
        }
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
                return f == null ? "" : f.getRule() + ": " + (rules == null ? "" : rules.messages().format(f, session.names(), Locale.getDefault()));
            }

            @Override
            public Color getForeground(Object element) {
                Finding f = worst.get(((Initiative) element).getId());
                return f == null ? null : Labels.color(f.getSeverity());
            }
        });
    }

    private TableViewerColumn column(String title, int width, Function<Initiative, String> text, Comparator<Initiative> sort) {
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
        return column;
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
        // the selection stays on the initiatives, not on the row numbers, whatever the new order
        java.util.Set<String> selected = new java.util.HashSet<>();
        for (int index : viewer.getTable().getSelectionIndices()) {
            if (index < rows.size()) {
                selected.add(rows.get(index).getId());
            }
        }
        List<Initiative> out = new ArrayList<>();
        for (Initiative i : s.initiatives()) {
            if (stateFilter != null && !i.getStates().contains(stateFilter)) {
                continue;
            }
            if (!text.isEmpty() && !matches(i, text)) {
                continue;
            }
            if (!passesFilters(i)) {
                continue;
            }
            out.add(i);
        }
        out.sort(order);
        rows = out;
        viewer.getTable().deselectAll();
        viewer.getTable().clearAll();
        viewer.setItemCount(rows.size());
        viewer.refresh();
        if (!selected.isEmpty()) {
            List<Integer> keep = new ArrayList<>();
            for (int n = 0; n < rows.size(); n++) {
                if (selected.contains(rows.get(n).getId())) {
                    keep.add(n);
                }
            }
            viewer.getTable().setSelection(keep.stream().mapToInt(Integer::intValue).toArray());
        }
        summarize();
    }

    private boolean passesFilters(Initiative i) {
        int m = missionFilter.getSelectionIndex();
        if (m > 0 && !missionCodes.get(m - 1).equals(i.getMission())) {
            return false;
        }
        int st = statusFilter.getSelectionIndex();
        if (st > 0 && i.getStatus() != org.grassroots.planner.model.Status.values()[st - 1]) {
            return false;
        }
        int k = kindFilter.getSelectionIndex();
        if (k > 0 && i.getKind() != org.grassroots.planner.model.Kind.values()[k - 1]) {
            return false;
        }
        int sev = severityFilter.getSelectionIndex();
        if (sev > 0) {
            Finding f = worst.get(i.getId());
            return sev == Severity.values().length + 1 ? f == null : f != null && f.getSeverity() == Severity.values()[sev - 1];
        }
        return true;
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
    }

    /** The text above the table: the year, its counts (and how many the search and filters leave), what went wrong. */
    private void summarize() {
        PlanSession.Snapshot s = session.snapshot();
        if (s.fiscalYear() == 0 && s.problem() == null) {
            summary.setText(Messages.loading);
        } else {
            long errors = s.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
            String text = s.fiscalYear() == 0 ? "" : Messages.format(Messages.summary, s.fiscalYear(),
                    new FiscalYear(s.fiscalYear()).japanese(), s.initiatives().size(), s.findings().size(), errors);
            if (s.fiscalYear() != 0 && rows.size() != s.initiatives().size()) {
                text = text + "  \u2014  " + Messages.format(Messages.shownOf, rows.size(), s.initiatives().size());
            }
            if (session.lastImport() != null) {
                text = text + "\n" + session.lastImport();
            }
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
        return java.util.Arrays.stream(viewer.getTable().getSelectionIndices()).filter(n -> n < rows.size())
                .mapToObj(rows::get).toList();
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

    /** A save refused for conflicts (from the event broker, on the UI thread): the planner chooses in the dialog. */
    @Inject
    @Optional
    void resolve(@UIEventTopic(PlanEvents.CONFLICTS) List<org.grassroots.planner.store.Conflict> found) {
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
    }

}
