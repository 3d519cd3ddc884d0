package org.grassroots.planner.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.ui.plan.PlanSession;

/** Drives the running workbench from a test on the UI thread (SWTBot is not on Maven Central). */
final class Workbench {
    private Workbench() {
    }

    static PlanSession session() {
        return PlatformUI.getWorkbench().getService(IEclipseContext.class).get(PlanSession.class);
    }

    /** Waits for the session's jobs, then lets the UI thread run what they handed to it. */
    static void settle() throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && Job.getJobManager().find(PlanSession.JOB_FAMILY).length > 0) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        while (display.readAndDispatch()) {
            // run the pending asyncExecs
        }
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

    /** Opens the view and returns its part object, found through the data its main widget carries. */
    static <T> T show(String viewId, Class<T> type) throws Exception {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().showView(viewId);
        settle();
        for (Control c : find(window.getShell(), Control.class)) {
            if (type.isInstance(c.getData(viewId))) {
                return type.cast(c.getData(viewId));
            }
        }
        throw new AssertionError("no widget of the view " + viewId);
    }

    /** Imports a shipped sample file through the session, as the Import action does, and waits for it. */
    static void importSample(java.nio.file.Path dir, String name) throws Exception {
        java.nio.file.Path file = dir.resolve(name);
        try (java.io.InputStream in = org.grassroots.planner.reference.ReferenceData.openSample(name)) {
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        settle();
        // a planner importing decides about unsaved edits first; tests leave none behind
        session().discard().join();
        session().importPlan(file).join();
        settle();
    }

    /** @return a second connection to the workbench's database, to see what is really stored */
    static org.grassroots.planner.store.PlanStore store() {
        return org.grassroots.planner.store.PlanStore.open(org.grassroots.planner.ui.app.PlannerPreferences.databaseUrl());
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

    /** Saves a shell as it is on screen (Xvfb) to target/screenshots/NAME, for docs/ and for a look at it. */
    static void screenshot(org.eclipse.swt.widgets.Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // paint what is pending
        }
        org.eclipse.swt.graphics.Rectangle b = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, b.width, b.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
            java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots").toAbsolutePath();
            java.nio.file.Files.createDirectories(out);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(out.resolve(name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
