package org.grassroots.planner.ui.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
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
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioComparison;
import org.grassroots.planner.planning.ScenarioSessions;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.suggest.Suggester;
import org.grassroots.planner.suggest.Suggestion;
import org.grassroots.planner.suggest.SuggestionMonitor;
import org.grassroots.planner.suggest.SuggestionWeights;
import org.grassroots.planner.ui.plan.PlanSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What-if, side by side: the shown year's plan and one or two of its scenarios (kept in the store), each with its
 * budget against the cap, by mission, its findings by severity and rule, and its coverage; a scenario's values that
 * differ from the plan's highlighted; below, the differences (findings that appear or disappear with their
 * initiatives, states that gain or lose coverage). A "cap −10%" scenario in one click, a suggestion found by the
 * solver (a Job with progress and Cancel), apply (one undoable edit) or discard, and an XLSX export of the
 * comparison. Every answer comes from the planning service; switching scenarios edits one incremental rule session.
 */
public class ScenariosPart {
    public static final String ID = "org.grassroots.planner.ui.scenarios";
    private static final String NONE = "\u2014";

    @Inject
    private PlanSession session;

    private Combo first;
    private Combo second;
    private Table table;
    private Table differences;
    private Text explanation;
    private Label status;
    private Button apply;
    private Button discard;
    private Button export;
    private Color changedColor;
    private Color worseColor;

