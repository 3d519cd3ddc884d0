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

    /** @return the active window's part service (the e4 model's view of the workbench's parts) */
    static org.eclipse.e4.ui.workbench.modeling.EPartService parts() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IEclipseContext.class)
                .get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
    }

    /** Opens the view through the part service and returns its part object (the POJO of the MPart). */
    static <T> T show(String viewId, Class<T> type) throws Exception {
        org.eclipse.e4.ui.model.application.ui.basic.MPart part = parts().showPart(viewId,
                org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        settle();
        if (!type.isInstance(part.getObject())) {
            throw new AssertionError("the part " + viewId + " holds " + part.getObject());
        }
        return type.cast(part.getObject());
    }

    /** @return the first control of this type in the shown view */
    static <T extends Control> T widget(String viewId, Class<T> type) {
        org.eclipse.e4.ui.model.application.ui.basic.MPart part = parts().findPart(viewId);
        if (part == null || !(part.getWidget() instanceof Control root)) {
            throw new AssertionError("the view " + viewId + " is not shown");
        }
        return find(root, type).stream().findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()
                + " in " + viewId));
    }

    /** @return a shipped sample file copied into the folder */
    static java.nio.file.Path sample(java.nio.file.Path dir, String name) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve(name);
        try (java.io.InputStream in = org.grassroots.planner.reference.ReferenceData.openSample(name)) {
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
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

    /** @return the items of a menu, filled as when the planner opens it (a dynamic menu fills itself on SWT.Show) */
    static List<org.eclipse.swt.widgets.MenuItem> items(org.eclipse.swt.widgets.Menu menu) {
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        while (menu.getDisplay().readAndDispatch()) {
            // let the menu managers fill it
        }
        List<org.eclipse.swt.widgets.MenuItem> out = List.of(menu.getItems());
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        return out;
    }

    /** @return a menu item's label without its mnemonic and accelerator: "&Save\tCtrl+S" is "Save" */
    static String label(org.eclipse.swt.widgets.MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replaceAll("\\(&.\\)", "").replace("&", "").strip();
    }

    /** @return the item of the main menu at this path of labels, e.g. "Window", "Show View", "Budget" */
    static org.eclipse.swt.widgets.MenuItem menuItem(String... path) {
        org.eclipse.swt.widgets.Menu menu = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        org.eclipse.swt.widgets.MenuItem found = null;
        for (String name : path) {
            if (menu == null) {
                throw new AssertionError("no menu under " + found.getText());
            }
            List<org.eclipse.swt.widgets.MenuItem> items = items(menu);
            found = items.stream().filter(i -> label(i).equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                    "no item " + name + " in " + items.stream().map(Workbench::label).toList()));
            menu = found.getMenu();
            if (menu != null) {
                items(menu); // filled before the next step
            }
        }
        return found;
    }

    /** Chooses a menu item as the planner's click does. */
    static void click(org.eclipse.swt.widgets.MenuItem item) throws InterruptedException {
        item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
    }

    /** Types a key with modifiers (SWT.CTRL, SWT.SHIFT) into the focus control, through the X server as a planner does. */
    static void press(int modifiers, char key) throws InterruptedException {
        Display display = Display.getCurrent();
        List<Integer> mods = new ArrayList<>();
        if ((modifiers & org.eclipse.swt.SWT.CTRL) != 0) {
            mods.add(org.eclipse.swt.SWT.CTRL);
        }
        if ((modifiers & org.eclipse.swt.SWT.SHIFT) != 0) {
            mods.add(org.eclipse.swt.SWT.SHIFT);
        }
        for (int m : mods) {
            post(display, org.eclipse.swt.SWT.KeyDown, m, (char) 0);
        }
        post(display, org.eclipse.swt.SWT.KeyDown, 0, key);
        post(display, org.eclipse.swt.SWT.KeyUp, 0, key);
        for (int n = mods.size() - 1; n >= 0; n--) {
            post(display, org.eclipse.swt.SWT.KeyUp, mods.get(n), (char) 0);
        }
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        settle();
    }

    /** Presses a key that types no character (SWT.DEL, SWT.F2) in the focus control, through the X server. */
    static void pressKey(int keyCode) throws InterruptedException {
        Display display = Display.getCurrent();
        post(display, org.eclipse.swt.SWT.KeyDown, keyCode, (char) 0);
        post(display, org.eclipse.swt.SWT.KeyUp, keyCode, (char) 0);
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        settle();
    }

    /** Runs a command as its menu item or key does, with its handler of the moment. */
    static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(id, null);
        settle();
    }

    /** @return the text on the clipboard */
    static String clipboard() {
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(Display.getCurrent());
        try {
            return (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    /** Puts text on the clipboard, as Excel's copy does. */
    static void clipboard(String text) {
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(Display.getCurrent());
        try {
            clipboard.setContents(new Object[] { text }, new org.eclipse.swt.dnd.Transfer[] {
                    org.eclipse.swt.dnd.TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private static void post(Display display, int type, int keyCode, char character) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        if (!display.post(e)) {
            throw new AssertionError("the X server took no key event");
        }
        while (display.readAndDispatch()) {
            // deliver it
        }
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
