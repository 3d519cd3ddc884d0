package org.grassroots.planner.ui.whatif;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioChanges;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;
import org.grassroots.planner.ui.plan.Labels;

/**
 * A new scenario of the shown year as a reviewer asks for it: the reference changed (the cap, a mission's share, the
 * priority states: "what if Kentucky and Tennessee become priority states?") and the initiatives of a kind starting in
 * a month moved to the next fiscal year ("what if the seminars of March move to next year?"). The planning service
 * says which initiatives those are and turns the form into the scenario file's changes ({@link ScenarioChanges}).
 */
public class ScenarioDialog extends TitleAreaDialog {
    /** The months of a fiscal year in its order, April first. */
    private static final int[] MONTHS = { 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3 };

    private final FiscalYearReference reference;
    private final List<Initiative> plan;
    private final List<UsState> states = new ArrayList<>(ReferenceData.shipped().states().values());
    private final Map<String, Initiative> byId = new java.util.HashMap<>();
    private Text name;
    private Text cap;
    private Spinner share;
    private Table stateList;
    private Combo kind;
    private Combo month;
    private Table moved;
    private Label count;
    private Scenario result;

    /**
     * @param reference the shown year's reference (as the plan is checked against it now)
     * @param plan the shown year's initiatives (as edited)
     */
    public ScenarioDialog(Shell parent, FiscalYearReference reference, List<Initiative> plan) {
        super(parent);
        this.reference = reference;
        this.plan = List.copyOf(plan);
        this.plan.forEach(i -> byId.put(i.getId(), i));
        states.sort(java.util.Comparator.comparing(UsState::code));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(org.eclipse.osgi.util.NLS.bind(Messages.newScenarioTitle, reference.getFiscalYear()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(org.eclipse.osgi.util.NLS.bind(Messages.newScenarioTitle, reference.getFiscalYear()));
        setMessage(Messages.newScenarioHint);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form);

        Composite top = new Composite(form, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.scenarioName);
        name = new Text(top, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        name.addModifyListener(e -> validate());

        Group ref = new Group(form, SWT.NONE);
        ref.setText(Messages.referenceGroup);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(ref);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(ref);
        new Label(ref, SWT.NONE).setText(Messages.cap);
        cap = new Text(ref, SWT.BORDER);
        cap.setText(Long.toString(reference.getBudgetCapJpy()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cap);
        cap.addModifyListener(e -> validate());
        new Label(ref, SWT.NONE).setText(Messages.share);
        share = new Spinner(ref, SWT.BORDER);
        share.setValues((int) Math.round(reference.getMissionShareMax() * 100), 1, 100, 0, 1, 5);
        Label statesLabel = new Label(ref, SWT.NONE);
        statesLabel.setText(Messages.priorityStates);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(statesLabel);
        stateList = new Table(ref, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).hint(220, 260).applyTo(stateList);
        for (UsState s : states) {
            TableItem item = new TableItem(stateList, SWT.NONE);
            item.setText(Labels.state(s.code()));
            item.setData(s.code());
            item.setChecked(reference.getPriorityStates().contains(s.code()));
        }

        Group move = new Group(form, SWT.NONE);
        move.setText(Messages.moveGroup);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(move);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(move);
        new Label(move, SWT.NONE).setText(Messages.kind);
        kind = new Combo(move, SWT.READ_ONLY);
        kind.add(Messages.anyKind);
        for (Kind k : Kind.values()) {
            kind.add(Labels.kind(k));
        }
        kind.select(0);
        new Label(move, SWT.NONE).setText(Messages.month);
        month = new Combo(move, SWT.READ_ONLY);
        month.add(Messages.noMonth);
        for (int m : MONTHS) {
            month.add(java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.getDefault()));
        }
        month.select(0);
        kind.addListener(SWT.Selection, e -> fillMoved());
        month.addListener(SWT.Selection, e -> fillMoved());
        moved = new Table(move, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        moved.setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 200).applyTo(moved);
        String[] titles = { Messages.columnId, Messages.columnTitle, Messages.columnStart, Messages.columnBudget };
        int[] widths = { 120, 280, 100, 120 };
        for (int k = 0; k < titles.length; k++) {
            TableColumn c = new TableColumn(moved, k == 3 ? SWT.RIGHT : SWT.LEFT);
            c.setText(titles[k]);
            c.setWidth(widths[k]);
        }
        moved.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                showCount();
            }
        });
        count = new Label(move, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(count);
        showCount();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Lists the initiatives of the kind that start in the month, as the planning service picks them, each checked. */
    private void fillMoved() {
        moved.removeAll();
        int m = month.getSelectionIndex();
        if (m > 0) {
            Kind k = kind.getSelectionIndex() <= 0 ? null : Kind.values()[kind.getSelectionIndex() - 1];
            java.text.NumberFormat yen = java.text.NumberFormat.getIntegerInstance(Locale.getDefault());
            for (String id : ScenarioChanges.startingIn(plan, reference.getFiscalYear(), k, MONTHS[m - 1])) {
                Initiative i = byId.get(id);
                TableItem item = new TableItem(moved, SWT.NONE);
                item.setText(new String[] { id, Labels.japanese() || i.getTitleEn() == null || i.getTitleEn().isBlank()
                        ? i.getTitleJa() : i.getTitleEn(), String.valueOf(i.getStartDate()),
                        i.getBudgetJpy() == null ? "" : yen.format(i.getBudgetJpy()) });
                item.setData(id);
                item.setChecked(true);
            }
        }
        showCount();
    }

    private void showCount() {
        count.setText(org.eclipse.osgi.util.NLS.bind(Messages.moveCount, checkedIds().size(), reference.getFiscalYear() + 1));
        count.getParent().layout();
    }

    private List<String> checkedIds() {
        List<String> out = new ArrayList<>();
        for (TableItem i : moved.getItems()) {
            if (i.getChecked()) {
                out.add((String) i.getData());
            }
        }
        return out;
    }

    private Long capValue() {
        try {
            long value = Long.parseLong(cap.getText().strip().replace(",", ""));
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void validate() {
        String problem = name.getText().isBlank() ? Messages.badName : capValue() == null ? Messages.badCap : null;
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        Set<String> chosen = new LinkedHashSet<>();
        for (TableItem i : stateList.getItems()) {
            if (i.getChecked()) {
                chosen.add((String) i.getData());
            }
        }
        double shareMax = share.getSelection() == (int) Math.round(reference.getMissionShareMax() * 100) ? reference.getMissionShareMax()
                : share.getSelection() / 100.0; // untouched: the year's own, not its rounding
        FiscalYearReference edited = new FiscalYearReference(reference.getFiscalYear(), capValue(), shareMax,
                reference.getPriorityThemes(), chosen, reference.getMissions(), reference.getPriorityShareMin());
        result = new Scenario(name.getText().strip(), ScenarioChanges.between(reference, edited), List.of(),
                ScenarioChanges.toNextYear(checkedIds(), reference.getFiscalYear()), null);
        super.okPressed();
    }

    /** @return the scenario made, or null if the reviewer cancelled */
    public Scenario result() {
        return result;
    }
}