    /** Touched on the comparing job's thread only (one job at a time: {@link #RULE}). */
    private ScenarioSessions sessions;
    private PlanSession.Snapshot sessionsOf;
    private volatile Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private volatile List<ScenarioComparison> shown = List.of();
    private final Consumer<PlanSession.Snapshot> listener = s -> Display.getDefault().asyncExec(this::reload);
    private static final org.eclipse.core.runtime.jobs.ISchedulingRule RULE = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        changedColor = new Color(255, 243, 176);
        worseColor = new Color(255, 205, 205);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.scenarioA);
        first = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(first);
        new Label(bar, SWT.NONE).setText(Messages.scenarioB);
        second = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(second);
        Composite buttons = new Composite(parent, SWT.NONE); // a row of its own: the scenarios' names need the width
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        bar = buttons;
        button(bar, Messages.newScenario, this::newScenario).setData(ID, "new");
        button(bar, Messages.capCut, this::capCut).setData(ID, "cap");
        button(bar, Messages.openFile, this::openFile);
        button(bar, Messages.suggest, this::openSuggest).setData(ID, "suggest");
        apply = button(bar, Messages.apply, this::apply);
        apply.setData(ID, "apply");
        discard = button(bar, Messages.discard, this::discard);
        export = button(bar, Messages.exportXlsx, this::exportXlsx);
        first.addListener(SWT.Selection, e -> compare());
        second.addListener(SWT.Selection, e -> compare());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : new String[] { Messages.item, Messages.plan, Messages.scenarioA, Messages.scenarioB }) {
            TableColumn c = new TableColumn(table, title.equals(Messages.item) ? SWT.LEFT : SWT.RIGHT);
            c.setText(title);
            c.setWidth(title.equals(Messages.item) ? 300 : 170);
        }
        table.setData(ID, this);
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lower);
        differences = new Table(lower, SWT.BORDER | SWT.FULL_SELECTION);
        differences.setHeaderVisible(true);
        differences.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(differences);
        int[] widths = { 260, 150, 80, 230, 110, 160, 600 };
        String[] titles = { Messages.scenario, Messages.what, Messages.severity, Messages.rule, Messages.initiative,
                Messages.missionOrState, Messages.message };
        for (int k = 0; k < titles.length; k++) {
            TableColumn c = new TableColumn(differences, SWT.LEFT);
            c.setText(titles[k]);
            c.setWidth(widths[k]);
        }
        explanation = new Text(lower, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(explanation);
        sash.setWeights(55, 45);
        session.addListener(listener);
        reload();
    }

    private static Button button(Composite bar, String text, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        changedColor.dispose();
        worseColor.dispose();
        Job.create(Messages.jobCompare, m -> {
            if (sessions != null) {
                sessions.close();
                sessions = null;
            }
        }).schedule();
    }

    /** @return the rows of the side-by-side table, each [item, plan, A, B] as shown (for tests) */
    public List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (TableItem i : table.getItems()) {
            out.add(new String[] { i.getText(0), i.getText(1), i.getText(2), i.getText(3) });
        }
        return out;
    }

    /** @return the rows of the differences, each as its seven cells (for tests) */
    public List<String[]> differenceRows() {
        List<String[]> out = new ArrayList<>();
        for (TableItem i : differences.getItems()) {
            String[] r = new String[7];
            for (int k = 0; k < 7; k++) {
                r[k] = i.getText(k);
            }
            out.add(r);
        }
        return out;
    }

    /** @return the names of the scenarios offered */
    public List<String> scenarioNames() {
        return List.of(first.getItems());
    }

    /** Chooses the scenarios shown (null for none) and compares them (for tests and the view's combos alike). */
    public void show(String a, String b) {
        first.select(Math.max(0, first.indexOf(a == null ? NONE : a)));
        second.select(Math.max(0, second.indexOf(b == null ? NONE : b)));
        compare();
    }

    private PlanningService planning() {
        return session.planning();
    }

    /** Reads the year's scenarios from the store and compares the chosen ones again. */
    public void reload() {
        if (table.isDisposed()) {
            return;
        }
        PlanSession.Snapshot snap = session.snapshot();
        PlanningService planning = planning();
        if (planning == null || snap.resolution() == null || planning.store().isEmpty()) {
            status.setText(Messages.noPlan);
            return;
        }
        Job.create(Messages.jobCompare, m -> {
            Map<String, Scenario> kept = new LinkedHashMap<>(planning.scenarios(snap.fiscalYear()));
            // applied in this session (unsaved): in the plan now, no longer a scenario to compare
            kept.keySet().removeAll(session.scenariosApplied(snap.fiscalYear()));
            scenarios = kept;
            Display.getDefault().asyncExec(() -> {
                if (first.isDisposed()) {
                    return;
                }
                String a = first.getText(); // the choice now, not when the job began
                String b = second.getText();
                List<String> names = new ArrayList<>();
                names.add(NONE);
                names.addAll(kept.keySet());
                first.setItems(names.toArray(String[]::new));
                second.setItems(names.toArray(String[]::new));
                first.select(Math.max(0, names.indexOf(a)));
                second.select(Math.max(0, names.indexOf(b)));
                compare();
            });
        }).schedule();
    }

    private Scenario chosen(Combo c) {
        return scenarios.get(c.getText());
    }

    /** Compares the chosen scenarios with the plan in a job: the incremental sessions make a switch immediate. */
    private void compare() {
        PlanSession.Snapshot snap = session.snapshot();
        RuleSet rules = session.engine().current();
        if (rules == null || snap.resolution() == null) {
            return;
        }
        List<Scenario> chosen = new ArrayList<>();
        if (chosen(first) != null) {
            chosen.add(chosen(first));
        }
        if (chosen(second) != null && chosen(second) != chosen(first)) {
            chosen.add(chosen(second));
        }
        Job job = Job.create(Messages.jobCompare, m -> {
            try {
                compare(snap, rules, chosen);
            } catch (RuntimeException e) {
                problem = e.toString();
                Display.getDefault().asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                });
                throw e;
            }
        });
        job.setRule(RULE);
        job.schedule();
    }

    /** Why the last comparison failed, or null (for tests). */
    private volatile String problem;

    /** @return why the last comparison failed, or null */
    public String problem() {
        return problem;
    }

    private void compare(PlanSession.Snapshot snap, RuleSet rules, List<Scenario> chosen) {
        {
            long start = System.nanoTime();
            if (sessions == null || sessionsOf != snap) {
                if (sessions != null) {
                    sessions.close();
                }
                sessions = planning().scenarioSessions(rules, session.withHistory(snap.initiatives()), snap.resolution());
                sessionsOf = snap;
            }
            List<ScenarioComparison> out = new ArrayList<>();
            for (Scenario s : chosen) {
                out.add(sessions.compare(s));
            }
            ScenarioComparison.Side base = out.isEmpty() ? sessions.compare(new Scenario("", null, List.of(), List.of(), null)).base()
                    : out.get(0).base();
            long millis = (System.nanoTime() - start) / 1_000_000;
            shown = out;
            problem = null;
            Display.getDefault().asyncExec(() -> fill(base, out, millis));
        }
    }

    private void fill(ScenarioComparison.Side plan, List<ScenarioComparison> comparisons, long millis) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        differences.removeAll();
        Locale locale = Locale.getDefault();
        java.text.NumberFormat yen = java.text.NumberFormat.getIntegerInstance(locale);
        List<ScenarioComparison.Side> sides = new ArrayList<>();
        comparisons.forEach(c -> sides.add(c.changed()));
        row(Messages.budgetTotal, plan, sides, s -> yen.format(s.budgetTotalJpy()), s -> s.budgetTotalJpy() > s.budgetCapJpy());
        row(Messages.budgetCap, plan, sides, s -> yen.format(s.budgetCapJpy()), s -> false);
        row(Messages.withinCap, plan, sides, s -> s.budgetTotalJpy() <= s.budgetCapJpy() ? Messages.yes : Messages.no,
                s -> s.budgetTotalJpy() > s.budgetCapJpy());
        for (Severity sev : Severity.values()) {
            String label = switch (sev) {
                case ERROR -> Messages.errors;
                case WARNING -> Messages.warnings;
                case INFO -> Messages.infos;
            };
            row(label, plan, sides, s -> String.valueOf(s.count(sev)), s -> false);
        }
        java.util.Set<String> rules = new java.util.LinkedHashSet<>(plan.countsByRule().keySet());
        sides.forEach(s -> rules.addAll(s.countsByRule().keySet()));
        for (String rule : rules) {
            row("  " + org.grassroots.planner.planning.ScenarioExplanations.ruleCount(rule, locale), plan, sides, s -> String.valueOf(s.countsByRule().getOrDefault(rule, 0)), s -> false);
        }
        java.util.Set<String> missions = new java.util.TreeSet<>(plan.budgetByMission().keySet());
        sides.forEach(s -> missions.addAll(s.budgetByMission().keySet()));
        for (String m : missions) {
            row(missionName(m), plan, sides,
                    s -> yen.format(s.budgetByMission().getOrDefault(m, 0L)), s -> s.budgetByMission().getOrDefault(m, 0L) > s.missionCapJpy());
        }
        row(Messages.statesCovered, plan, sides, s -> String.valueOf(s.statesCovered().size()), s -> false);
        row(Messages.priorityUncovered, plan, sides, s -> s.priorityStatesUncovered().isEmpty() ? NONE
                : String.join(" ", s.priorityStatesUncovered()), s -> !s.priorityStatesUncovered().isEmpty());
        StringBuilder why = new StringBuilder();
        for (ScenarioComparison c : comparisons) {
            String name = c.scenario().name();
            for (Finding f : c.appeared()) {
                difference(name, Messages.appeared, f, true, c.changed().check().names());
            }
            for (Finding f : c.disappeared()) {
                difference(name, Messages.disappeared, f, false, c.base().check().names());
            }
            c.statesGained().forEach(s -> stateRow(name, Messages.stateGained, s, false));
            c.statesLost().forEach(s -> stateRow(name, Messages.stateLost, s, true));
            if (c.scenario().explanation() != null) {
                // in words, in the workbench's language: the planning service says the codes and figures
                Map<String, org.grassroots.planner.model.Initiative> byId = new java.util.HashMap<>();
                plan.check().initiatives().forEach(i -> byId.put(i.getId(), i));
                List<String> lines = org.grassroots.planner.planning.ScenarioExplanations.lines(c.scenario().explanation(), byId, locale);
                why.append(org.eclipse.osgi.util.NLS.bind(Messages.explanationOf, name)).append('\n');
                lines.forEach(l -> why.append("  ").append(l).append('\n'));
            }
        }
        explanation.setText(why.toString());
        status.setText(org.eclipse.osgi.util.NLS.bind(Messages.status, new Object[] { session.snapshot().fiscalYear(),
                comparisons.size(), millis }));
        boolean one = !comparisons.isEmpty();
        apply.setEnabled(one);
        discard.setEnabled(one);
        export.setEnabled(one);
    }

    private static String missionName(String code) {
        org.grassroots.planner.model.Mission m = ReferenceData.shipped().mission(code);
        String name = m == null ? code : Locale.getDefault().getLanguage().equals("ja") ? m.getNameJa() : m.getNameEn();
        return Messages.budgetOf + " " + name;
    }

    private void row(String label, ScenarioComparison.Side plan, List<ScenarioComparison.Side> sides,
            java.util.function.Function<ScenarioComparison.Side, String> value,
            java.util.function.Predicate<ScenarioComparison.Side> bad) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(0, label);
        String p = value.apply(plan);
        item.setText(1, p);
        if (bad.test(plan)) {
            item.setBackground(1, worseColor);
        }
        for (int k = 0; k < sides.size(); k++) {
            String v = value.apply(sides.get(k));
            item.setText(2 + k, v);
            if (bad.test(sides.get(k))) {
                item.setBackground(2 + k, worseColor);
            } else if (!v.equals(p)) {
                item.setBackground(2 + k, changedColor);
            }
        }
    }

    private void difference(String scenario, String what, Finding f, boolean worse, org.grassroots.planner.model.Names names) {
        TableItem item = new TableItem(differences, SWT.NONE);
        RuleSet rules = session.engine().current();
        item.setText(new String[] { scenario, what,
                org.grassroots.planner.planning.ScenarioExplanations.severity(f.getSeverity(), Locale.getDefault()), f.getRule(),
                f.getInitiative() == null ? "" : f.getInitiative(),
                f.getMission() != null ? org.grassroots.planner.ui.plan.Labels.mission(f.getMission())
                        : f.getState() != null ? org.grassroots.planner.ui.plan.Labels.state(f.getState()) : "",
                rules == null ? "" : rules.messages().format(f, names, Locale.getDefault()) });
        item.setBackground(1, worse ? worseColor : changedColor);
    }

    private void stateRow(String scenario, String what, String state, boolean worse) {
        TableItem item = new TableItem(differences, SWT.NONE);
        item.setText(new String[] { scenario, what, "", "", "", org.grassroots.planner.ui.plan.Labels.state(state), "" });
        item.setBackground(1, worse ? worseColor : changedColor);
    }

    // ---- actions ------------------------------------------------------------------------------------

    /** Keeps a scenario that cuts the year's cap by 10 % and shows it. */
    private void capCut() {
        PlanSession.Snapshot snap = session.snapshot();
        if (snap.reference() == null) {
            return;
        }
        long cap = Math.round(snap.reference().getBudgetCapJpy() * 0.9);
        Scenario s = new Scenario(Messages.capCutName, new Scenario.ReferenceChange(cap, null, null, null, null, null), List.of(),
                List.of(), null);
        keep(snap.fiscalYear(), s);
    }

    private void keep(int fiscalYear, Scenario s) {
        Job.create(Messages.jobCompare, m -> {
            planning().saveScenario(fiscalYear, s);
            Display.getDefault().asyncExec(() -> {
                if (!first.isDisposed()) {
                    if (first.indexOf(s.name()) < 0) {
                        first.add(s.name());
                        second.add(s.name()); // offered as B at once too
                    }
                    first.select(first.indexOf(s.name()));
                    reload();
                }
            });
        }).schedule();
    }

    private void openFile() {
        FileDialog d = new FileDialog(table.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.json" });
        String file = d.open();
        if (file == null) {
            return;
        }
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(Path.of(file), java.nio.charset.StandardCharsets.UTF_8)) {
            keep(session.snapshot().fiscalYear(), org.grassroots.planner.planning.ScenarioJson.read(in, file));
        } catch (java.io.IOException | RuntimeException e) {
            MessageDialog.openError(table.getShell(), Messages.openFile, e.getMessage());
        }
    }

    /**
     * Runs the solver in a job (progress: the time box; Cancel keeps the best plan so far) and keeps its suggestion
     * as a scenario.
     */
    public Job suggest() {
        return suggest(10, SuggestionWeights.DEFAULT);
    }

    /** The Suggest… button: the time box and the weights asked in {@link SuggestDialog}, then the solver's job. */
    private void openSuggest() {
        PlanSession.Snapshot snap = session.snapshot();
        if (snap.reference() == null) {
            return;
        }
        SuggestDialog d = new SuggestDialog(table.getShell(), snap.fiscalYear());
        if (d.open() == org.eclipse.jface.window.Window.OK && d.weights() != null) {
            lastSuggestion = suggest(d.seconds(), d.weights());
        }
    }

    /** The last suggestion's job started from the Suggest… button (for tests), or null. */
    private volatile Job lastSuggestion;

    /** @return the last suggestion's job started from the Suggest… button, or null */
    public Job lastSuggestion() {
        return lastSuggestion;
    }

    /** The New Scenario… button: a scenario made in {@link ScenarioDialog}, kept in the store and shown as A. */
    private void newScenario() {
        PlanSession.Snapshot snap = session.snapshot();
        if (snap.reference() == null) {
            return;
        }
        ScenarioDialog d = new ScenarioDialog(table.getShell(), snap.reference(), snap.initiatives());
        if (d.open() == org.eclipse.jface.window.Window.OK && d.result() != null) {
            keep(snap.fiscalYear(), d.result());
        }
    }

    /**
     * Runs the solver with these weights in a job (progress: the time box; Cancel keeps the best plan so far) and
     * keeps its suggestion as a scenario.
     */
    public Job suggest(int seconds, SuggestionWeights weights) {
        PlanSession.Snapshot snap = session.snapshot();
        if (snap.reference() == null) {
            return null;
        }
        Job job = new Job(Messages.jobSuggest) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.jobSuggest, seconds * 10);
                int[] done = { 0 };
                ReferenceData data = ReferenceData.shipped();
                Suggestion s = new Suggester(data.themes(), data.outreachStates()).suggest(snap.initiatives(), snap.reference(),
                        weights, java.time.Duration.ofSeconds(seconds), new SuggestionMonitor() {
                            @Override
                            public void progress(long elapsed, long limit, String best) {
                                int now = (int) (elapsed / 100);
                                if (now > done[0]) {
                                    monitor.worked(now - done[0]);
                                    done[0] = now;
                                }
                                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d+)hard/(-?\\d+)soft").matcher(best);
                                monitor.subTask(org.eclipse.osgi.util.NLS.bind(Messages.bestScore, m.matches()
                                        ? org.eclipse.osgi.util.NLS.bind(Messages.scoreWords, m.group(1), m.group(2)) : best));
                            }

                            @Override
                            public boolean isCanceled() {
                                return monitor.isCanceled();
                            }
                        });
                monitor.done();
                Scenario named = new Scenario(Messages.suggestedName, null, s.scenario().scale(), s.scenario().initiatives(),
                        s.scenario().explanation());
                keep(snap.fiscalYear(), named);
                return s.feasible() ? Status.OK_STATUS : Status.warning(org.eclipse.osgi.util.NLS.bind(Messages.infeasible,
                        org.grassroots.planner.planning.ScenarioExplanations.score(s.scenario().explanation(), Locale.getDefault())));
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void apply() {
        ScenarioComparison c = shown.isEmpty() ? null : shown.get(0);
        if (c == null || !MessageDialog.openConfirm(table.getShell(), Messages.apply,
                org.eclipse.osgi.util.NLS.bind(Messages.applyConfirm, c.scenario().name(), c.changedIds().size()))) {
            return;
        }
        applyShown();
    }

    /** Applies scenario A as one undoable edit (the Apply button, once confirmed). */
    public void applyShown() {
        if (!shown.isEmpty()) {
            ScenarioApply.run(session, shown.get(0));
        }
    }

    private void discard() {
        ScenarioComparison c = shown.isEmpty() ? null : shown.get(0);
        if (c == null) {
            return;
        }
        int year = session.snapshot().fiscalYear();
        Job.create(Messages.discard, m -> {
            planning().discardScenario(year, c.scenario().name());
            Display.getDefault().asyncExec(() -> {
                if (!first.isDisposed()) {
                    first.select(0);
                    reload();
                }
            });
        }).schedule();
    }

    private void exportXlsx() {
        List<ScenarioComparison> comparisons = shown;
        RuleSet rules = session.engine().current();
        if (comparisons.isEmpty() || rules == null) {
            return;
        }
        FileDialog d = new FileDialog(table.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.xlsx" });
        d.setFileName("what-if-FY" + session.snapshot().fiscalYear() + ".xlsx");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            export(Path.of(file), comparisons, rules);
        }
    }

    /** Writes the comparison shown to an XLSX file in a job (through a temporary file: never half-written). */
    public Job export(Path file, List<ScenarioComparison> comparisons, RuleSet rules) {
        Locale locale = Locale.getDefault();
        Job job = Job.create(Messages.exportXlsx, m -> {
            try {
                write(file, comparisons, rules, locale);
            } catch (java.io.IOException e) {
                throw new org.eclipse.core.runtime.CoreException(Status.error(e.getMessage(), e));
            }
        });
        job.schedule();
        return job;
    }

    private static void write(Path file, List<ScenarioComparison> comparisons, RuleSet rules, Locale locale) throws java.io.IOException {
        {
            byte[] bytes = org.grassroots.planner.planning.ComparisonWorkbook.write(comparisons, rules.messages(), locale);
            Path tmp = java.nio.file.Files.createTempFile(file.toAbsolutePath().getParent(), ".what-if", ".tmp");
            try {
                java.nio.file.Files.write(tmp, bytes);
                java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        }
    }

    /** @return the comparisons shown now */
    public List<ScenarioComparison> shown() {
        return shown;
    }
}
