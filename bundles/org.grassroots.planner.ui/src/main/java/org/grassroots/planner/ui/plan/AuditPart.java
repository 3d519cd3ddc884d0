package org.grassroots.planner.ui.plan;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.store.HistoryEntry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The fiscal year's audit trail: every change of its initiatives, by whom (the database login on a
 * server), when (Japan's time), and each field before and after, one line per field; filtered by
 * initiative, user, mission and field, and exported as CSV for the task force's records.
 */
public class AuditPart {
    public static final String ID = "org.grassroots.planner.ui.audit";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** One line of the trail: a field of a change (or the change itself, for an addition). */
    public record Line(HistoryEntry entry, String field, String before, String after) {
    }

    @Inject
    private org.eclipse.e4.ui.di.UISynchronize sync;
    @Inject
    private PlanSession session;

    private Label heading;
    private Text id;
    private Combo user;
    private Combo mission;
    private Combo field;
    private TableViewer viewer;
    private List<Line> all = List.of();
    private List<Line> shown = List.of();

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            reload();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        // the filters wrap onto a second line in a narrow view rather than run off its edge
        Composite filters = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        row.spacing = 6;
        filters.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(filters);
        new Label(filters, SWT.NONE).setText(Messages.auditId);
        id = new Text(filters, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        id.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
        id.addModifyListener(e -> refilter());
        user = filter(filters, Messages.auditUser);
        mission = filter(filters, Messages.auditMission);
        field = filter(filters, Messages.auditField);
        Button export = new Button(filters, SWT.PUSH);
        export.setText(Messages.auditExport);
        export.addListener(SWT.Selection, e -> export());
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        TableColumns.<Line>text(viewer, Messages.auditWhen, 140, l -> when(l.entry()));
        TableColumns.<Line>text(viewer, Messages.auditUser, 90, l -> l.entry().who());
        TableColumns.<Line>text(viewer, Messages.auditId, 110, l -> l.entry().initiativeId());
        TableColumns.<Line>text(viewer, Messages.auditMission, 150, l -> l.entry().mission() == null ? ""
                : Labels.mission(l.entry().mission()));
        TableColumns.<Line>text(viewer, Messages.auditAction, 60, l -> action(l.entry().action()));
        TableColumns.<Line>text(viewer, Messages.auditField, 110, l -> l.field().isEmpty() ? "" : Labels.field(l.field()));
        TableColumns.<Line>text(viewer, Messages.auditBefore, 160, l -> l.before() == null ? "" : l.before());
        TableColumns.<Line>text(viewer, Messages.auditAfter, 160, l -> l.after() == null ? "" : l.after());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        reload();
    }

    private Combo filter(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.addListener(SWT.Selection, e -> refilter());
        combo.setItems(Messages.auditAll);
        combo.select(0);
        combo.setLayoutData(new org.eclipse.swt.layout.RowData(120, SWT.DEFAULT));
        return combo;
    }

    private static String when(HistoryEntry e) {
        return e.when() == null ? "" : WHEN.format(e.when().atZoneSameInstant(JAPAN));
    }

    private static String action(String action) {
        return switch (action) {
            case "insert" -> Messages.auditInsert;
            case "delete" -> Messages.auditDelete;
            default -> Messages.auditUpdate;
        };
    }

    /** Shows the trail of one initiative (Show History on a row of the Initiatives view). */
    @Inject
    @Optional
    void onHistory(@UIEventTopic(PlanEvents.HISTORY) String initiativeId) {
        if (id != null && !id.isDisposed()) {
            id.setText(initiativeId == null ? "" : initiativeId);
        }
    }

    private void reload() {
        PlanningService planning = session.planning();
        int year = session.snapshot().fiscalYear();
        if (planning == null || year == 0) {
            return;
        }
        Job job = Job.create(Messages.auditJob, monitor -> {
            List<HistoryEntry> trail = planning.audit(year);
            sync.asyncExec(() -> show(trail));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<HistoryEntry> trail) {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        for (HistoryEntry e : trail) {
            if (e.fields().isEmpty()) {
                lines.add(new Line(e, "", null, e.changes()));
            }
            for (HistoryEntry.Field f : e.fields()) {
                lines.add(new Line(e, f.name(), f.before(), f.after()));
            }
        }
        all = lines;
        choices(user, lines.stream().map(l -> l.entry().who()).toList());
        choices(mission, lines.stream().map(l -> l.entry().mission()).filter(m -> m != null).toList());
        choices(field, lines.stream().map(Line::field).filter(f -> !f.isEmpty()).map(Labels::field).toList());
        refilter();
    }

    private static void choices(Combo combo, List<String> values) {
        String chosen = combo.getText();
        Set<String> sorted = new TreeSet<>(values);
        List<String> items = new ArrayList<>();
        items.add(Messages.auditAll);
        items.addAll(sorted);
        combo.setItems(items.toArray(String[]::new));
        int index = items.indexOf(chosen);
        combo.select(Math.max(0, index));
    }

    private boolean chosen(Combo combo, String value) {
        return combo.getSelectionIndex() <= 0 || combo.getText().equals(value);
    }

    private void refilter() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        String wanted = id.getText().strip();
        shown = all.stream().filter(l -> wanted.isEmpty() || l.entry().initiativeId().equalsIgnoreCase(wanted))
                .filter(l -> chosen(user, l.entry().who())).filter(l -> chosen(mission, l.entry().mission()))
                .filter(l -> chosen(field, l.field().isEmpty() ? "" : Labels.field(l.field()))).toList();
        viewer.setInput(shown);
        heading.setText(Messages.bind(Messages.auditHeading, new Object[] { session.snapshot().fiscalYear(), shown.size(),
                all.size() }));
    }

    private void export() {
        FileDialog dialog = new FileDialog(viewer.getTable().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("audit-fy" + session.snapshot().fiscalYear() + ".csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                write(Path.of(file));
            } catch (IOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getTable().getShell(), Messages.auditExport,
                        e.getMessage());
            }
        }
    }

    /** Writes the lines shown (after the filters) as CSV, UTF-8 with a byte-order mark so Excel reads the Japanese. */
    public void write(Path file) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".audit", ".csv");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write('\uFEFF');
                csv.printRecord("changed_at_jst", "changed_by", "id", "mission", "action", "field", "before", "after");
                for (Line l : shown) {
                    csv.printRecord(when(l.entry()), l.entry().who(), l.entry().initiativeId(), l.entry().mission(),
                            l.entry().action(), l.field(), l.before(), l.after());
                }
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return the lines shown, for tests */
    public List<Line> shownLines() {
        return shown;
    }

    /** Sets the filters, as a planner picks them (for tests): null leaves one as it is. */
    public void filter(String initiative, String byUser) {
        if (initiative != null) {
            id.setText(initiative);
        }
        if (byUser != null) {
            user.select(Math.max(0, java.util.Arrays.asList(user.getItems()).indexOf(byUser)));
        }
        refilter();
    }

    @PreDestroy
    public void dispose() {
    }
}
