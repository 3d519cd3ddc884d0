package org.grassroots.planner.drl.editor.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.folder.RuleFileOpener;
import org.grassroots.planner.drl.editor.problems.ProblemAnnotation;
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

    /** Copies the rule files of a folder into another. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
