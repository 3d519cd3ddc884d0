package org.grassroots.planner.ui.proposal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.export.FindingKeys;
import org.grassroots.planner.export.ProposalExport;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.PlanDiff;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.planning.ProposalOutcome;
import org.grassroots.planner.planning.YearCheck;
import org.grassroots.planner.planning.ProposalStatus;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.store.Proposal;
import org.grassroots.planner.store.ProposalState;
import org.grassroots.planner.store.Snapshot;
import org.grassroots.planner.store.StoreException;
import org.grassroots.planner.ui.plan.PlanSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The proposal of the shown fiscal year for one mission: its state, the error findings with the
 * justification the planner writes for each, what changed since the last proposed snapshot and since
 * the previous fiscal year, and the steps: propose (refused while an error finding has no
 * justification), approve, return with a comment, export as PDF or XLSX.
 */
public class ProposalPart {
    public static final String ID = "org.grassroots.planner.ui.proposal";

    @Inject
    private org.eclipse.e4.ui.di.UISynchronize sync;
    @Inject
    private PlanSession session;

    private Combo mission;
    private Label state;
    private Table errors;
    private Text justification;
    private Text changes;
    private Label status;
    private Button propose;
    private Button approve;
    private Button giveBack;
    private final List<Mission> missions = new ArrayList<>();
    /** Justifications being written, by mission and finding key. */
    private final Map<String, Map<String, String>> written = new HashMap<>();

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(org.grassroots.planner.ui.plan.PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (errors != null && !errors.isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(1).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.mission);
        mission = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        missions.addAll(ReferenceData.shipped().missions());
        for (Mission m : missions) {
            mission.add((japanese() ? m.getNameJa() : m.getNameEn()) + " (" + m.getCode() + ")");
        }
        mission.setVisibleItemCount(missions.size());
        mission.addListener(SWT.Selection, e -> refresh());
        state = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(state);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        propose = button(buttons, Messages.propose, this::propose);
        approve = button(buttons, Messages.approve, () -> review(true, null));
        giveBack = button(buttons, Messages.giveBack, () -> {
            InputDialog d = new InputDialog(parent.getShell(), Messages.giveBack, Messages.giveBackComment, "", null);
            if (d.open() == IDialogConstants.OK_ID) {
                review(false, d.getValue());
            }
        });
        button(buttons, Messages.export, this::exportWithDialog);

        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite upper = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(upper);
        new Label(upper, SWT.NONE).setText(Messages.errorsHeading);
        errors = new Table(upper, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        errors.setHeaderVisible(true);
        errors.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(errors);
        column(Messages.columnFinding, 280);
        column(Messages.columnExplanation, 480);
        column(Messages.columnJustification, 320);
        errors.addListener(SWT.Selection, e -> showJustification());
        Composite middle = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(middle);
        new Label(middle, SWT.NONE).setText(Messages.justificationLabel);
        justification = new Text(middle, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 30).applyTo(justification);
        justification.addListener(SWT.Modify, e -> keepJustification());
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lower);
        new Label(lower, SWT.NONE).setText(Messages.changesHeading);
        changes = new Text(lower, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 40).applyTo(changes);
        sash.setWeights(45, 20, 35);
        if (!missions.isEmpty()) {
            mission.select(0);
        }
        refresh();
    }

    @PreDestroy
    public void dispose() {
    }

    // ---- what tests and the buttons use ---------------------------------------------------------

    /** Shows the proposal of this mission. */
    public void selectMission(String code) {
        for (int i = 0; i < missions.size(); i++) {
            if (missions.get(i).getCode().equals(code)) {
                mission.select(i);
                refresh();
                return;
            }
        }
        throw new IllegalArgumentException("unknown mission " + code);
    }

    /** @return the keys of the error findings listed, in order */
    public List<String> errorKeys() {
        List<String> keys = new ArrayList<>();
        for (TableItem item : errors.getItems()) {
            keys.add(item.getText(0));
        }
        return keys;
    }

    /** Writes the justification of an error finding, as the planner does in the text field. */
    public void justify(String key, String text) {
        justifications().put(key, text);
        refreshTable();
    }

    /** @return whether Propose, Approve and Return can be clicked now */
    public List<Boolean> actionsEnabled() {
        return List.of(propose.isEnabled(), approve.isEnabled(), giveBack.isEnabled());
    }

    public String stateText() {
        return state.getText();
    }

    public String statusText() {
        return status.getText();
    }

    public String changesText() {
        return changes.getText();
    }

