package org.grassroots.planner.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanImporter;
import org.grassroots.planner.model.Initiative;

/**
 * Picks a plan file and reads it through the importer service for its format, without storing
 * anything: the format found, the first rows, and every problem with its line and column. The page
 * is complete only when the file reads without a problem.
 */
public final class ImportFilePage extends WizardPage {
    static final int PREVIEW_ROWS = 20;
    private static final int TYPING_PAUSE_MS = 600;
    private static final String[] ENCODINGS = { null, "UTF-8", "Shift_JIS" };

    private Text file;
    private Combo encoding;
    private Label format;
    private Label detectedEncoding;
    private SashForm sash;
    private Group previewGroup;
    private TableViewer preview;
    private TableViewer problems;
    private ImportedPlan plan;
    /** The rows that read cleanly from a file with problems: a preview only. */
    private ImportedPlan readable;
    private final Runnable readLater = () -> {
        if (!file.isDisposed()) {
            read();
        }
    };

    ImportFilePage() {
        super("file");
        setTitle(Messages.pageTitle);
        setDescription(Messages.pageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.file);
        file = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        // read once the planner stops typing (or presses Enter), as they would expect of a path field
        file.addListener(SWT.Modify, e -> {
            file.getDisplay().timerExec(-1, readLater);
            file.getDisplay().timerExec(TYPING_PAUSE_MS, readLater);
        });
        file.addListener(SWT.DefaultSelection, e -> read());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(page, SWT.NONE).setText(Messages.encoding);
        encoding = new Combo(page, SWT.READ_ONLY);
        encoding.setItems(Messages.encodingDetect, "UTF-8", "Shift_JIS (CP932)");
        encoding.select(0);
        encoding.addListener(SWT.Selection, e -> read());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);
        new Label(page, SWT.NONE).setText(Messages.format);
        format = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
        new Label(page, SWT.NONE).setText(Messages.encodingFound);
        detectedEncoding = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(detectedEncoding);

        sash = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(860, 420).applyTo(sash);
        preview = table(sash, Messages.preview);
        previewGroup = (Group) preview.getTable().getParent();
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.ROOT);
        this.<Initiative>column(preview, Messages.columnLine, 50,
                i -> String.valueOf((plan != null ? plan : readable).lineOfId().get(i.getId())));
        this.<Initiative>column(preview, "id", 100, Initiative::getId);
        this.<Initiative>column(preview, "fiscal_year", 90, i -> String.valueOf(i.getFiscalYear()));
        this.<Initiative>column(preview, "mission", 120, Initiative::getMission);
        this.<Initiative>column(preview, "title_ja", 260, Initiative::getTitleJa);
        this.<Initiative>column(preview, "kind", 110, i -> i.getKind().code());
        this.<Initiative>column(preview, "states", 80, i -> String.join(";", i.getStates()));
        this.<Initiative>column(preview, "budget_jpy", 100, i -> i.getBudgetJpy() == null ? "" : yen.format(i.getBudgetJpy()));
        this.<Initiative>column(preview, "status", 70, i -> i.getStatus().code());
        problems = table(sash, Messages.problems);
        this.<ImportProblem>column(problems, Messages.columnLine, 50, p -> String.valueOf(p.line()));
        this.<ImportProblem>column(problems, Messages.columnColumn, 60, p -> String.valueOf(p.column()));
        this.<ImportProblem>column(problems, Messages.columnName, 110, p -> p.columnName() == null ? "" : p.columnName());
        this.<ImportProblem>column(problems, Messages.columnMessage, 600, ImportProblem::message);
        sash.setWeights(3, 2);
        setControl(page);
    }

    private static TableViewer table(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
        TableViewer viewer = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        return viewer;
    }

    private <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
        org.grassroots.planner.ui.plan.TableColumns.text(viewer, title, width, text);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
            read();
        }
    }

    /** Reads the file named in the page, as a planner pressing Enter in the file field would. */
    public void read() {
        file.getDisplay().timerExec(-1, readLater);
        plan = null;
        readable = null;
        preview.setInput(List.of());
        problems.setInput(List.of());
        detectedEncoding.setText("");
        Path path = Path.of(file.getText().strip());
        PlanImporter importer = Importers.forFile(path);
        format.setText(importer == null ? Messages.formatUnknown : importer.formatName());
        boolean exists = Files.isRegularFile(path);
        if (!exists || importer == null) {
            finish(exists ? Messages.formatUnknown : Messages.bind(Messages.noFile, path), null, List.of());
            return;
        }
        String chosen = ENCODINGS[Math.max(0, encoding.getSelectionIndex())];
        ImportOptions options = chosen == null ? ImportOptions.DETECT : ImportOptions.withEncoding(chosen);
        ImportedPlan[] read = new ImportedPlan[2];
        String[] charset = new String[1];
        boolean text = !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        @SuppressWarnings("unchecked")
        List<ImportProblem>[] found = new List[] { List.of() };
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.bind(Messages.reading, path.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    if (text && chosen == null) {
                        java.nio.charset.Charset detected = org.grassroots.planner.importer.TextFile.detect(path);
                        charset[0] = detected == null ? Messages.encodingUnknown
                                : Messages.bind(Messages.detected, detected == java.nio.charset.StandardCharsets.UTF_8 ? "UTF-8"
                                        : "Shift_JIS (CP932)");
                    } else if (text) {
                        charset[0] = chosen;
                    }
                    read[0] = importer.read(path, options);
                } catch (ImportException e) {
                    found[0] = e.getProblems();
                    read[1] = e.readable();
                } catch (java.io.IOException e) {
                    found[0] = List.of(new ImportProblem(path.toString(), 0, 0, null, e.toString()));
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            finish(e.getCause().toString(), null, List.of());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        detectedEncoding.setText(charset[0] == null ? "\u2013" : charset[0]);
        if (read[0] != null) {
            plan = read[0];
            preview.setInput(plan.initiatives().subList(0, Math.min(PREVIEW_ROWS, plan.initiatives().size())));
            finish(null, Messages.bind(Messages.ready, plan.initiatives().size(), plan.newestFiscalYear()), List.of());
        } else {
            // the rows that did read stay in view, above every problem
            readable = read[1];
            if (readable != null) {
                preview.setInput(readable.initiatives().subList(0, Math.min(PREVIEW_ROWS, readable.initiatives().size())));
            }
            finish(org.grassroots.planner.ui.plan.Messages.format(Messages.rejected, found[0].size()), null, found[0]);
        }
    }

    private void finish(String error, String info, List<ImportProblem> list) {
        problems.setInput(list);
        previewGroup.setText(plan == null && readable != null
                ? Messages.bind(Messages.previewWithProblems, readable.initiatives().size()) : Messages.preview);
        // with problems, the list of them gets most of the page: all of them scroll there, not four at a time
        sash.setWeights(list.isEmpty() ? new int[] { 3, 2 } : new int[] { 1, 3 });
        setErrorMessage(error);
        setMessage(info == null ? Messages.pageDescription : info, info == null ? IMessageProvider.NONE : IMessageProvider.INFORMATION);
        setPageComplete(plan != null);
        preview.getTable().setToolTipText(plan == null && readable == null ? Messages.noPreview : null);
    }

    /** @return the plan read without a problem, or null */
    public ImportedPlan plan() {
        return plan;
    }

    public Text fileField() {
        return file;
    }

    public TableViewer previewTable() {
        return preview;
    }

    public TableViewer problemsTable() {
        return problems;
    }

    /** @return the encoding the page found (or was told) for a text file */
    public Label encodingLabel() {
        return detectedEncoding;
    }

    public Label formatLabel() {
        return format;
    }
}
