package org.grassroots.planner.ui.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.planning.InitiativeEdits;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.ui.plan.Labels;

/**
 * The form for one initiative: every column of the plan, with pickers for mission, kind, themes,
 * states, format and status, checked as the planner types (OK only when the initiative is valid).
 */
public class InitiativeDialog extends TitleAreaDialog {
    private final Initiative initial;
    private final boolean newId;
    private final List<Mission> missions = ReferenceData.shipped().missions();
    private final List<Theme> themes = ReferenceData.shipped().themes();
    /** The target states the planning service offers: US (nationwide), then every state, DC and territory. */
    private final List<String> states = org.grassroots.planner.planning.InitiativeChoices.targetStates();
    private Initiative result;

    private Text id;
    private Spinner fiscalYear;
    private Combo mission;
    private Text titleJa;
    private Text titleEn;
    private Combo kind;
    private Table themeList;
    private Text otherThemes;
    private Table stateList;
    private Text partners;
    private Combo format;
    private Text start;
    private Text end;
    private Text budget;
    private Combo status;
    // the results, enabled once the status is done
    private Text actualCost;
    private Text participants;
    private Text onlineViews;
    private Text mediaReports;
    private Text dignitaries;
    private Text outcome;
    private org.eclipse.swt.widgets.Button bestPractice;
    private final List<Control> resultControls = new ArrayList<>();

    /**
     * @param initial the initiative to edit, or a template for a new one
     * @param newId   true when the id may be chosen (new or duplicated initiative)
     */
    public InitiativeDialog(Shell parent, Initiative initial, boolean newId) {
        super(parent);
        this.initial = initial;
        this.newId = newId;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @return the initiative as the planner left it after OK, else null */
    public Initiative result() {
        return result;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(newId ? Messages.titleNew : Messages.bind(Messages.titleEdit, initial.getId()));
        getShell().setText(Messages.shellTitle);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form);

        id = text(form, Messages.fieldId, initial.getId(), 1);
        id.setEditable(newId);
        fiscalYear = new Spinner(labelled(form, Messages.fieldFiscalYear), SWT.BORDER);
        fiscalYear.setValues(initial.getFiscalYear(), 2000, 2100, 0, 1, 1);
        mission = combo(form, Messages.fieldMission, missions.stream().map(m -> Labels.mission(m.getCode())).toList(),
                indexOfMission(initial.getMission()));
        kind = combo(form, Messages.fieldKind, Arrays.stream(Kind.values()).map(Labels::kind).toList(), initial.getKind().ordinal());
        titleJa = text(form, Messages.fieldTitleJa, initial.getTitleJa(), 3);
        titleEn = text(form, Messages.fieldTitleEn, initial.getTitleEn(), 3);
        themeList = checkList(form, Messages.fieldThemes, themes.stream().map(t -> (Labels.japanese() ? t.getLabelJa()
                : t.getLabelEn()) + "  (" + t.getCode() + ")").toList(),
                themes.stream().map(t -> initial.getThemes().contains(t.getCode())).toList());
        stateList = checkList(form, Messages.fieldStates, states.stream().map(Labels::state).toList(),
                states.stream().map(initial.getStates()::contains).toList());
        otherThemes = text(form, Messages.fieldOtherThemes, String.join(";", initial.getThemes().stream()
                .filter(t -> themes.stream().noneMatch(k -> k.getCode().equals(t))).toList()), 1);
        partners = text(form, Messages.fieldPartners, String.join(";", initial.getPartners()), 1);
        List<String> formats = new ArrayList<>(List.of(""));
        Arrays.stream(Format.values()).forEach(f -> formats.add(Labels.format(f)));
        format = combo(form, Messages.fieldFormat, formats, initial.getFormat() == null ? 0 : initial.getFormat().ordinal() + 1);
        status = combo(form, Messages.fieldStatus, Arrays.stream(Status.values()).map(Labels::status).toList(),
                initial.getStatus().ordinal());
        start = text(form, Messages.fieldStart, initial.getStartDate() == null ? "" : initial.getStartDate().toString(), 1);
        end = text(form, Messages.fieldEnd, initial.getEndDate() == null ? "" : initial.getEndDate().toString(), 1);
        budget = text(form, Messages.fieldBudget, initial.getBudgetJpy() == null ? "" : initial.getBudgetJpy().toString(), 1);
        new Label(form, SWT.NONE);
        new Label(form, SWT.NONE);
        results(form);
        for (Control c : form.getChildren()) {
            c.addListener(SWT.Modify, e -> validate());
            c.addListener(SWT.Selection, e -> validate());
        }
        return area;
    }

