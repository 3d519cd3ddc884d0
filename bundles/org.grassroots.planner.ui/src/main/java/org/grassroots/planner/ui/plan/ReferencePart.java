package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
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
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;

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
    private org.eclipse.swt.widgets.Button edit;
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
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(3).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        edit = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        edit.setText(Messages.referenceEdit);
        edit.addListener(SWT.Selection, e -> edit());
        org.eclipse.swt.widgets.Button load = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        load.setText(Messages.referenceImport);
        load.addListener(SWT.Selection, e -> importFile());
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getTable());
        column(Messages.referenceWhat, 260, Line::what);
        column(Messages.referenceValue, 200, Line::value);
        column(Messages.referenceSource, 420, Line::source);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Line, String> text) {
        TableColumns.text(viewer, title, width, text);
    }

    /** @return the lines of the reference: cap, share, each priority theme, each priority state with its figures */
    public static List<Line> lines(FiscalYearReference ref) {
        ReferenceData data = ReferenceData.shipped();
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
        List<Line> out = new java.util.ArrayList<>();
        out.add(new Line(Messages.referenceCap, number.format(ref.getBudgetCapJpy()), ""));
        out.add(new Line(Messages.referenceShare, Messages.bind(Messages.referenceShareValue,
                Math.round(ref.getMissionShareMax() * 100), number.format(ref.getMissionShareCapJpy())), ""));
        for (Theme t : data.themes()) {
            if (ref.getPriorityThemes().contains(t.getCode())) {
                out.add(new Line(Messages.referenceTheme, Labels.japanese() ? t.getLabelJa() : t.getLabelEn(),
                        t.getLines().stream().map(Labels::line).collect(java.util.stream.Collectors.joining(", "))));
            }
        }
        for (String state : ref.getPriorityStates().stream().sorted().toList()) {
            List<Figure> figures = stateFigures(state);
            String value = figures.isEmpty() ? Messages.referenceNoFigure : figures.stream()
                    .map(f -> number.format(f.value()) + " (" + f.year() + ")").reduce((a, b) -> a + "; " + b).orElse("");
            out.add(new Line(Messages.bind(Messages.referenceState, Labels.state(state)), value,
                    figures.isEmpty() ? "" : figures.get(0).source(java.util.Locale.getDefault())));
        }
        return out;
    }

    /** @return a state's sourced figures: Japanese employment, then Japanese establishments */
    public static List<Figure> stateFigures(String state) {
        List<Figure> figures = new java.util.ArrayList<>(ReferenceData.shipped().figures(state, Figure.EMPLOYMENT));
        figures.addAll(ReferenceData.shipped().figures(state, Figure.ESTABLISHMENTS));
        return figures;
    }

    /** Opens the reference form; OK saves the year's reference in the store and checks the plan again. */
    public void edit() {
        FiscalYearReference ref = session.snapshot().reference();
        if (ref == null) {
            return;
        }
        org.grassroots.planner.ui.edit.ReferenceDialog dialog = new org.grassroots.planner.ui.edit.ReferenceDialog(
                viewer.getTable().getShell(), ref);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            org.grassroots.planner.ui.edit.PlanOperations.saveReference(session, ref, dialog.result()); // Edit › Undo takes it back
        }
    }

    /** Reads a reference file (JSON of the contract) and saves it as the reference of its fiscal year. */
    private void importFile() {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(viewer.getTable().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.json", "*.*" });
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            FiscalYearReference read = org.grassroots.planner.importer.Importers.referenceImporter().read(java.nio.file.Path.of(file));
            FiscalYearReference before = read.getFiscalYear() == session.snapshot().fiscalYear() ? session.snapshot().reference() : null;
            if (before != null) {
                org.grassroots.planner.ui.edit.PlanOperations.saveReference(session, before, read);
            } else {
                session.saveReference(read);
            }
        } catch (org.grassroots.planner.importer.ImportException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getTable().getShell(), Messages.referenceImport.replace("&", ""),
                    e.getMessage());
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        FiscalYearReference ref = session.snapshot().reference();
        heading.setText(ref == null ? Messages.bind(Messages.noReference, session.snapshot().fiscalYear())
                : Messages.bind(Messages.referenceHeading, ref.getFiscalYear()) + "\n" + origin(session.snapshot().resolution()));
        viewer.setInput(ref == null ? List.of() : lines(ref));
        edit.setEnabled(ref != null);
        heading.getParent().layout(true, true);
    }

    /** @return where the shown reference came from, as the planning service resolved it */
    public static String origin(ReferenceResolution r) {
        if (r == null) {
            return "";
        }
        return switch (r.source()) {
            case STORE -> Messages.referenceFromStore;
            case SHIPPED -> Messages.referenceFromShipped;
            case FILE -> Messages.referenceFromFile;
            case CARRIED_OVER -> Messages.bind(Messages.referenceCarriedOver, Labels.japanese()
                    ? new org.grassroots.planner.model.FiscalYear(r.fromFiscalYear()).japanese() : "" + r.fromFiscalYear(),
                    r.fromSource() == ReferenceResolution.Source.STORE ? Messages.referenceOriginStore
                            : Messages.referenceOriginShipped);
        };
    }

    @PreDestroy
    public void dispose() {
    }
}
