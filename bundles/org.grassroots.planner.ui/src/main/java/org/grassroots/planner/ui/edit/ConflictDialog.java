package org.grassroots.planner.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.Conflict;
import org.grassroots.planner.ui.plan.Labels;

/**
 * A save refused because another planner changed the same initiatives: for each, the fields where the
 * two differ, side by side, each with "keep yours" (the default) or "take theirs". OK gives each
 * initiative as chosen (or null where it takes theirs whole, their row being deleted included), for the
 * planner to save again or edit further; nothing is lost either way: Cancel keeps every edit as it was.
 */
public final class ConflictDialog extends TitleAreaDialog {
    /** A field of an initiative: its label, its value as shown, and how to take it from another initiative. */
    private record Field(String label, Function<Initiative, Object> value, BiConsumer<Initiative.Builder, Initiative> take) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(Messages.fieldFiscalYear, Initiative::getFiscalYear, (b, i) -> b.fiscalYear(i.getFiscalYear())),
            new Field(Messages.fieldMission, i -> Labels.mission(i.getMission()), (b, i) -> b.mission(i.getMission())),
            new Field(Messages.fieldTitleJa, Initiative::getTitleJa, (b, i) -> b.titleJa(i.getTitleJa())),
            new Field(Messages.fieldTitleEn, Initiative::getTitleEn, (b, i) -> b.titleEn(i.getTitleEn())),
            new Field(Messages.fieldKind, i -> Labels.kind(i.getKind()), (b, i) -> b.kind(i.getKind())),
            new Field(Messages.fieldThemes, i -> String.join(", ", i.getThemes()), (b, i) -> b.themes(i.getThemes())),
            new Field(Messages.fieldStates, i -> String.join(", ", i.getStates()), (b, i) -> b.states(i.getStates())),
            new Field(Messages.fieldPartners, i -> String.join(", ", i.getPartners()), (b, i) -> b.partners(i.getPartners())),
            new Field(Messages.fieldFormat, i -> i.getFormat() == null ? null : Labels.format(i.getFormat()), (b, i) -> b.format(i.getFormat())),
            new Field(Messages.fieldStart, Initiative::getStartDate, (b, i) -> b.startDate(i.getStartDate())),
            new Field(Messages.fieldEnd, Initiative::getEndDate, (b, i) -> b.endDate(i.getEndDate())),
            new Field(Messages.fieldBudget, i -> i.getBudgetJpy() == null ? null
                    : java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT).format(i.getBudgetJpy()), (b, i) -> b.budgetJpy(i.getBudgetJpy())),
            new Field(Messages.fieldStatus, i -> Labels.status(i.getStatus()), (b, i) -> b.status(i.getStatus())),
            new Field(Messages.fieldActualCost, Initiative::getActualCostJpy, (b, i) -> b.actualCostJpy(i.getActualCostJpy())),
            new Field(Messages.fieldParticipants, Initiative::getParticipants, (b, i) -> b.participants(i.getParticipants())),
            new Field(Messages.fieldOnlineViews, Initiative::getOnlineViews, (b, i) -> b.onlineViews(i.getOnlineViews())),
            new Field(Messages.fieldMediaReports, Initiative::getMediaReports, (b, i) -> b.mediaReports(i.getMediaReports())),
            new Field(Messages.fieldDignitaries, i -> String.join(", ", i.getDignitaries()),
                    (b, i) -> b.dignitaries(i.getDignitaries())),
            new Field(Messages.fieldOutcome, Initiative::getOutcome, (b, i) -> b.outcome(i.getOutcome())),
            new Field(Messages.fieldBestPractice, Initiative::getBestPractice, (b, i) -> b.bestPractice(i.getBestPractice())));

    private final List<Conflict> conflicts;
    /** Per conflict: per differing field, the "take theirs" button. */
    private final Map<String, Map<Field, Button>> theirs = new LinkedHashMap<>();
    /** Per conflict whose other side is gone or whose row I deleted: the "take theirs" button for the whole row. */
    private final Map<String, Button> whole = new LinkedHashMap<>();
    private Map<String, Initiative> result;
    private final java.util.Set<String> deleteAnyway = new java.util.TreeSet<>();

    public ConflictDialog(Shell parent, List<Conflict> conflicts) {
        super(parent);
        this.conflicts = List.copyOf(conflicts);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(1000, 520);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.conflictTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.conflictTitle);
        setMessage(Messages.conflictMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        // what to do, under the title area (whose message holds two lines only, fewer in a Japanese font)
        Label explain = new Label(area, SWT.WRAP);
        explain.setText(Messages.conflictExplain);
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).indent(8, 8).applyTo(explain);
        ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 300).applyTo(scroll);
        Composite grid = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 8).spacing(12, 4).applyTo(grid);
        for (Conflict c : conflicts) {
            Label heading = new Label(grid, SWT.NONE);
            heading.setText(Messages.bind(Messages.conflictInitiative, c.id(), c.mine() != null ? c.mine().getTitleJa()
                    : c.theirs().getTitleJa()));
            heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
            GridDataFactory.fillDefaults().span(4, 1).indent(0, 6).applyTo(heading);
            header(grid, Messages.conflictField);
            header(grid, Messages.conflictMine);
            header(grid, Messages.bind(Messages.conflictTheirs, c.changedBy()));
            header(grid, "");
            if (c.theirs() == null || c.mine() == null) {
                // one side has no row: deleted by the other planner, or by me
                cell(grid, "\u2014");
                cell(grid, c.mine() == null ? Messages.bind(Messages.conflictDeleted, "\u2192") : c.mine().getTitleJa());
                cell(grid, c.theirs() == null ? Messages.bind(Messages.conflictDeleted, c.changedBy()) : c.theirs().getTitleJa());
                whole.put(c.id(), choice(grid));
                continue;
            }
            Map<Field, Button> fields = new LinkedHashMap<>();
            for (Field f : FIELDS) {
                Object mine = f.value().apply(c.mine());
                Object other = f.value().apply(c.theirs());
                if (Objects.equals(mine, other)) {
                    continue;
                }
                cell(grid, f.label());
                cell(grid, text(mine));
                cell(grid, text(other));
                fields.put(f, choice(grid));
            }
            theirs.put(c.id(), fields);
        }
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return area;
    }

    private static void header(Composite grid, String text) {
        Label l = new Label(grid, SWT.NONE);
        l.setText(text);
        l.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
    }

    private static void cell(Composite grid, String text) {
        Label l = new Label(grid, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().hint(190, SWT.DEFAULT).applyTo(l);
    }

    /** @return the "take theirs" button of a pair of radio buttons, "keep yours" selected */
    private static Button choice(Composite grid) {
        Composite pair = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
        Button mine = new Button(pair, SWT.RADIO);
        mine.setText(Messages.conflictKeepMine);
        mine.setSelection(true);
        Button other = new Button(pair, SWT.RADIO);
        other.setText(Messages.conflictTakeTheirs);
        return other;
    }

    private static String text(Object value) {
        return value == null ? "\u2014" : value.toString();
    }

    /** Sets every choice to "take theirs" ({@code true}) or "keep yours" (for tests and a planner's shortcut). */
    public void chooseAll(boolean takeTheirs) {
        List<Button> all = new ArrayList<>(whole.values());
        theirs.values().forEach(m -> all.addAll(m.values()));
        for (Button b : all) {
            b.setSelection(takeTheirs);
            for (Control sibling : b.getParent().getChildren()) {
                if (sibling != b && sibling instanceof Button other) {
                    other.setSelection(!takeTheirs);
                }
            }
        }
    }

    @Override
    protected void okPressed() {
        Map<String, Initiative> out = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            Button row = whole.get(c.id());
            if (row != null) {
                if (c.mine() == null && !row.getSelection()) {
                    deleteAnyway.add(c.id()); // my deletion kept over their change
                }
                out.put(c.id(), row.getSelection() ? null : c.mine());
                continue;
            }
            Initiative.Builder b = c.mine().toBuilder();
            theirs.get(c.id()).forEach((field, take) -> {
                if (take.getSelection()) {
                    field.take().accept(b, c.theirs());
                }
            });
            Initiative merged = b.build();
            out.put(c.id(), merged.equals(c.theirs()) ? null : merged);
        }
        result = out;
        super.okPressed();
    }

    /**
     * @return each initiative as chosen, by id: the value to save (unsaved until the planner saves again), or
     *         null where theirs is taken whole; null if the dialog was cancelled
     */
    public Map<String, Initiative> result() {
        return result;
    }

    /** @return the initiatives this planner deleted and keeps deleted over the other planner's change */
    public java.util.Set<String> deleteAnyway() {
        return deleteAnyway;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