    /** Proposes the mission's plan with the justifications written; refusals show in the status line. */
    public void propose() {
        // what is proposed is what the database keeps
        if (!org.grassroots.planner.ui.app.UnsavedEdits.settle(changes.getShell(), session)) {
            return;
        }
        String code = code();
        int year = session.snapshot().fiscalYear();
        try {
            ProposalOutcome outcome = session.planning().propose(session.engine().current(), year, code, justifications());
            show(outcome.proposed() ? Messages.bind(Messages.proposed, code, year)
                    : Messages.bind(Messages.refusedUnjustified, outcome.unjustified().size(),
                            String.join(", ", outcome.unjustified())),
                    !outcome.proposed());
        } catch (IllegalArgumentException e) {
            show(Messages.bind(Messages.nothingToPropose, code, year), true);
        } catch (NoReferenceException | StoreException e) {
            show(e.getMessage(), true);
        }
        refresh();
    }

    /** Approves, or returns with a comment, the proposed proposal. */
    public void review(boolean approveIt, String comment) {
        try {
            int year = session.snapshot().fiscalYear();
            Proposal p = approveIt ? session.planning().approve(year, code(), comment)
                    : session.planning().giveBack(year, code(), comment);
            show(stateLabel(p), false);
        } catch (StoreException e) {
            show(e.getMessage(), true);
        }
        refresh();
    }

    /** Writes the proposal documents of the shown year and mission to a file (in a job). */
    public Job export(Path file, ProposalExport format) {
        String code = code();
        int year = session.snapshot().fiscalYear();
        Locale locale = japanese() ? Locale.JAPANESE : Locale.ENGLISH;
        Map<String, String> writing = new HashMap<>(justifications()); // read on the UI thread
        var rules = session.engine().current();
        var planning = session.planning();
        Job job = Job.create(Messages.bind(Messages.jobExport, file.getFileName()), monitor -> {
            try {
                byte[] bytes = format.write(planning.proposalDocument(rules, year, code, writing, Instant.now()), locale);
                // written aside and moved into place: never half a document
                org.grassroots.planner.importer.FileReplacement.replace(file, aside -> Files.write(aside, bytes));
                sync.asyncExec(() -> show(Messages.bind(Messages.exported, file), false));
                return Status.OK_STATUS;
            } catch (Exception e) {
                sync.asyncExec(() -> show(e.toString(), true));
                return Status.error(e.toString(), e);
            }
        });
        job.schedule();
        return job;
    }

    // ---- inside ---------------------------------------------------------------------------------

