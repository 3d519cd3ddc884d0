package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.reference.ReferenceData;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Initiatives and budget per fiscal year from FY2017 on: what the store holds for a year, else the
 * source document's figures (marked approximate where the source says "about"), else nothing.
 */
public class HistoryPart {
    public static final String ID = "org.grassroots.planner.ui.history";
    private static final int FIRST_YEAR = 2017;

    /** One fiscal year as the history shows it; null where nothing is known. */
    public record Year(int year, Long initiatives, Long budgetJpy, boolean approximate, String source) {
    }

    @Inject
    private PlanSession session;

    private Label total;
    private TableViewer viewer;

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        total = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(total);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
        column(Messages.historyYear, 150, y -> "FY" + y.year() + " (" + new FiscalYear(y.year()).japanese() + ")");
        column(Messages.historyInitiatives, 90, y -> y.initiatives() == null ? "\u2013" : number.format(y.initiatives()));
        column(Messages.historyBudget, 130, y -> y.budgetJpy() == null ? "\u2013"
                : (y.approximate() ? "\u2248 " : "") + number.format(y.budgetJpy()));
        column(Messages.historySource, 420, Year::source);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Year, String> text) {
        TableColumns.text(viewer, title, width, text);
    }

    /** @return the years shown, oldest first */
    public static List<Year> years(PlanSession.Snapshot s, java.util.Map<Integer, Integer> countByYear) {
        ReferenceData data = ReferenceData.shipped();
        int last = Math.max(s.fiscalYear(), s.years().isEmpty() ? FIRST_YEAR : s.years().last());
        List<Year> out = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= last; year++) {
            String subject = "FY" + year;
            if (s.plannedByYear().containsKey(year)) {
                out.add(new Year(year, countByYear.get(year).longValue(), s.plannedByYear().get(year), false,
                        Messages.historyFromStore));
                continue;
            }
            Figure count = first(data.figures(subject, Figure.INITIATIVES));
            Figure budget = first(data.figures(subject, Figure.BUDGET_JPY));
            String source = count != null ? count.source(java.util.Locale.getDefault()) : budget != null ? budget.source(java.util.Locale.getDefault()) : Messages.historyUnknown;
            out.add(new Year(year, count == null ? null : count.value(), budget == null ? null : budget.value(),
                    budget != null && budget.approximate(), source));
        }
        return out;
    }

    private static Figure first(List<Figure> figures) {
        return figures.isEmpty() ? null : figures.get(0);
    }

    private void refresh() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        PlanSession.Snapshot s = session.snapshot();
        viewer.setInput(years(s, session.countsByYear()));
        Figure since = first(ReferenceData.shipped().figures("FY2021", Figure.INITIATIVES_SINCE_FY2017));
        total.setText(since == null ? "" : Messages.bind(Messages.historyTotal,
                java.text.NumberFormat.getIntegerInstance().format(since.value()), since.source(java.util.Locale.getDefault())));
        total.getParent().layout(true, true);
    }

    @PreDestroy
    public void dispose() {
    }
}
