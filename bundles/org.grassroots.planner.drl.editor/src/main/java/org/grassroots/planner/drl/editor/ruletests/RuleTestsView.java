package org.grassroots.planner.drl.editor.ruletests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.RuleSetBanner;
import org.grassroots.planner.drl.editor.folder.RuleFileOpener;
import org.grassroots.planner.drl.editor.folder.RulesFolder;
import org.grassroots.planner.drl.editor.problems.RuleFileLocation;
import org.grassroots.planner.drl.editor.problems.VerifyResults;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.rules.Diagnostic;
import org.grassroots.planner.rules.ExpectedFinding;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleEvents;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.rules.RuleTestReport;
import org.grassroots.planner.rules.RuleTestResult;
import org.grassroots.planner.rules.RuleVerifier;
import org.grassroots.planner.ruletests.RuleSetVerification;
import org.grassroots.planner.ruletests.RuleTestFiles;
import org.grassroots.planner.ruletests.RuleTestRunner;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The rule tests of the rules folder ({@code tests/} beside the rules, the format of {@code rules/tests/README.md}):
 * Run compiles the saved rules and runs every test as a job (cancelled with Stop); each test is green or red, a
 * selected test lists its missing and unexpected findings, and the coverage lists how often each rule fired, the
 * rules that never fired highlighted; below them, what verify-rules finds in the rule set (each problem with its
 * file:line and rule). Saving a rule file of the folder runs the tests again (Run on save).
 * Double-click opens a test's {@code expected.csv}, or a rule in the DRL editor.
 */
public class RuleTestsView {
    public static final String ID = "org.grassroots.planner.drl.editor.ruleTests";
    /** The family of the jobs that run rule tests, to wait for them. */
    public static final Object JOB_FAMILY = RuleTestsView.class;
    private static final List<RuleTestsView> OPEN = new CopyOnWriteArrayList<>();
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private static final Color PASS_BACKGROUND = new Color(222, 244, 222);
    private static final Color FAIL_BACKGROUND = new Color(255, 222, 222);
    private static final Color NEVER_BACKGROUND = new Color(255, 236, 190);
    private static final Color PASS_BAR = new Color(46, 139, 64);
    private static final Color FAIL_BAR = new Color(190, 30, 30);
    private static final Color WHITE = new Color(255, 255, 255);

    /**
     * What a run gave: the report, or the rule set's problems (refused: for a forbidden call), or nothing to run; and
     * what verify-rules found in the rule set (null when it does not compile).
     */
    public record Outcome(Path folder, RuleSet rules, RuleTestReport report, List<Diagnostic> compileProblems,
            boolean cancelled, boolean refused, RuleSetVerification.Result verified) {
        Outcome(Path folder, boolean cancelled) {
            this(folder, null, null, List.of(), cancelled, false, null);
        }
    }

    /** One line of the details of a test: what kind of difference, the finding's rule and subject, what it says. */
    public record Detail(String kind, String rule, String subject, String message, Path file, int line) {
    }

    /** One line of the coverage: a rule, the findings it made across the tests, in how many tests it fired. */
    public record Coverage(String rule, int fired, int tests) {
    }

