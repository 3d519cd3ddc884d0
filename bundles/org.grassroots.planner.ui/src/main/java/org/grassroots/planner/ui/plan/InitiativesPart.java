package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.rules.RuleSet;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The initiatives of the fiscal year, each with its worst finding. */
public class InitiativesPart {
    public static final String ID = "org.grassroots.planner.ui.initiatives";

    @Inject
    private PlanSession session;

    private Label summary;
    private TableViewer viewer;
    private Map<String, Finding> worst = Map.of();
    private final Consumer<PlanSession.Snapshot> listener = s -> Display.getDefault().asyncExec(() -> show(s));

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        boolean japanese = "ja".equals(Locale.getDefault().getLanguage());
        NumberFormat yen = NumberFormat.getIntegerInstance();
        column(Messages.columnId, 110, Initiative::getId);
        column(Messages.columnMission, 130, Initiative::getMission);
        column(Messages.columnTitle, 320, i -> japanese || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn());
        column(Messages.columnKind, 130, i -> i.getKind().code());
        column(Messages.columnStates, 90, i -> String.join(", ", i.getStates()));
        column(Messages.columnBudget, 110, i -> i.getBudgetJpy() == null ? "" : yen.format(i.getBudgetJpy()));
        column(Messages.columnStatus, 80, i -> i.getStatus().code());
        TableViewerColumn finding = new TableViewerColumn(viewer, SWT.NONE);
        finding.getColumn().setText(Messages.columnFinding);
        finding.getColumn().setWidth(480);
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
                if (f == null) {
                    return null;
                }
                return Display.getDefault().getSystemColor(f.getSeverity() == Severity.ERROR ? SWT.COLOR_DARK_RED
                        : f.getSeverity() == Severity.WARNING ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_BLUE);
            }
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        session.addListener(listener);
        show(session.snapshot());
    }

    private void column(String title, int width, Function<Initiative, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Initiative) element);
            }
        });
    }

    private void show(PlanSession.Snapshot s) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        worst = PlanSession.worstFindings(s.findings());
        List<Initiative> rows = s.initiatives();
        viewer.setInput(rows);
        if (s.fiscalYear() == 0 && s.problem() == null) {
            summary.setText(Messages.loading);
        } else {
            long errors = s.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
            String text = s.fiscalYear() == 0 ? "" : Messages.bind(Messages.summary, new Object[] { s.fiscalYear(),
                    new FiscalYear(s.fiscalYear()).japanese(), rows.size(), s.findings().size(), errors });
            summary.setText(s.problem() == null ? text : text + "\n" + s.problem());
        }
        summary.getParent().layout(true, true);
    }

    /** @return the table, for tests that look at what the planner sees */
    public TableViewer viewer() {
        return viewer;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }
}
