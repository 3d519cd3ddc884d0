package org.grassroots.planner.ui.whatif;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.grassroots.planner.suggest.SuggestionWeights;

/**
 * Before the solver runs: its time box and the soft constraints' weights a reviewer sets (as {@code planner suggest
 * --seconds N --weights themes=N,states=N,outreach=N,balance=N,changes=N} does), starting from the defaults.
 */
public class SuggestDialog extends TitleAreaDialog {
    private final int fiscalYear;
    private Spinner seconds;
    private Spinner themes;
    private Spinner states;
    private Spinner outreach;
    private Spinner balance;
    private Spinner changes;
    private int chosenSeconds;
    private SuggestionWeights weights;

    public SuggestDialog(Shell parent, int fiscalYear) {
        super(parent);
        this.fiscalYear = fiscalYear;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.suggestTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.suggestTitle);
        setMessage(Messages.suggestHint);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        SuggestionWeights d = SuggestionWeights.DEFAULT;
        seconds = spinner(form, Messages.seconds, 10, 1, 600);
        themes = spinner(form, Messages.weightThemes, d.priorityThemes(), 0, 1_000_000);
        states = spinner(form, Messages.weightStates, d.priorityStates(), 0, 1_000_000);
        outreach = spinner(form, Messages.weightOutreach, d.outreachStates(), 0, 1_000_000);
        balance = spinner(form, Messages.weightBalance, d.linesBalanced(), 0, 1_000_000);
        changes = spinner(form, Messages.weightChanges, d.fewestChanges(), 0, 1_000_000);
        return area;
    }

    private static Spinner spinner(Composite form, String label, long value, int min, int max) {
        new Label(form, SWT.NONE).setText(label);
        Spinner s = new Spinner(form, SWT.BORDER);
        s.setValues((int) value, min, max, 0, 1, 10);
        GridDataFactory.swtDefaults().hint(100, SWT.DEFAULT).applyTo(s);
        return s;
    }

    @Override
    protected void okPressed() {
        chosenSeconds = seconds.getSelection();
        weights = new SuggestionWeights(themes.getSelection(), states.getSelection(), outreach.getSelection(), balance.getSelection(),
                changes.getSelection());
        super.okPressed();
    }

    /** @return the time box chosen, in seconds */
    public int seconds() {
        return chosenSeconds;
    }

    /** @return the weights chosen, or null if the reviewer cancelled */
    public SuggestionWeights weights() {
        return weights;
    }

    /** @return the spinners in the form's order: seconds, themes, states, outreach, balance, changes (for tests) */
    public java.util.List<Spinner> fields() {
        return java.util.List.of(seconds, themes, states, outreach, balance, changes);
    }
}