    private Composite parent;
    private Label where;
    private Label summary;
    private ProgressBar progress;
    private ToolItem runItem;
    private ToolItem stopItem;
    private ToolItem onSave;
    private TableViewer tests;
    private Label detailsTitle;
    private TableViewer details;
    private TableViewer coverage;
    private Label verifyTitle;
    private TableViewer verify;
    private volatile Path folder;
    private volatile Job job;
    private Outcome outcome;
    private boolean green;
    private IEventBroker broker;
    private IPreferenceChangeListener preference;
    private final EventHandler saved = event -> {
        Object savedFolder = event.getProperty(RuleEvents.FOLDER);
        Path saved = savedFolder == null ? null : Path.of(savedFolder.toString()).toAbsolutePath().normalize();
        if (onSave != null && saved != null && (saved.equals(RulesFolder.current()) || saved.equals(folder))) {
            Display.getDefault().asyncExec(() -> {
                if (!onSave.isDisposed() && onSave.getSelection()) {
                    run();
                }
            });
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        this.parent = parent;
        folder = testedFolder();
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);

        ToolBar tools = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        runItem = new ToolItem(tools, SWT.PUSH);
        runItem.setText(Messages.testsRun);
        runItem.setToolTipText(Messages.testsRunTip);
        runItem.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_TOOL_FORWARD));
        runItem.addListener(SWT.Selection, e -> run());
        stopItem = new ToolItem(tools, SWT.PUSH);
        stopItem.setText(Messages.testsStop);
        stopItem.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_ELCL_STOP));
        stopItem.setEnabled(false);
        stopItem.addListener(SWT.Selection, e -> stop());
        new ToolItem(tools, SWT.SEPARATOR);
        onSave = new ToolItem(tools, SWT.CHECK);
        onSave.setText(Messages.testsRunOnSave);
        onSave.setToolTipText(Messages.testsRunOnSaveTip);
        onSave.setSelection(true);

        where = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(where);

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        summary = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).exclude(true).applyTo(progress);
        progress.setVisible(false);

        SashForm outer = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(outer);
        SashForm sash = new SashForm(outer, SWT.HORIZONTAL);
        tests = table(titled(sash, Messages.testsTitle));
        column(tests, Messages.testsColumnTest, 170, RuleTestResult.class, RuleTestResult::name);
        column(tests, Messages.testsColumnResult, 60, RuleTestResult.class,
                r -> r.passed() ? Messages.testsPass : Messages.testsFail);
        column(tests, Messages.testsColumnFindings, 60, RuleTestResult.class, r -> String.valueOf(r.findings().size()));
        tests.addSelectionChangedListener(e -> showDetails(selectedTest()));
        tests.addDoubleClickListener(e -> openTest(selectedTest()));

        Composite detailsPane = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(detailsPane);
        detailsTitle = new Label(detailsPane, SWT.NONE);
        detailsTitle.setText(Messages.detailsTitle);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(detailsTitle);
        details = table(detailsPane);
        column(details, Messages.detailsColumnKind, 80, Detail.class, Detail::kind);
        column(details, Messages.detailsColumnRule, 235, Detail.class, Detail::rule);
        column(details, Messages.detailsColumnInitiative, 130, Detail.class, Detail::subject);
        column(details, Messages.detailsColumnMessage, 420, Detail.class, Detail::message);
        details.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Detail d) {
                openDetail(d);
            }
        });

        coverage = table(titled(sash, Messages.coverageTitle));
        column(coverage, Messages.coverageColumnRule, 235, Coverage.class, Coverage::rule);
        column(coverage, Messages.coverageColumnFired, 95, Coverage.class,
                c -> c.fired() == 0 ? Messages.coverageNeverFired : String.valueOf(c.fired()));
        column(coverage, Messages.coverageColumnTests, 55, Coverage.class, c -> String.valueOf(c.tests()));
        coverage.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Coverage c) {
                openRule(c.rule());
            }
        });
        sash.setWeights(22, 48, 30);

        Composite verifyPane = new Composite(outer, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(verifyPane);
        verifyTitle = new Label(verifyPane, SWT.NONE);
        verifyTitle.setText(Messages.verifyTitle);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(verifyTitle);
        verify = table(verifyPane);
        column(verify, Messages.verifyColumnWhere, 130, RuleVerifier.Problem.class, VerifyResults::where);
        column(verify, Messages.verifyColumnRule, 235, RuleVerifier.Problem.class, p -> p.rule() == null ? "" : p.rule());
        column(verify, Messages.verifyColumnProblem, 640, RuleVerifier.Problem.class, VerifyResults::what);
        verify.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof RuleVerifier.Problem p
                    && p.file() != null) {
                open(Path.of(p.file()), p.line());
            }
        });
        outer.setWeights(72, 28);

        showFolder();
        summary.setText(NLS.bind(Messages.testsNotRun, folder));
        OPEN.add(this);
        broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.subscribe(RuleEvents.SAVED, saved);
        }
        preference = RulesFolder.addListener(() -> RuleSetBanner.onUiThread(this::followPreference));
    }

    /**
     * Names the folder the preference now points at while nothing has run yet (results on screen stay with the
     * folder they are of; the next Run reads the preference again).
     */
    private void followPreference() {
        if (parent == null || parent.isDisposed() || job != null || outcome != null) {
            return;
        }
        folder = testedFolder();
        showFolder();
        summary.setText(NLS.bind(Messages.testsNotRun, folder));
    }

    private static Composite titled(Composite parent, String title) {
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(pane);
        Label label = new Label(pane, SWT.NONE);
        label.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(label);
        return pane;
    }

    private static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 60).applyTo(viewer.getTable());
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                String shown = getText(element);
                return shown == null || shown.length() < 24 ? null : shown; // what a narrow column cuts off
            }

            @Override
            public Color getBackground(Object element) {
                if (element instanceof RuleTestResult r) {
                    return r.passed() ? PASS_BACKGROUND : FAIL_BACKGROUND;
                }
                if (element instanceof Coverage cov && cov.fired() == 0) {
                    return NEVER_BACKGROUND;
                }
                return null;
            }
        });
    }

    private void showFolder() {
        where.setText(NLS.bind(Messages.testsFolder, folder.resolve("tests")));
        where.setToolTipText(folder.resolve("tests").toString());
    }

    /** Compiles the rules of the rules folder and runs their tests, in a job (a run under way is cancelled first). */
    public Job run() {
        if (parent == null || parent.isDisposed()) {
            return null;
        }
        Job running = job;
        if (running != null) {
            running.cancel();
        }
        folder = testedFolder();
        showFolder();
        Path rulesFolder = folder;
        Job next = new Job(NLS.bind(Messages.jobRuleTests, rulesFolder)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Outcome result = runTests(rulesFolder, this, monitor);
                Display.getDefault().asyncExec(() -> finished(this, result));
                return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        next.setRule(ONE_AT_A_TIME);
        next.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL) {
                    // also a run cancelled before it started, which never reaches finished() by itself
                    Display.getDefault().asyncExec(
                            () -> finished(next, new Outcome(rulesFolder, true)));
                }
            }
        });
        job = next;
        runItem.setEnabled(true);
        stopItem.setEnabled(true);
        summary.setText(Messages.testsCompiling);
        green = false;
        summary.setBackground(null);
        summary.setForeground(null);
        progress.setSelection(0);
        setProgressVisible(true);
        next.schedule();
        return next;
    }

    /**
     * @return the rules folder whose tests to run: the planner's rules folder; where it has no tests (an Eclipse IDE,
     *         which has no rules folder of its own), the folder of the DRL file in the active editor, if it has tests
     */
    private static Path testedFolder() {
        Path configured = RulesFolder.current();
        if (Files.isDirectory(configured.resolve("tests"))) {
            return configured;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        Path file = editor == null ? null : RuleFileLocation.of(editor.getEditorInput());
        if (file != null && file.getParent() != null && Files.isDirectory(file.getParent().resolve("tests"))) {
            return file.getParent();
        }
        return configured;
    }

    private Outcome runTests(Path rulesFolder, Job self, IProgressMonitor monitor) {
        monitor.beginTask(self.getName(), IProgressMonitor.UNKNOWN);
        try {
            RuleSet rules;
            try {
                rules = RuleEngine.compile(rulesFolder);
            } catch (RuleSetException e) {
                RuleSetVerification.Result verified = null;
                if (e.isRefused()) { // never run, but verified: its forbidden calls and the rest
                    verified = new RuleSetVerification.Result(rulesFolder,
                            RuleSetVerification.problems(rulesFolder, null, null), false, true);
                    VerifyResults.put(verified);
                }
                return new Outcome(rulesFolder, null, null, e.getDiagnostics(), false, e.isRefused(), verified);
            }
            int[] done = { 0, 0 };
            RuleTestReport report = RuleTestRunner.run(rules, rulesFolder.resolve("tests"), new RuleTestRunner.Progress() {
                @Override
                public void begin(int total) {
                    done[1] = total;
                    monitor.beginTask(self.getName(), total);
                }

                @Override
                public void test(String name) {
                    if (done[0] > 0) {
                        monitor.worked(1);
                    }
                    int at = ++done[0];
                    monitor.subTask(name);
                    Display.getDefault().asyncExec(() -> running(self, name, at, done[1]));
                }

                @Override
                public boolean cancelled() {
                    return monitor.isCanceled();
                }
            });
            RuleSetVerification.Result verified = new RuleSetVerification.Result(rulesFolder,
                    RuleSetVerification.problems(rulesFolder, rules, report), true, false);
            VerifyResults.put(verified);
            return new Outcome(rulesFolder, rules, report, List.of(), false, false, verified);
        } catch (RuleTestRunner.Cancelled e) {
            return new Outcome(rulesFolder, true);
        } catch (java.io.IOException e) {
            return new Outcome(rulesFolder, false);
        } finally {
            monitor.done();
        }
    }

    private void running(Job which, String test, int at, int total) {
        if (which != job || summary.isDisposed()) {
            return;
        }
        summary.setText(NLS.bind(Messages.testsRunning, new Object[] { test, at, total }));
        progress.setMaximum(Math.max(total, 1));
        progress.setSelection(at - 1);
        summary.getParent().layout(true);
    }

    private void finished(Job which, Outcome result) {
        if (which != job || parent == null || parent.isDisposed()) {
            return; // a newer run replaced this one
        }
        job = null;
        stopItem.setEnabled(false);
        setProgressVisible(false);
        if (result.cancelled()) {
            summary.setText(Messages.testsCancelled);
            summary.setBackground(null);
            summary.setForeground(null);
            return;
        }
        outcome = result;
        RuleTestReport report = result.report();
        showVerified(result.verified());
        if (!result.compileProblems().isEmpty()) {
            bar(false, NLS.bind(result.refused() ? Messages.testsRefused : Messages.testsDoNotCompile,
                    result.compileProblems().size()));
            tests.setInput(List.of());
            coverage.setInput(List.of());
            detailsTitle.setText(Messages.detailsCompileProblems);
            details.setInput(result.compileProblems().stream().map(d -> new Detail(Messages.detailProblem,
                    d.rule() == null ? "" : d.rule(), "", d.toString(), d.file() == null ? null : Path.of(d.file()),
                    d.line())).toList());
        } else if (report == null) {
            bar(false, NLS.bind(Messages.testsNone, result.folder().resolve("tests")));
            tests.setInput(List.of());
            coverage.setInput(List.of());
            details.setInput(List.of());
        } else {
            int total = report.results().size();
            long failed = report.failedCount();
            bar(failed == 0, NLS.bind(Messages.testsSummary, new Object[] { total, total - failed, failed }));
            tests.setInput(report.results());
            coverage.setInput(coverageOf(report));
            // the first failing test, else the first test, shows its details
            RuleTestResult first = report.results().stream().filter(r -> !r.passed()).findFirst()
                    .orElse(report.results().isEmpty() ? null : report.results().get(0));
            if (first != null) {
                tests.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
            }
            showDetails(first);
        }
        parent.layout(true, true);
    }

    /** Lists what verify-rules found (nothing while the rules do not compile). */
    private void showVerified(RuleSetVerification.Result verified) {
        if (verified == null) {
            verifyTitle.setText(Messages.verifyTitle);
            verify.setInput(List.of());
        } else {
            verifyTitle.setText(verified.problems().isEmpty() ? Messages.verifyNone
                    : NLS.bind(Messages.verifyCount, verified.problems().size()));
            verify.setInput(verified.problems());
        }
    }

    private void bar(boolean green, String text) {
        this.green = green;
        summary.setText(text);
        summary.setBackground(green ? PASS_BAR : FAIL_BAR);
        summary.setForeground(WHITE);
    }

    private void setProgressVisible(boolean visible) {
        progress.setVisible(visible);
        ((org.eclipse.swt.layout.GridData) progress.getLayoutData()).exclude = !visible;
        progress.getParent().layout(true);
    }

    /** Cancels the run under way. */
    public void stop() {
        Job running = job;
        if (running != null) {
            running.cancel();
        }
    }

    private static List<Coverage> coverageOf(RuleTestReport report) {
        List<Coverage> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : report.coverage().entrySet()) {
            int in = (int) report.results().stream()
                    .filter(r -> r.findings().stream().anyMatch(f -> f.getRule().equals(e.getKey()))).count();
            out.add(new Coverage(e.getKey(), e.getValue(), in));
        }
        return out;
    }

    private RuleTestResult selectedTest() {
        return tests.getStructuredSelection().getFirstElement() instanceof RuleTestResult r ? r : null;
    }

    private void showDetails(RuleTestResult result) {
        if (outcome == null || outcome.report() == null) {
            return;
        }
        if (result == null) {
            detailsTitle.setText(Messages.detailsTitle);
            details.setInput(List.of());
            return;
        }
        detailsTitle.setText(NLS.bind(result.passed() ? Messages.detailsPassed : Messages.detailsOf, result.name()));
        details.setInput(detailsOf(result, outcome.rules()));
        detailsTitle.getParent().layout(true);
    }

    /**
     * @return the differences of a failed test: its problems, missing findings, findings with other facts,
     *         unexpected ones; of a passed test, the findings its plan made
     */
    /** The names a finding's message writes for its codes: the shipped missions, states and themes (a test's plan uses them). */
    private static final org.grassroots.planner.model.Names NAMES = new org.grassroots.planner.reference.ReferenceNames(null,
            org.grassroots.planner.reference.ReferenceData.shipped());

    public static List<Detail> detailsOf(RuleTestResult result, RuleSet rules) {
        Path expected = Path.of(result.source()).resolve(RuleTestFiles.EXPECTED);
        List<Detail> out = new ArrayList<>();
        if (result.passed()) {
            for (Finding f : result.findings()) {
                out.add(new Detail(Messages.detailMade, f.getRule(), subject(f.getInitiative(), f.getMission(),
                        f.getState()), rules == null ? "" : rules.messages().format(f, NAMES, Locale.getDefault()), null, 0));
            }
            return out;
        }
        for (String problem : result.problems()) {
            out.add(new Detail(Messages.detailProblem, "", "", problem, expected, 0));
        }
        for (ExpectedFinding e : result.missing()) {
            out.add(new Detail(Messages.detailMissing, e.rule(), subject(e.initiative(), e.mission(), e.state()),
                    NLS.bind(Messages.detailMissingMessage, e.line()) + facts(e.facts()), expected, e.line()));
        }
        for (RuleTestResult.WrongFact w : result.wrongFacts()) {
            ExpectedFinding e = w.expected();
            out.add(new Detail(Messages.detailWrongFact, e.rule(), subject(e.initiative(), e.mission(), e.state()),
                    NLS.bind(Messages.detailWrongFactMessage, new Object[] { w.fact(),
                            w.actualValue() == null ? "" : w.actualValue(), e.facts().get(w.fact()), e.line() }),
                    expected, e.line()));
        }
        for (Finding f : result.unexpected()) {
            out.add(new Detail(Messages.detailUnexpected, f.getRule(), subject(f.getInitiative(), f.getMission(),
                    f.getState()), rules == null ? "" : rules.messages().format(f, NAMES, Locale.getDefault()), null, 0));
        }
        return out;
    }

    private static String subject(String initiative, String mission, String state) {
        if (initiative != null) {
            return state == null ? initiative : initiative + " / " + state;
        }
        if (mission != null) {
            return mission;
        }
        return state != null ? state : Messages.detailTheYear;
    }

    private static String facts(Map<String, String> facts) {
        return facts.isEmpty() ? "" : facts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
    }

    private void openTest(RuleTestResult result) {
        if (result == null) {
            return;
        }
        Path test = Path.of(result.source());
        Path expected = test.resolve(RuleTestFiles.EXPECTED);
        open(Files.isRegularFile(expected) ? expected : test, 0);
    }

    private void openDetail(Detail d) {
        if (d.file() != null) {
            open(d.file(), d.line());
        } else if (!d.rule().isEmpty()) {
            openRule(d.rule());
        }
    }

    /** Opens the DRL file that declares this rule, with the rule's name selected. */
    public IEditorPart openRule(String rule) {
        RuleLocation at = RuleLocation.find(outcome == null ? folder : outcome.folder(), rule);
        if (at == null) {
            return null;
        }
        IEditorPart part = open(at.file(), 0);
        if (part instanceof ITextEditor text) {
            text.selectAndReveal(at.offset(), at.length());
        }
        return part;
    }

    private IEditorPart open(Path file, int line) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IEditorPart part = RuleFileOpener.open(page, file);
            if (line > 0 && part instanceof ITextEditor text) {
                org.eclipse.jface.text.IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
                try {
                    org.eclipse.jface.text.IRegion region = doc.getLineInformation(line - 1);
                    text.selectAndReveal(region.getOffset(), region.getLength());
                } catch (org.eclipse.jface.text.BadLocationException e) {
                    // the file changed since the run: leave the editor at its start
                }
            }
            return part;
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(parent.getShell(), Messages.testsViewTitle, null,
                    e.getStatus());
            return null;
        }
    }

    /** @return the rule tests views that are open */
    public static List<RuleTestsView> shown() {
        return List.copyOf(OPEN);
    }

    /** @return the outcome of the last finished run, or null */
    public Outcome outcome() {
        return outcome;
    }

    public TableViewer testsViewer() {
        return tests;
    }

    public TableViewer detailsViewer() {
        return details;
    }

    public TableViewer coverageViewer() {
        return coverage;
    }

    /** @return the table of what verify-rules found in the rule set */
    public TableViewer verifyViewer() {
        return verify;
    }

    /** @return the line above that table: how many problems verify-rules found */
    public String verifyText() {
        return verifyTitle.getText();
    }

    /** @return the header line: how many tests passed and failed, or what is under way */
    public String summaryText() {
        return summary.getText();
    }

    /** @return whether the header shows green (every test passed) */
    public boolean isGreen() {
        return green && job == null;
    }

    /** @return whether a run is under way */
    public boolean isRunning() {
        return job != null;
    }

    @PreDestroy
    public void dispose() {
        OPEN.remove(this);
        RulesFolder.removeListener(preference);
        stop();
        if (broker != null) {
            broker.unsubscribe(saved);
        }
    }
}