    private void exportWithDialog() {
        FileDialog d = new FileDialog(errors.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.pdf", "*.xlsx", "*.html" });
        d.setFileName("proposal-fy" + session.snapshot().fiscalYear() + "-" + code() + ".pdf");
        d.setOverwrite(true);
        String chosen = d.open();
        if (chosen != null) {
            String name = chosen.toLowerCase(Locale.ROOT);
            ProposalExport format = name.endsWith(".xlsx") ? ProposalExport.XLSX
                    : name.endsWith(".html") ? ProposalExport.HTML : ProposalExport.PDF;
            export(Path.of(chosen), format);
        }
    }

    private void refresh() {
        if (errors == null || errors.isDisposed() || mission.getSelectionIndex() < 0) {
            return;
        }
        String code = code();
        PlanSession.Snapshot s = session.snapshot();
        if (session.planning() == null) { // the store is not open yet: the session's next snapshot refreshes
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            ProposalStatus status = session.planning().status(s.fiscalYear(), code);
            Proposal p = status.proposal();
            state.setText(stateLabel(p));
            Snapshot last = status.lastSnapshot();
            if (last != null) {
                last.justifications().forEach((k, v) -> justifications().putIfAbsent(k, v));
                describe(text, Messages.bind(Messages.sinceSnapshot, last.proposedAt().toLocalDate()),
                        status.sinceLastProposal());
            }
            describe(text, Messages.bind(Messages.sinceYear, s.fiscalYear() - 1), status.sincePreviousYear());
            // what the login's role cannot do is greyed: a planner proposes for its missions, a reviewer reviews
            // (and reopens an approved plan with Return); the database refuses the rest anyway
            org.grassroots.planner.store.Access access = session.access();
            propose.setEnabled(access.plans(code) && (p.state() == ProposalState.DRAFT || p.state() == ProposalState.RETURNED));
            approve.setEnabled(access.reviews() && p.state() == ProposalState.PROPOSED);
            giveBack.setEnabled(access.reviews() && (p.state() == ProposalState.PROPOSED || p.state() == ProposalState.APPROVED));
        } catch (StoreException e) {
            state.setText(e.getMessage());
        }
        changes.setText(text.toString());
        refreshTable();
        state.getParent().layout(true, true);
    }

    private void refreshTable() {
        int selected = errors.getSelectionIndex();
        errors.removeAll();
        Set<String> seen = new HashSet<>();
        for (Finding f : findings()) {
            String key = FindingKeys.of(f);
            if (!seen.add(key)) {
                continue;
            }
            TableItem item = new TableItem(errors, SWT.NONE);
            String j = justifications().get(key);
            item.setText(new String[] { key, explain(f, japanese() ? Locale.JAPANESE : Locale.ENGLISH), j == null ? "" : j });
            if (j == null || j.isBlank()) {
                item.setForeground(2, errors.getDisplay().getSystemColor(SWT.COLOR_RED));
                item.setText(2, Messages.missingJustification);
            }
        }
        if (selected >= 0 && selected < errors.getItemCount()) {
            errors.setSelection(selected);
        }
    }

    private void showJustification() {
        int i = errors.getSelectionIndex();
        if (i >= 0) {
            String j = justifications().get(errors.getItem(i).getText(0));
            justification.setText(j == null ? "" : j);
        }
    }

    private void keepJustification() {
        int i = errors.getSelectionIndex();
        if (i >= 0) {
            String key = errors.getItem(i).getText(0);
            String text = justification.getText();
            if (!text.equals(justifications().getOrDefault(key, ""))) {
                justifications().put(key, text);
                errors.getItem(i).setText(2, text.isBlank() ? Messages.missingJustification : text);
            }
        }
    }

    /** @return the error findings that concern the selected mission's proposal */
    private List<Finding> findings() {
        PlanSession.Snapshot s = session.snapshot();
        if (s.resolution() == null) {
            return List.of();
        }
        return PlanningService.proposalErrors(new YearCheck(s.fiscalYear(), s.resolution(), s.initiatives(), s.findings()),
                code());
    }

    private String explain(Finding f, Locale locale) {
        var rules = session.engine().current();
        return rules == null ? f.toString() : rules.messages().format(f, session.names(), locale);
    }

    private Map<String, String> justifications() {
        return written.computeIfAbsent(session.snapshot().fiscalYear() + "/" + code(), k -> new LinkedHashMap<>());
    }

    private static void describe(StringBuilder out, String heading, PlanDiff d) {
        out.append(Messages.bind(Messages.changesLine, new Object[] { heading, d.added().size(), d.dropped().size(),
                d.budgetChanged().size(), yen(d.budgetBeforeJpy()), yen(d.budgetAfterJpy()) })).append('\n');
        d.added().forEach(i -> out.append("  + ").append(i.getId()).append("  ").append(i.getTitleJa()).append("  ")
                .append(yen(budget(i))).append('\n'));
        d.dropped().forEach(i -> out.append("  - ").append(i.getId()).append("  ").append(i.getTitleJa()).append("  ")
                .append(yen(budget(i))).append('\n'));
        d.budgetChanged().forEach(c -> out.append("  ~ ").append(c.after().getId()).append("  ").append(c.after().getTitleJa())
                .append("  ").append(yen(budget(c.before()))).append(" \u2192 ").append(yen(budget(c.after())))
                .append(String.format(Locale.ROOT, " (%+,d)", c.budgetDeltaJpy())).append('\n'));
        out.append('\n');
    }

    private static long budget(Initiative i) {
        return i.getBudgetJpy() == null ? 0 : i.getBudgetJpy();
    }

    private static String yen(long v) {
        return String.format(Locale.ROOT, "JPY %,d", v);
    }

    private String stateLabel(Proposal p) {
        String label = switch (p.state()) {
            case DRAFT -> Messages.stateDraft;
            case PROPOSED -> Messages.stateProposed;
            case APPROVED -> Messages.stateApproved;
            case RETURNED -> Messages.stateReturned;
        };
        return Messages.bind(Messages.stateLine, new Object[] { "FY" + p.fiscalYear(), label,
                p.comment() == null ? "" : " \u2014 " + p.comment() });
    }

    private void show(String text, boolean problem) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(text);
        status.setForeground(status.getDisplay().getSystemColor(problem ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
        status.getParent().layout(true, true);
    }

    private String code() {
        int i = mission.getSelectionIndex();
        return i < 0 ? null : missions.get(i).getCode();
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(errors, SWT.NONE);
        c.setText(text);
        c.setWidth(width);
    }

    private static boolean japanese() {
        return "ja".equals(Locale.getDefault().getLanguage());
    }
}
