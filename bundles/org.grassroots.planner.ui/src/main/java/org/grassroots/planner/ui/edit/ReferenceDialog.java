package org.grassroots.planner.ui.edit;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;
import org.grassroots.planner.ui.plan.Labels;

/**
 * The form for a fiscal year's reference: the budget cap, the largest share of one mission, the
 * priority themes, and the priority states with the sourced figures of each state beside it. The
 * missions' jurisdictions stay as they are.
 */
public class ReferenceDialog extends TitleAreaDialog {
    private final FiscalYearReference initial;
    private final List<Theme> themes = ReferenceData.shipped().themes();
    private final List<UsState> states = new ArrayList<>(ReferenceData.shipped().states().values());
    private Text cap;
    private Spinner share;
    private Table themeList;
    private Table stateList;
    private FiscalYearReference result;

    public ReferenceDialog(Shell parent, FiscalYearReference initial) {
        super(parent);
        this.initial = initial;
        states.sort(java.util.Comparator.comparing(UsState::code));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.bind(Messages.referenceTitle, initial.getFiscalYear()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.bind(Messages.referenceTitle, initial.getFiscalYear()));
        setMessage(Messages.referenceHint);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.referenceCap);
        cap = new Text(form, SWT.BORDER);
        cap.setText(Long.toString(initial.getBudgetCapJpy()));
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(cap);
        cap.addModifyListener(e -> validate());
        new Label(form, SWT.NONE).setText(Messages.referenceShare);
        share = new Spinner(form, SWT.BORDER);
        share.setValues((int) Math.round(initial.getMissionShareMax() * 100), 1, 100, 0, 1, 5);
        label(form, Messages.referenceThemes);
        themeList = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).applyTo(themeList);
        for (Theme t : themes) {
            TableItem item = new TableItem(themeList, SWT.NONE);
            item.setText((Labels.japanese() ? t.getLabelJa() : t.getLabelEn()) + " (" + t.getCode() + ")");
            item.setChecked(initial.getPriorityThemes().contains(t.getCode()));
        }
        label(form, Messages.referenceStates);
        stateList = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        stateList.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(stateList);
        new TableColumn(stateList, SWT.NONE).setText(Messages.referenceStateColumn);
        new TableColumn(stateList, SWT.NONE).setText(Messages.referenceFiguresColumn);
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
        for (UsState s : states) {
            TableItem item = new TableItem(stateList, SWT.NONE);
            item.setText(0, Labels.state(s.code()));
            item.setText(1, figures(s.code(), number));
            item.setChecked(initial.getPriorityStates().contains(s.code()));
        }
        stateList.getColumn(0).setWidth(200);
        stateList.getColumn(1).setWidth(420);
        return area;
    }

    private static void label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    /** @return the sourced figures of a state, each with its year and source */
    private static String figures(String state, NumberFormat number) {
        return org.grassroots.planner.ui.plan.ReferencePart.stateFigures(state).stream().map(f -> number.format(f.value()) + " (" + f.year() + ", " + f.source(java.util.Locale.getDefault()) + ")")
                .reduce((a, b) -> a + "; " + b).orElse("");
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
        boolean ok = capValue() != null;
        setErrorMessage(ok ? null : Messages.referenceBadCap);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
    }

    @Override
    protected void okPressed() {
        Set<String> chosenThemes = new LinkedHashSet<>();
        for (int n = 0; n < themes.size(); n++) {
            if (themeList.getItem(n).getChecked()) {
                chosenThemes.add(themes.get(n).getCode());
            }
        }
        Set<String> chosenStates = new LinkedHashSet<>();
        for (int n = 0; n < states.size(); n++) {
            if (stateList.getItem(n).getChecked()) {
                chosenStates.add(states.get(n).code());
            }
        }
        result = new FiscalYearReference(initial.getFiscalYear(), capValue(), share.getSelection() / 100.0, chosenThemes,
                chosenStates, initial.getMissions(), initial.getPriorityShareMin());
        super.okPressed();
    }

    /** @return the reference as edited, or null if the planner cancelled */
    public FiscalYearReference result() {
        return result;
    }

    /** @return the widgets, for tests that fill the form as a planner would */
    public Text capField() {
        return cap;
    }

    public Spinner shareField() {
        return share;
    }

    public Table themeTable() {
        return themeList;
    }

    public Table stateTable() {
        return stateList;
    }
}