    /** The Results section: what a done initiative achieved (the plan file's result columns). */
    private void results(Composite form) {
        Label heading = new Label(form, SWT.NONE);
        heading.setText(Messages.resultsHeading);
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(4, 1).indent(0, 8).applyTo(heading);
        int before = form.getChildren().length;
        actualCost = text(form, Messages.fieldActualCost, number(initial.getActualCostJpy()), 1);
        participants = text(form, Messages.fieldParticipants, number(initial.getParticipants()), 1);
        onlineViews = text(form, Messages.fieldOnlineViews, number(initial.getOnlineViews()), 1);
        mediaReports = text(form, Messages.fieldMediaReports, number(initial.getMediaReports()), 1);
        dignitaries = text(form, Messages.fieldDignitaries, String.join(";", initial.getDignitaries()), 1);
        new Label(form, SWT.NONE).setText(Messages.fieldBestPractice);
        bestPractice = new org.eclipse.swt.widgets.Button(form, SWT.CHECK);
        bestPractice.setSelection(initial.isBestPractice());
        new Label(form, SWT.NONE).setText(Messages.fieldOutcome);
        outcome = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        outcome.setText(initial.getOutcome() == null ? "" : initial.getOutcome());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(180, 48).applyTo(outcome);
        Control[] all = form.getChildren();
        for (int n = before; n < all.length; n++) {
            resultControls.add(all[n]);
        }
        status.addListener(SWT.Selection, e -> enableResults());
        enableResults();
    }

    /** The results can be written once the initiative is done (they stay as they are otherwise). */
    private void enableResults() {
        boolean done = Status.values()[status.getSelectionIndex()] == Status.DONE;
        for (Control c : resultControls) {
            c.setEnabled(done);
        }
    }

