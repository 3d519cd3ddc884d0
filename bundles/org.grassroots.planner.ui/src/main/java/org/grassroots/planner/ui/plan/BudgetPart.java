package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Where the budget stands: the year's planned total against the cap, by mission (against the share
 * one mission may take) and by kind, and the previous fiscal years where known.
 */
public class BudgetPart {
    public static final String ID = "org.grassroots.planner.ui.budget";
    private static final int BAR = 16;

    /** One bar: a label, a value in yen, and whether the source gives it only approximately. */
    public record Bar(String label, long yen, boolean approximate) {
    }

    @Inject
    private PlanSession session;

    private Label summary;
    private Canvas canvas;

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (canvas != null && !canvas.isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.Resize, e -> updateScroll());
        refresh();
    }

    /** @return the summary line (planned against the cap), as the planner reads it */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the year's planned total of non-cancelled initiatives */
    public static long planned(List<Initiative> plan) {
        return org.grassroots.planner.model.Budgets.total(plan.stream().filter(i -> !i.isCancelled()).toList());
    }

    static List<Bar> by(List<Initiative> plan, Function<Initiative, String> key) {
        Map<String, Long> totals = new TreeMap<>();
        plan.stream().filter(i -> !i.isCancelled())
                .forEach(i -> totals.merge(key.apply(i), i.getBudgetJpy() == null ? 0 : i.getBudgetJpy(), Long::sum));
        List<Bar> out = new ArrayList<>();
        totals.forEach((k, v) -> out.add(new Bar(k, v, false)));
        out.sort((a, b) -> Long.compare(b.yen(), a.yen()));
        return out;
    }

    /** @return the fiscal years' budgets: the source's figures where known, else what the store plans */
    static List<Bar> years(PlanSession.Snapshot s) {
        Map<Integer, Bar> out = new TreeMap<>();
        s.plannedByYear().forEach((year, yen) -> out.put(year, new Bar("FY" + year, yen, false)));
        for (Figure f : ReferenceData.shipped().figures()) {
            if (f.measure().equals(Figure.BUDGET_JPY) && f.year() != s.fiscalYear()) {
                out.put(f.year(), new Bar("FY" + f.year(), f.value(), f.approximate()));
            }
        }
        return new ArrayList<>(out.values());
    }

    private void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        PlanSession.Snapshot s = session.snapshot();
        FiscalYearReference ref = s.reference();
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.ROOT);
        long planned = planned(s.initiatives());
        summary.setText(ref == null ? Messages.bind(Messages.budgetNoCap, s.fiscalYear(), yen.format(planned))
                : Messages.bind(Messages.budgetSummary, new Object[] { s.fiscalYear(), yen.format(planned),
                        yen.format(ref.getBudgetCapJpy()), Math.round(100.0 * planned / ref.getBudgetCapJpy()) }));
        summary.getParent().layout(true, true);
        updateScroll();
        canvas.redraw();
    }

    private Map<String, List<Bar>> sections() {
        PlanSession.Snapshot s = session.snapshot();
        Map<String, List<Bar>> sections = new LinkedHashMap<>();
        sections.put(Messages.budgetYear, List.of(new Bar("FY" + s.fiscalYear(), planned(s.initiatives()), false)));
        sections.put(Messages.budgetByMission, by(s.initiatives(), i -> Labels.mission(i.getMission())));
        sections.put(Messages.budgetByKind, by(s.initiatives(), i -> Labels.kind(i.getKind())));
        sections.put(Messages.budgetYears, years(s));
        return sections;
    }

    private int contentHeight() {
        return sections().values().stream().mapToInt(b -> 28 + b.size() * (BAR + 4)).sum() + 20;
    }

    private void updateScroll() {
        var bar = canvas.getVerticalBar();
        int visible = canvas.getClientArea().height;
        bar.setMaximum(Math.max(contentHeight(), 1));
        bar.setThumb(Math.max(1, Math.min(visible, contentHeight())));
        bar.setPageIncrement(Math.max(1, visible - 20));
    }

    /** Where the last paint put each bar's figure and cap line: {x, width, cap x or -1}. */
    private final List<int[]> painted = new java.util.ArrayList<>();

    /** @return where the last paint put each bar's figure and the cap line beside it: {x, width, cap x or -1} */
    public List<int[]> paintedLabels() {
        return List.copyOf(painted);
    }

    private void paint(GC gc) {
        painted.clear();
        Display display = canvas.getDisplay();
        PlanSession.Snapshot s = session.snapshot();
        FiscalYearReference ref = s.reference();
        int width = canvas.getClientArea().width;
        int labelWidth = 190;
        int barArea = Math.max(60, width - labelWidth - 130);
        int y = 6 - canvas.getVerticalBar().getSelection();
        NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.getDefault(), NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        for (Map.Entry<String, List<Bar>> section : sections().entrySet()) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(section.getKey(), 6, y, true);
            y += 24;
            boolean missions = section.getKey().equals(Messages.budgetByMission);
            long limit = ref == null ? 0 : missions ? ref.getMissionShareCapJpy() : ref.getBudgetCapJpy();
            long scale = Math.max(1, Math.max(limit, section.getValue().stream().mapToLong(Bar::yen).max().orElse(1)));
            if (section.getKey().equals(Messages.budgetByKind)) {
                limit = 0;
            }
            for (Bar b : section.getValue()) {
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                String label = b.label();
                while (label.length() > 3 && gc.textExtent(label).x > labelWidth - 10) {
                    label = label.substring(0, label.length() - 2);
                }
                gc.drawText(label, 6, y, true);
                int w = (int) ((double) b.yen() / scale * barArea);
                boolean over = limit > 0 && b.yen() > limit;
                gc.setBackground(display.getSystemColor(b.approximate() ? SWT.COLOR_GRAY
                        : over ? SWT.COLOR_RED : SWT.COLOR_DARK_BLUE));
                gc.fillRectangle(labelWidth, y + 2, Math.max(1, w), BAR - 4);
                String value = (b.approximate() ? "\u2248 " : "") + compact.format(b.yen());
                int textX = labelWidth + w + 6;
                int textWidth = gc.textExtent(value).x;
                int capX = -1;
                if (limit > 0) {
                    capX = labelWidth + (int) ((double) limit / scale * barArea);
                    // the figure never sits on the cap line ("2|50.9M"): past it when they would meet
                    if (textX <= capX + 3 && textX + textWidth >= capX - 3) {
                        textX = capX + 5;
                    }
                    gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.drawLine(capX, y - 2, capX, y + BAR);
                    gc.setLineStyle(SWT.LINE_SOLID);
                }
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(value, textX, y, true);
                painted.add(new int[] { textX, textWidth, capX });
                y += BAR + 4;
            }
            y += 4;
        }
        if (ref != null) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
            Point p = new Point(6, y + 4);
            gc.drawText(Messages.bind(Messages.budgetLegend, NumberFormat.getIntegerInstance(Locale.ROOT)
                    .format(ref.getMissionShareCapJpy())), p.x, p.y, true);
        }
    }

    @PreDestroy
    public void dispose() {
    }
}
