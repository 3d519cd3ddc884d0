package org.grassroots.planner.drl.editor.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.folder.RuleFileOpener;
import org.grassroots.planner.drl.editor.problems.ProblemAnnotation;
import org.grassroots.planner.drl.editor.problems.VerifyAnnotation;
import org.grassroots.planner.ui.plan.PlanSession;

/** Drives the running workbench from a test on the UI thread (SWTBot is not on Maven Central). */
final class Ui {
    private Ui() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static PlanSession session() {
        return PlatformUI.getWorkbench().getService(IEclipseContext.class).get(PlanSession.class);
    }

    static DrlEditor open(Path file) throws Exception {
        return (DrlEditor) RuleFileOpener.open(page(), file);
    }

    /** Runs the event loop until the condition holds or a minute has passed. */
    static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        return condition.getAsBoolean();
    }

    /** Runs the event loop for a while (to let the reconciler see a quiet moment). */
    static void idle(long millis) throws InterruptedException {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }

    static List<ProblemAnnotation> problems(IAnnotationModel model) {
        List<ProblemAnnotation> out = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof ProblemAnnotation p) {
                out.add(p);
            }
        }
        return out;
    }

    static List<VerifyAnnotation> warnings(IAnnotationModel model) {
        List<VerifyAnnotation> out = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof VerifyAnnotation v) {
                out.add(v);
            }
        }
        return out;
    }

    /** Copies a rules folder with its sub-folders (its rule tests) into another. */
    static Path copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    /** @return every control of this type below the given one */
    static <T extends Control> List<T> find(Control root, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(root)) {
            out.add(type.cast(root));
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                out.addAll(find(child, type));
            }
        }
        return out;
    }

    /** @return the colour of the text at this offset of the document, or null if it has none of its own */
    static RGB foreground(DrlEditor editor, int offset) {
        ISourceViewer viewer = editor.viewer();
        int widget = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
        StyleRange range = widget < 0 ? null : viewer.getTextWidget().getStyleRangeAtOffset(widget);
        return range == null || range.foreground == null ? null : range.foreground.getRGB();
    }

    /**
     * Types this text at the offset (as a rule author would, before asking for proposals), asks for content assist as
     * Ctrl+Space does, and waits for the proposals to pop up.
     *
     * @return the proposals shown
     */
    static List<String> completeAt(DrlEditor editor, int offset, String typed) throws Exception {
        closePopup();
        ISourceViewer viewer = editor.viewer();
        StyledText text = viewer.getTextWidget();
        text.setFocus();
        viewer.setSelectedRange(offset, 0);
        text.insert(typed);
        viewer.setSelectedRange(offset + typed.length(), 0);
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        Table[] popup = new Table[1];
        if (!waitUntil(() -> (popup[0] = proposalPopup()) != null)) {
            throw new AssertionError("no proposals popped up after " + typed);
        }
        return Arrays.stream(popup[0].getItems()).map(TableItem::getText).toList();
    }

    /** Chooses the proposal that begins so in the proposals shown, as a double-click (or Enter) does. */
    static void choose(String proposal) throws Exception {
        Table table = proposalPopup();
        if (table == null) {
            throw new AssertionError("no proposals shown");
        }
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText().startsWith(proposal + " \u2014")) {
                table.setSelection(i);
                table.notifyListeners(SWT.DefaultSelection, new Event());
                waitUntil(() -> proposalPopup() == null);
                return;
            }
        }
        throw new AssertionError(proposal + " not in " + Arrays.stream(items).map(TableItem::getText).toList());
    }

    /** Closes the proposals shown, if any. */
    static void closePopup() throws Exception {
        Table table = proposalPopup();
        if (table != null) {
            table.getShell().close();
            waitUntil(() -> proposalPopup() == null);
        }
    }

    /** @return the table of the content assist proposals shown, or null */
    static Table proposalPopup() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible() && !shell.isDisposed()) {
                for (Table t : find(shell, Table.class)) {
                    if (t.getItemCount() > 0 && Arrays.stream(t.getItems())
                            .anyMatch(i -> i.getText().contains(" \u2014 ") || i.getText().contains(" : "))) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** Copies the rule files of a folder into another. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
