package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The fiscal year's reference: cap, mission share limit, priority themes, and priority states with their sourced figures. */
public class ReferencePart {
    public static final String ID = "org.grassroots.planner.ui.reference";

    /** One line of the reference table: what, its value, and where it comes from. */
    public record Line(String what, String value, String source) {
    }

    @Inject
    private PlanSession session;

    private Label heading;
    private TableViewer viewer;
    private final Consumer<PlanSession.Snapshot> listener = s -> Display.getDefault().asyncExec(this::refresh);

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column(Messages.referenceWhat, 260, Line::what);
        column(Messages.referenceValue, 200, Line::value);
        column(Messages.referenceSource, 420, Line::source);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setData(ID, this);
        session.addListener(listener);
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Line, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Line) element);
            }
        });
    }

    /** @return the lines of the reference: cap, share, each priority theme, each priority state with its figures */
    public static List<Line> lines(FiscalYearReference ref) {
        ReferenceData data = ReferenceData.shipped();
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
        List<Line> out = new java.util.ArrayList<>();
        out.add(new Line(Messages.referenceCap, number.format(ref.getBudgetCapJpy()), ""));
        out.add(new Line(Messages.referenceShare, Math.round(ref.getMissionShareMax() * 100) + "% (JPY "
                + number.format(ref.getMissionShareCapJpy()) + ")", ""));
        for (Theme t : data.themes()) {
            if (ref.getPriorityThemes().contains(t.getCode())) {
                out.add(new Line(Messages.referenceTheme, Labels.japanese() ? t.getLabelJa() : t.getLabelEn(),
                        String.join(", ", t.getLines())));
            }
        }
        for (String state : ref.getPriorityStates().stream().sorted().toList()) {
            List<Figure> figures = new java.util.ArrayList<>(data.figures(state, Figure.EMPLOYMENT));
            figures.addAll(data.figures(state, Figure.ESTABLISHMENTS));
            String value = figures.isEmpty() ? Messages.referenceNoFigure : figures.stream()
                    .map(f -> number.format(f.value()) + " (" + f.year() + ")").reduce((a, b) -> a + "; " + b).orElse("");
            out.add(new Line(Messages.bind(Messages.referenceState, Labels.state(state)), value,
                    figures.isEmpty() ? "" : figures.get(0).source()));
        }
        return out;
    }

    private void refresh() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        FiscalYearReference ref = session.snapshot().reference();
        heading.setText(ref == null ? Messages.bind(Messages.noReference, session.snapshot().fiscalYear())
                : Messages.bind(Messages.referenceHeading, ref.getFiscalYear()));
        viewer.setInput(ref == null ? List.of() : lines(ref));
        heading.getParent().layout(true, true);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }
}