    /** @return true when the Results section can be edited (the status is done) */
    public boolean resultsEnabled() {
        return actualCost.isEnabled();
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    /** @return the whole number 0 … 1e12 in the field, null when empty; throws when it is none */
    private static Long count(Text field) {
        String text = field.getText().strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        long value = Long.parseLong(text);
        if (value < 0 || value > 1_000_000_000_000L) {
            throw new NumberFormatException(text);
        }
        return value;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private int indexOfMission(String code) {
        for (int n = 0; n < missions.size(); n++) {
            if (missions.get(n).getCode().equals(code)) {
                return n;
            }
        }
        return 0;
    }

    private static Composite labelled(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        return form;
    }

    private static Text text(Composite form, String label, String value, int span) {
        Text t = new Text(labelled(form, label), SWT.BORDER);
        t.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(180, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static Combo combo(Composite form, String label, List<String> items, int selected) {
        Combo c = new Combo(labelled(form, label), SWT.READ_ONLY);
        c.setItems(items.toArray(String[]::new));
        c.select(selected);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
        return c;
    }

    private static Table checkList(Composite form, String label, List<String> items, List<Boolean> checked) {
        Label l = new Label(form, SWT.NONE);
        l.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        Table t = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        for (int n = 0; n < items.size(); n++) {
            TableItem item = new TableItem(t, SWT.NONE);
            item.setText(items.get(n));
            item.setChecked(checked.get(n));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(240, 150).applyTo(t);
        return t;
    }

    private List<String> checked(Table table, List<String> codes) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < table.getItemCount(); n++) {
            if (table.getItem(n).getChecked()) {
                out.add(codes.get(n));
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Builds the initiative from the form, or says in the title area what is missing or wrong. */
    private void validate() {
        result = null;
        String problem = null;
        LocalDate startDate = null;
        LocalDate endDate = null;
        Long yen = null;
        // the planning service's checks, the same as a table cell's
        try {
            startDate = InitiativeEdits.date(start.getText());
            endDate = InitiativeEdits.date(end.getText());
        } catch (InitiativeEdits.EditException e) {
            problem = Messages.problemDate;
        }
        try {
            yen = InitiativeEdits.budget(budget.getText());
        } catch (InitiativeEdits.EditException e) {
            problem = Messages.problemBudget;
        }
        Long[] resultCounts = new Long[4];
        Text[] resultFields = { actualCost, participants, onlineViews, mediaReports };
        String[] resultNames = { Messages.fieldActualCost, Messages.fieldParticipants, Messages.fieldOnlineViews,
                Messages.fieldMediaReports };
        for (int n = 0; n < resultFields.length; n++) {
            try {
                resultCounts[n] = count(resultFields[n]);
            } catch (NumberFormatException e) {
                problem = Messages.bind(Messages.problemResult, resultNames[n]);
            }
        }
        List<String> themeCodes = new ArrayList<>(checked(themeList, themes.stream().map(Theme::getCode).toList()));
        themeCodes.addAll(split(otherThemes.getText()));
        List<String> stateCodes = checked(stateList, states);
        if (id.getText().isBlank()) {
            problem = Messages.bind(Messages.problemRequired, Messages.fieldId);
        } else if (titleJa.getText().isBlank()) {
            problem = Messages.bind(Messages.problemRequired, Messages.fieldTitleJa);
        } else if (stateCodes.isEmpty()) {
            problem = Messages.bind(Messages.problemRequired, Messages.fieldStates);
        }
        if (problem == null) {
            // from the initial initiative, so that what the form does not show (the results of a done one) is kept
            result = (initial == null ? Initiative.builder() : initial.toBuilder()).id(id.getText().strip())
                    .fiscalYear(fiscalYear.getSelection())
                    .mission(missions.get(mission.getSelectionIndex()).getCode()).titleJa(titleJa.getText().strip())
                    .titleEn(titleEn.getText().isBlank() ? null : titleEn.getText().strip())
                    .kind(Kind.values()[kind.getSelectionIndex()]).themes(themeCodes).states(stateCodes)
                    .partners(split(partners.getText()))
                    .format(format.getSelectionIndex() == 0 ? null : Format.values()[format.getSelectionIndex() - 1])
                    .startDate(startDate).endDate(endDate).budgetJpy(yen).status(Status.values()[status.getSelectionIndex()])
                    .actualCostJpy(resultCounts[0]).participants(resultCounts[1]).onlineViews(resultCounts[2])
                    .mediaReports(resultCounts[3]).dignitaries(split(dignitaries.getText()))
                    .outcome(outcome.getText().isBlank() ? null : outcome.getText().strip().replaceAll("\\s*\\R\\s*", " "))
                    .bestPractice(bestPractice.getSelection() ? Boolean.TRUE
                            : initial.getBestPractice() == null ? null : Boolean.FALSE)
                    .build();
        }
        setErrorMessage(problem);
        if (problem == null) {
            setMessage(Messages.hint);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(result != null);
        }
    }

    /** Sets a field by its label, as a test types into the form. */
    public void type(String label, String value) {
        for (Control c : ((Composite) id.getParent()).getChildren()) {
            if (c instanceof Label l && l.getText().equals(label)) {
                Control field = ((Composite) id.getParent()).getChildren()[Arrays.asList(((Composite) id.getParent())
                        .getChildren()).indexOf(c) + 1];
                ((Text) field).setText(value);
                return;
            }
        }
        throw new IllegalArgumentException(label);
    }

    /** Picks the status, as a planner does in its list. */
    public void pickStatus(Status value) {
        status.select(value.ordinal());
        status.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Ticks or clears Best practice, as a planner does. */
    public void tickBestPractice(boolean on) {
        bestPractice.setSelection(on);
        bestPractice.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    @Override
    protected void okPressed() {
        validate();
        if (result != null) {
            Initiative chosen = result;
            super.okPressed();
            result = chosen;
        }
    }
}
