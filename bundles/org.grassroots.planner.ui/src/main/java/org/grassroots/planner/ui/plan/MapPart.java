package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The US as a tile grid, one square per state, coloured by a measure the planner picks. Priority
 * states are outlined, priority states the plan leaves uncovered are marked, states where a Japanese
 * mission sits carry a dot, and states without a known figure are hatched (zero is white). A click
 * on a state filters the initiatives view to it.
 */
public class MapPart {
    public static final String ID = "org.grassroots.planner.ui.map";
    private static final int COLUMNS = 12;
    private static final int ROWS = 9;
    private static final RGB LOW = new RGB(222, 235, 247);
    private static final RGB HIGH = new RGB(8, 81, 156);

    @Inject
    private PlanSession session;
    @Inject
    private IEventBroker events;

    private Combo measure;
    private Label status;
    private Canvas canvas;
    private String picked;

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (canvas != null && !canvas.isDisposed()) {
            redraw();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(parent);
        measure = new Combo(parent, SWT.READ_ONLY);
        for (StateMeasure m : StateMeasure.values()) {
            measure.add(m.label());
        }
        measure.select(StateMeasure.INITIATIVES.ordinal());
        measure.addListener(SWT.Selection, e -> redraw());
        new Label(parent, SWT.NONE);
        status = new Label(parent, SWT.WRAP);
        status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(status);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(520, 360).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        // hovering over a state says what it is and its figure, with the figure's year and source
        canvas.addListener(SWT.MouseMove, e -> {
            String tip = tooltip(stateAt(e.x, e.y));
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
        canvas.addListener(SWT.MouseDown, e -> {
            String state = stateAt(e.x, e.y);
            if (state != null) {
                events.send(PlanEvents.STATE_FILTER, state.equals(picked) ? "" : state);
            }
        });
        redraw();
    }

    /** @return the state whose tile holds this point of the canvas, or null */
    public String stateAt(int x, int y) {
        int size = tileSize();
        for (UsState s : ReferenceData.shipped().states().values()) {
            if (tile(s, size).contains(x, y)) {
                return s.code();
            }
        }
        return null;
    }

    /** @return what the tooltip says over a state (null for none): its name, the measure's value and where it comes from */
    public String tooltip(String state) {
        if (state == null) {
            return null;
        }
        StateMeasure m = StateMeasure.values()[measure.getSelectionIndex()];
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.getDefault());
        String name = Labels.state(state);
        Long value = m.value(state, session.snapshot().initiatives());
        org.grassroots.planner.model.Figure figure = m.figure(state);
        String text = value == null ? Messages.bind(Messages.tipUnknown, name, m.label())
                : figure != null ? Messages.bind(Messages.tipFigure, new Object[] { name, m.label(), number.format(value),
                        Integer.toString(figure.year()), figure.source(java.util.Locale.getDefault()) })
                : Messages.bind(Messages.tipValue, name, m.label(), number.format(value));
        FiscalYearReference ref = session.snapshot().reference();
        if (ref != null && ref.getPriorityStates().contains(state)) {
            text += "\n" + (uncoveredPriorityStates().contains(state) ? Messages.tipUncovered : Messages.tipPriority);
        }
        if (ReferenceData.shipped().hasMissionSeat(state)) {
            text += "\n" + Messages.tipSeat;
        }
        return text;
    }

    /** @return the lines of the legend's figures for the measure shown: lowest, highest, how many states have one */
    public List<String> legendFigures() {
        StateMeasure m = StateMeasure.values()[measure.getSelectionIndex()];
        List<Initiative> plan = session.snapshot().initiatives();
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.getDefault());
        String low = null;
        String high = null;
        long min = Long.MAX_VALUE;
        long max = 0;
        int known = 0;
        int year = 0;
        for (String code : ReferenceData.shipped().states().keySet()) {
            Long v = m.value(code, plan);
            if (v == null || (!m.ofFigures() && v == 0)) {
                continue;
            }
            known++;
            if (m.figure(code) != null) {
                year = Math.max(year, m.figure(code).year());
            }
            if (v < min) {
                min = v;
                low = code;
            }
            if (v > max) {
                max = v;
                high = code;
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        if (low != null) {
            lines.add(Messages.bind(Messages.legendLowest, number.format(min), low));
            lines.add(Messages.bind(Messages.legendHighest, number.format(max), high));
        }
        int all = ReferenceData.shipped().states().size();
        lines.add(m.ofFigures() ? Messages.bind(Messages.legendKnown, new Object[] { year == 0 ? "" : Integer.toString(year),
                known, all }) : Messages.bind(Messages.legendKnownPlan, known, all));
        return lines;
    }

    /** @return the centre of a state's tile on the canvas, for tests that click on it */
    public Point centreOf(String state) {
        Rectangle r = tile(ReferenceData.shipped().states().get(state), tileSize());
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    public Canvas canvas() {
        return canvas;
    }

    /** @return the priority states that no non-cancelled initiative of the year targets */
    public Set<String> uncoveredPriorityStates() {
        PlanSession.Snapshot s = session.snapshot();
        FiscalYearReference ref = s.reference();
        if (ref == null) {
            return Set.of();
        }
        return ref.getPriorityStates().stream().filter(st -> s.initiatives().stream()
                .noneMatch(i -> !i.isCancelled() && i.getStates().contains(st))).collect(java.util.stream.Collectors.toSet());
    }

    @Inject
    @Optional
    void onStateFilter(@UIEventTopic(PlanEvents.STATE_FILTER) String state) {
        picked = state == null || state.isEmpty() ? null : state;
        redraw();
    }

    private void redraw() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Set<String> uncovered = uncoveredPriorityStates();
        status.setText(uncovered.isEmpty() ? "" : Messages.bind(Messages.uncoveredStates,
                String.join(", ", uncovered.stream().sorted().toList())));
        status.getParent().layout(true, true);
        canvas.redraw();
    }

    private int tileSize() {
        Rectangle area = canvas.getClientArea();
        int legend = 230;
        return Math.max(16, Math.min((area.width - legend - 8) / COLUMNS, (area.height - 8) / ROWS));
    }

    private static Rectangle tile(UsState s, int size) {
        return new Rectangle(4 + (s.col() - 1) * size, 4 + (s.row() - 1) * size, size - 3, size - 3);
    }

    private void paint(GC gc) {
        Display display = canvas.getDisplay();
        PlanSession.Snapshot snapshot = session.snapshot();
        List<Initiative> plan = snapshot.initiatives();
        StateMeasure m = StateMeasure.values()[measure.getSelectionIndex()];
        FiscalYearReference ref = snapshot.reference();
        Set<String> priority = ref == null ? Set.of() : ref.getPriorityStates();
        Set<String> uncovered = uncoveredPriorityStates();
        Map<String, Long> values = new HashMap<>();
        long max = 1;
        for (String code : ReferenceData.shipped().states().keySet()) {
            Long v = m.value(code, plan);
            values.put(code, v);
            if (v != null) {
                max = Math.max(max, v);
            }
        }
        int size = tileSize();
        gc.setAntialias(SWT.ON);
        NumberFormat number = NumberFormat.getCompactNumberInstance(Locale.getDefault(), NumberFormat.Style.SHORT);
        for (UsState s : ReferenceData.shipped().states().values()) {
            Rectangle r = tile(s, size);
            Long v = values.get(s.code());
            if (v == null) {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
                gc.fillRectangle(r);
                gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
                for (int d = -r.height; d < r.width; d += 6) {
                    gc.drawLine(r.x + Math.max(d, 0), r.y + Math.max(-d, 0), r.x + Math.min(d + r.height, r.width),
                            r.y + Math.min(r.width - d, r.height));
                }
            } else {
                Color c = new Color(display, shade(v == 0 ? 0 : (double) v / max));
                gc.setBackground(v == 0 ? display.getSystemColor(SWT.COLOR_WHITE) : c);
                gc.fillRectangle(r);
                c.dispose();
            }
            boolean dark = v != null && v > 0 && (double) v / max > 0.5;
            gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawRectangle(r);
            if (priority.contains(s.code())) {
                gc.setForeground(display.getSystemColor(uncovered.contains(s.code()) ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
                gc.setLineWidth(3);
                gc.setLineStyle(uncovered.contains(s.code()) ? SWT.LINE_DASH : SWT.LINE_SOLID);
                gc.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
            }
            if (s.code().equals(picked)) {
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(3);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
            }
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_SOLID);
            if (ReferenceData.shipped().hasMissionSeat(s.code())) {
                gc.setBackground(display.getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                gc.fillOval(r.x + r.width - 9, r.y + 4, 5, 5);
            }
            gc.setForeground(display.getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
            Point extent = gc.textExtent(s.code());
            gc.drawText(s.code(), r.x + (r.width - extent.x) / 2, r.y + r.height / 2 - extent.y, true);
            String value = v == null ? "\u2013" : number.format(v);
            Point ve = gc.textExtent(value);
            gc.drawText(value, r.x + (r.width - ve.x) / 2, r.y + r.height / 2, true);
        }
        paintLegend(gc, 4 + COLUMNS * size + 8, 8, m);
    }

    private void paintLegend(GC gc, int x, int y, StateMeasure m) {
        Display display = canvas.getDisplay();
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(m.label(), x, y, true);
        int line = gc.getFontMetrics().getHeight() + 6;
        int row = y + line;
        // the colour scale with the figures it spans, not just "low" and "high"
        List<String> figures = legendFigures();
        Color low = new Color(display, shade(0.1));
        Color high = new Color(display, shade(1));
        if (figures.size() == 3) {
            swatch(gc, x, row, low, figures.get(0));
            swatch(gc, x, row += line, high, figures.get(1));
            row += line;
        }
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(figures.get(figures.size() - 1), x, row, true);
        swatch(gc, x, row += line, display.getSystemColor(SWT.COLOR_WHITE), Messages.legendZero);
        swatch(gc, x, row += line, display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW), Messages.legendUnknown);
        low.dispose();
        high.dispose();
        row += line;
        gc.setLineWidth(3);
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_YELLOW));
        gc.drawRectangle(x, row, 14, 14);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
        gc.drawRectangle(x, row + line, 14, 14);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(Messages.legendPriority, x + 22, row, true);
        gc.drawText(Messages.legendUncovered, x + 22, row + line, true);
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.fillOval(x + 4, row + 2 * line + 4, 6, 6);
        gc.drawText(Messages.legendSeat, x + 22, row + 2 * line, true);
    }

    private static void swatch(GC gc, int x, int y, Color color, String text) {
        gc.setBackground(color);
        gc.fillRectangle(x, y, 14, 14);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(x, y, 14, 14);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(text, x + 22, y, true);
    }

    private static RGB shade(double t) {
        double k = Math.sqrt(Math.max(0, Math.min(1, t)));
        return new RGB((int) (LOW.red + (HIGH.red - LOW.red) * k), (int) (LOW.green + (HIGH.green - LOW.green) * k),
                (int) (LOW.blue + (HIGH.blue - LOW.blue) * k));
    }

    @PreDestroy
    public void dispose() {
    }
}
