package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Under {@code -nl ja} (the ui.tests pom's second run, on the workspace the English run left behind): every
 * menu item, every view's title and the Preferences dialog read in Japanese, the platform's own words included.
 */
class JapaneseWorkbenchTest {
    /** Latin words a Japanese planner reads as they are: codes, formats, product and file names. */
    private static final Set<String> KEPT = Set.of("FY", "ID", "CSV", "PDF", "XLSX", "HTML", "JDBC", "URL", "DRL", "UTF",
            "JIS", "Shift", "Ctrl", "Alt", "Windows", "Unix", "CRLF", "LF", "OK", "JPY", "JST", "Excel", "H2", "CP932");
    /**
     * Words that are data, not the workbench's: the plan file's column names (its header, shown as the file has it in
     * the import's preview and named in a problem, as the CLI does), and the login's name (the audit trail's users).
     */
    private static final Set<String> DATA = data();
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static Set<String> data() {
        Set<String> data = new java.util.HashSet<>(org.grassroots.planner.importer.PlanRows.COLUMNS);
        data.add(System.getProperty("user.name"));
        return Set.copyOf(data);
    }

    @BeforeEach
    void japanese() {
        Assumptions.assumeTrue("ja".equals(Locale.getDefault().getLanguage()), "runs under -nl ja only");
    }

    /** @return the English words of a text (those not kept as they are) */
    private static List<String> english(String text) {
        List<String> out = new ArrayList<>();
        // an example address (jdbc:h2:tcp://host:port/name) is a code, not English
        Matcher m = WORD.matcher(text.replaceAll("jdbc:[^\\s(（]+", ""));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !KEPT.contains(w) && !DATA.contains(w) && !w.matches("[A-Z]{2}[0-9]*") && !w.matches("FY[0-9]+") && !w.matches("[A-F0-9]+")) {
                out.add(w);
            }
        }
        return out;
    }

    private static void walk(Menu menu, String path, List<String> found) {
        for (MenuItem item : Workbench.items(menu)) {
            if ((item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) != 0) {
                continue;
            }
            String label = Workbench.label(item);
            if (!english(label).isEmpty()) {
                found.add(path + " > " + label);
            }
            if (item.getMenu() != null) {
                walk(item.getMenu(), path + " > " + label, found);
            }
        }
    }

    @Test
    void everyMenuAndViewTitleIsJapanese() throws Exception {
        Workbench.settle();
        List<String> found = new ArrayList<>();
        walk(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar(), "", found);
        for (IViewCategory category : PlatformUI.getWorkbench().getViewRegistry().getCategories()) {
            if (category.getId().startsWith("org.grassroots.planner")) {
                for (IViewDescriptor view : category.getViews()) {
                    if (!english(view.getLabel()).isEmpty()) {
                        found.add("view " + view.getLabel());
                    }
                }
            }
        }
        // the tabs: named again in Japanese though the workspace was made by the English run
        MApplication app = PlatformUI.getWorkbench().getService(MApplication.class);
        EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
        for (MPart part : models.findElements(app, null, MPart.class, null, EModelService.ANYWHERE)) {
            if (part.getLabel() != null && part.getElementId().startsWith("org.grassroots.planner")
                    && !english(part.getLabel()).isEmpty()) {
                found.add("tab " + part.getLabel());
            }
        }
        Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "workbench-ja.png");
        assertEquals(List.of(), found);
    }

    @Test
    void thePreferencesDialogIsJapaneseAndOpensOnThePlannersPage() throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<List<String>> seen = new AtomicReference<>();
        display.timerExec(1500, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.getData() instanceof PreferenceDialog dialog) {
                    List<String> texts = new ArrayList<>();
                    texts.add(shell.getText());
                    for (Tree tree : Workbench.find(shell, Tree.class)) {
                        for (TreeItem item : tree.getItems()) {
                            texts.add(item.getText());
                            item.setExpanded(true);
                            for (TreeItem sub : item.getItems()) {
                                texts.add(sub.getText());
                            }
                        }
                    }
                    // the General page, as a planner opens it next
                    dialog.getTreeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                            dialog.getPreferenceManager().find("org.eclipse.ui.preferencePages.Workbench")), true);
                    Workbench.find(shell, Label.class).forEach(l -> texts.add(l.getText()));
                    Workbench.find(shell, Button.class).forEach(b -> texts.add(b.getText()));
                    try {
                        Workbench.screenshot(shell, "preferences-general-ja.png");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    seen.set(texts);
                    dialog.close();
                }
            }
        });
        Workbench.click(Workbench.menuItem("\u30a6\u30a3\u30f3\u30c9\u30a6", "\u8a2d\u5b9a..."));
        assertTrue(Workbench.waitUntil(() -> seen.get() != null));
        List<String> english = seen.get().stream().filter(t -> t != null && !english(t.replace("&", "")).isEmpty()).toList();
        assertEquals(List.of(), english, String.valueOf(seen.get()));
    }

    // ---- every view, dialog and menu, with a screenshot of each for docs/ (target/screenshots) ----

    /** @return a text without what is data, not words: file paths, codes such as SAMPLE-001, emb-washington, BUDGET-CAP */
    private static String words(String text) {
        // a source's citation (\u51fa\u5178：…) is quoted as the source has it
        return text == null ? "" : text.replace("&", "").replaceAll("\u51fa\u5178[:\uff1a][^\uff09)\\n]*", " ")
                .replaceAll("\\S*[/\\\\]\\S*", " ").replaceAll("[\\w-]*\\.(drl|dslr|dsl|csv|xlsx|json|properties)\\b", " ")
                .replaceAll("\\b[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+\\b", " ");
    }

    /** @return the words a planner reads on the screen below this control (not the rows: they are the plan's data) */
    private static List<String> chrome(org.eclipse.swt.widgets.Control root) {
        List<String> texts = new ArrayList<>();
        if (root instanceof Shell shell) {
            texts.add(shell.getText());
        }
        for (org.eclipse.swt.widgets.Control c : Workbench.find(root, org.eclipse.swt.widgets.Control.class)) {
            if (!c.isVisible()) {
                continue;
            }
            if (c instanceof Label l) {
                texts.add(l.getText());
            } else if (c instanceof org.eclipse.swt.custom.CLabel l) {
                texts.add(l.getText());
            } else if (c instanceof org.eclipse.swt.widgets.Link l) {
                texts.add(l.getText().replaceAll("</?a[^>]*>", ""));
            } else if (c instanceof Button b) {
                texts.add(b.getText());
            } else if (c instanceof org.eclipse.swt.widgets.Group g) {
                texts.add(g.getText());
            } else if (c instanceof org.eclipse.swt.widgets.Combo combo && (combo.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0) {
                texts.addAll(List.of(combo.getItems()));
            } else if (c instanceof org.eclipse.swt.widgets.Text t) {
                texts.add(t.getMessage());
            } else if (c instanceof org.eclipse.swt.widgets.Table t) {
                for (org.eclipse.swt.widgets.TableColumn column : t.getColumns()) {
                    texts.add(column.getText());
                }
            } else if (c instanceof Tree t) {
                for (org.eclipse.swt.widgets.TreeColumn column : t.getColumns()) {
                    texts.add(column.getText());
                }
            } else if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    texts.add(item.getText());
                    texts.add(item.getToolTipText());
                }
            } else if (c instanceof org.eclipse.swt.custom.CTabFolder folder) {
                for (org.eclipse.swt.custom.CTabItem item : folder.getItems()) {
                    texts.add(item.getText());
                }
            }
        }
        return texts;
    }

    /** @return the texts with English words in them, each with what it is on */
    private static List<String> englishIn(String where, List<String> texts) {
        return texts.stream().filter(t -> t != null && !english(words(t)).isEmpty()).map(t -> where + ": " + t).toList();
    }

    /** Walks a context menu as the planner opens it (filled on SWT.Show), into found. */
    private static void walkContext(org.eclipse.swt.widgets.Control root, String where, List<String> found) {
        java.util.Set<Menu> seen = new java.util.HashSet<>();
        for (org.eclipse.swt.widgets.Control c : Workbench.find(root, org.eclipse.swt.widgets.Control.class)) {
            Menu menu = c.getMenu();
            if (menu != null && !menu.isDisposed() && seen.add(menu)) {
                walk(menu, where + " (menu of " + c.getClass().getSimpleName() + ")", found);
            }
        }
    }

    /**
     * Opens a dialog or popup the way the planner does and, once it is up, reads its words, saves its screenshot and
     * closes it (a closed dialog is a cancelled one: nothing is done).
     */
    private static List<String> dialog(Runnable open, String screenshot) throws Exception {
        Display display = Display.getCurrent();
        Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        java.util.Set<Shell> before = new java.util.HashSet<>(List.of(display.getShells()));
        AtomicReference<List<String>> seen = new AtomicReference<>();
        long deadline = System.currentTimeMillis() + 30_000;
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell != main && !before.contains(shell) && shell.isVisible() && shell.getBounds().width > 50) {
                    List<String> texts = chrome(shell);
                    // the lists a dialog offers (Show View's views, the key assist's commands), not a plan's rows
                    for (Tree tree : Workbench.find(shell, Tree.class)) {
                        for (TreeItem item : tree.getItems()) {
                            texts.add(item.getText());
                            for (TreeItem sub : item.getItems()) {
                                texts.add(sub.getText());
                            }
                        }
                    }
                    if (shell.getData() instanceof org.eclipse.jface.dialogs.PopupDialog) {
                        for (org.eclipse.swt.widgets.Table table : Workbench.find(shell, org.eclipse.swt.widgets.Table.class)) {
                            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                                texts.add(item.getText(0));
                            }
                        }
                    }
                    List<String> menus = new ArrayList<>();
                    walkContext(shell, shell.getText(), menus);
                    texts.addAll(menus);
                    try {
                        Workbench.screenshot(shell, screenshot);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    seen.set(texts);
                    shell.close();
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(250, look[0]);
            }
        };
        display.timerExec(1200, look[0]);
        open.run();
        assertTrue(Workbench.waitUntil(() -> seen.get() != null), "no dialog came up for " + screenshot);
        Workbench.settle();
        return seen.get();
    }

    private static Runnable command(String id) {
        return () -> {
            try {
                Workbench.command(id);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void everyViewAndItsMenusAreJapanese() throws Exception {
        Workbench.settle();
        List<String> found = new ArrayList<>();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (IViewCategory category : PlatformUI.getWorkbench().getViewRegistry().getCategories()) {
            if (!category.getId().startsWith("org.grassroots.planner")) {
                continue;
            }
            for (IViewDescriptor view : category.getViews()) {
                MPart part = Workbench.parts().showPart(view.getId(), org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
                Workbench.settle();
                Workbench.waitUntil(() -> false == Workbench.find((org.eclipse.swt.widgets.Control) part.getWidget(), Label.class)
                        .stream().anyMatch(l -> l.getText().contains("\u8aad\u307f\u8fbc\u307f\u4e2d")));
                org.eclipse.swt.widgets.Control root = (org.eclipse.swt.widgets.Control) part.getWidget();
                if (view.getId().endsWith(".ruleTests")) {
                    // the rule tests run (実行), so that their results are on screen and read too
                    for (org.eclipse.swt.widgets.ToolBar bar : Workbench.find(root, org.eclipse.swt.widgets.ToolBar.class)) {
                        for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                            if ("\u5b9f\u884c".equals(item.getText().replace("&", ""))) {
                                item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                            }
                        }
                    }
                    Workbench.waitUntil(() -> Workbench.find(root, Label.class).stream()
                            .anyMatch(l -> l.getText().contains("\u6210\u529f")));
                    Workbench.settle();
                }
                found.addAll(englishIn("view " + view.getLabel(), chrome(root)));
                walkContext(root, "view " + view.getLabel(), found);
                // maximized for its screenshot, as a planner double-clicks its tab, then put back
                String name = view.getId().substring(view.getId().lastIndexOf('.') + 1);
                org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                org.eclipse.ui.IViewReference ref = page.findViewReference(view.getId());
                page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
                Workbench.settle();
                Workbench.screenshot(window, "view-" + name + "-ja.png");
                page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
                Workbench.settle();
            }
        }
        // the main toolbar and the view toolbars around the parts
        found.addAll(englishIn("window", chrome(window).stream().filter(t -> t != null && !t.isBlank()).toList()));
        found.addAll(whileAJobRuns(window));
        Workbench.parts().showPart("org.grassroots.planner.ui.initiatives", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        Workbench.settle();
        assertEquals(List.of(), found);
    }

    /**
     * The window while a background job runs, as during an import or a check: the status line's progress button (its
     * tooltip was English, and read only when a job of an earlier test happened to still run) and the Progress view
     * it opens, with the job in it.
     */
    private static List<String> whileAJobRuns(Shell window) throws Exception {
        List<String> found = new ArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("\u30c6\u30b9\u30c8\u306e\u51e6\u7406",
                monitor -> {
                    monitor.beginTask("\u5f85\u6a5f\u4e2d", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                    try {
                        release.await(2, java.util.concurrent.TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return org.eclipse.core.runtime.Status.OK_STATUS;
                });
        job.schedule();
        try {
            assertTrue(Workbench.waitUntil(() -> Workbench.find(window, org.eclipse.swt.widgets.ToolBar.class).stream()
                    .filter(org.eclipse.swt.widgets.Control::isVisible).flatMap(b -> java.util.Arrays.stream(b.getItems()))
                    .anyMatch(i -> "\u30d0\u30c3\u30af\u30b0\u30e9\u30a6\u30f3\u30c9\u306e\u51e6\u7406\u3092\u300c\u9032\u884c\u72b6\u6cc1\u300d\u30d3\u30e5\u30fc\u306b\u8868\u793a"
                            .equals(i.getToolTipText()))),
                    "the status line's progress button did not come up with its Japanese tooltip while a job ran: "
                            + chrome(window));
            found.addAll(englishIn("window, a job running", chrome(window)));
            MPart progress = Workbench.parts().showPart("org.eclipse.ui.views.ProgressView",
                    org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
            org.eclipse.swt.widgets.Control root = (org.eclipse.swt.widgets.Control) progress.getWidget();
            assertTrue(Workbench.waitUntil(() -> Workbench.find(root, Label.class).stream()
                    .anyMatch(l -> l.isVisible() && l.getText().startsWith("\u30c6\u30b9\u30c8\u306e\u51e6\u7406"))),
                    "the Progress view does not show the running job");
            found.addAll(englishIn("view " + progress.getLocalizedLabel(), chrome(root)));
            found.addAll(englishIn("view tab", List.of(progress.getLocalizedLabel())));
            Workbench.screenshot(window, "view-progress-ja.png");
            Workbench.parts().hidePart(progress);
        } finally {
            release.countDown();
            job.join(60_000, null);
        }
        return found;
    }

    @Test
    void everyDialogOfThePlannerIsJapanese() throws Exception {
        Workbench.parts().showPart("org.grassroots.planner.ui.initiatives", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        Workbench.settle();
        List<String> found = new ArrayList<>();
        found.addAll(englishIn("import", dialog(command("org.grassroots.planner.ui.commands.import"), "dialog-import-ja.png")));
        found.addAll(englishIn("new initiative", dialog(command("org.grassroots.planner.ui.commands.newInitiative"),
                "dialog-initiative-form-ja.png")));
        found.addAll(englishIn("copy year", dialog(command("org.grassroots.planner.ui.commands.copyYear"),
                "dialog-copy-year-ja.png")));
        found.addAll(englishIn("about", dialog(command("org.grassroots.planner.ui.commands.about"), "dialog-about-ja.png")));
        found.addAll(englishIn("reset perspective", dialog(command("org.eclipse.ui.window.resetPerspective"),
                "dialog-reset-perspective-ja.png")));
        found.addAll(englishIn("show view", dialog(command("org.eclipse.ui.views.showView"), "dialog-show-view-ja.png")));
        found.addAll(englishIn("new rule file", dialog(command("org.grassroots.planner.drl.editor.commands.newRuleFile"),
                "dialog-new-rule-file-ja.png")));
        found.addAll(englishIn("key assist", dialog(command("org.eclipse.ui.window.showKeyAssist"), "key-assist-ja.png")));
        // the reference form, from the Reference data view's Edit button
        Workbench.parts().showPart("org.grassroots.planner.ui.reference", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        Workbench.settle();
        Button edit = Workbench.widget("org.grassroots.planner.ui.reference", Button.class);
        found.addAll(englishIn("reference form", dialog(() -> edit.notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event()), "dialog-reference-form-ja.png")));
        // a paste from Excel with a bad row: refused, with the line and column
        Workbench.clipboard("SAMPLE-001\t2023\tcg-nowhere\n");
        Workbench.parts().showPart("org.grassroots.planner.ui.initiatives", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        Workbench.widget("org.grassroots.planner.ui.initiatives", org.eclipse.swt.widgets.Table.class).setFocus();
        Workbench.settle();
        List<String> paste = dialog(command("org.eclipse.ui.edit.paste"), "dialog-paste-refused-ja.png");
        assertTrue(paste.stream().anyMatch(t -> t != null && t.contains("clipboard:1:3:")), paste.toString());
        found.addAll(englishIn("paste", paste.stream().map(t -> t == null ? null : t.replaceAll("clipboard:\\S*", "")).toList()));
        assertEquals(List.of(), found);
    }

    /**
     * The dialogs of a team's server, as a planner meets them on a throw-away PostgreSQL: the server's password
     * (the login dialog), the master password of the secure storage it is then kept in, and the conflict dialog
     * when another session of hers saved the row she was editing. Each is read, saved for docs/ and answered.
     */
    @Test
    void theTeamServersDialogsAreJapanese() throws Exception {
        org.eclipse.core.runtime.preferences.IEclipsePreferences prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(org.grassroots.planner.ui.app.PlannerPreferences.NODE);
        Display display = Display.getCurrent();
        Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        java.util.Map<String, List<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        boolean[] done = new boolean[1];
        List<String> clipped = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (org.grassroots.planner.store.testing.ThrowAwayPostgres server = org.grassroots.planner.store.testing.ThrowAwayPostgres.start()) {
            org.grassroots.planner.store.PlanStore.migrate(server.admin());
            org.grassroots.planner.store.DatabaseLogin login = server.createLogin("alice", "alice-pw");
            java.time.LocalDate june = java.time.LocalDate.of(2023, 6, 1);
            org.grassroots.planner.model.Initiative theirs = org.grassroots.planner.model.Initiative.builder().id("CHI-1")
                    .fiscalYear(2023).mission("cg-chicago").titleJa("\u30b7\u30ab\u30b4\u4f01\u696d\u8a2a\u554f")
                    .kind(org.grassroots.planner.model.Kind.COMPANY_SUPPORT).themes(List.of("workers-middle-class"))
                    .states(List.of("IL")).partners(List.of("JETRO")).format(org.grassroots.planner.model.Format.IN_PERSON)
                    .startDate(june).endDate(june.plusDays(1)).budgetJpy(100_000L)
                    .status(org.grassroots.planner.model.Status.DRAFT).build();
            try (org.grassroots.planner.store.PlanStore admin = org.grassroots.planner.store.PlanStore.open(server.admin())) {
                admin.grant("alice", org.grassroots.planner.store.TeamRole.PLANNER, "cg-chicago");
                admin.save(List.of(theirs));
            }
            // each dialog of the three, the first time it is up: its words and its screenshot, then the planner's answer
            Runnable[] poll = new Runnable[1];
            poll[0] = () -> {
                for (Shell s : display.getShells()) {
                    if (s == main || !s.isVisible() || s.getBounds().width < 50) {
                        continue;
                    }
                    Object dialog = s.getData();
                    String name = dialog instanceof org.grassroots.planner.ui.app.DatabaseLoginDialog ? "dialog-server-password-ja.png"
                            : dialog instanceof org.eclipse.jface.dialogs.InputDialog ? "dialog-master-password-ja.png"
                            : dialog instanceof org.grassroots.planner.ui.edit.ConflictDialog ? "dialog-conflict-ja.png" : null;
                    if (name == null || seen.containsKey(name)) {
                        continue;
                    }
                    List<String> texts = chrome(s);
                    // the title area's message, a label of its own: read, and not cut off (a Japanese font is taller)
                    for (org.eclipse.swt.widgets.Text t : Workbench.find(s, org.eclipse.swt.widgets.Text.class)) {
                        if ((t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0 && t.isVisible()) {
                            texts.add(t.getText());
                            if (t.computeSize(t.getSize().x, org.eclipse.swt.SWT.DEFAULT).y > t.getSize().y + 1) {
                                clipped.add(name + ": " + t.getText());
                            }
                        }
                    }
                    List<org.eclipse.swt.widgets.Text> passwords = Workbench.find(s, org.eclipse.swt.widgets.Text.class).stream()
                            .filter(t -> (t.getStyle() & org.eclipse.swt.SWT.PASSWORD) != 0).toList();
                    if (!passwords.isEmpty()) {
                        passwords.get(0).setText(name.contains("master") ? "the-test-master-password" : "alice-pw");
                    }
                    try {
                        Workbench.screenshot(s, name);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    seen.put(name, texts);
                    // a conflict left as it is (Cancel keeps every edit), a password given (OK)
                    int answer = name.contains("conflict") ? org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID
                            : org.eclipse.jface.dialogs.IDialogConstants.OK_ID;
                    Workbench.find(s, Button.class).stream().filter(b -> Integer.valueOf(answer).equals(b.getData())).findFirst()
                            .orElseThrow().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                    break;
                }
                if (!done[0]) {
                    display.timerExec(100, poll[0]);
                }
            };
            display.timerExec(100, poll[0]);
            org.grassroots.planner.ui.app.MasterPasswordProvider.setForTests(null); // the planner is asked
            org.grassroots.planner.ui.plan.PlanSession.setPasswordProvider(null);
            try (org.grassroots.planner.store.PlanStore other = org.grassroots.planner.store.PlanStore.open(login)) {
                Workbench.settle();
                Workbench.session().discard().join();
                prefs.put(org.grassroots.planner.ui.app.PlannerPreferences.DATABASE_URL, server.url());
                prefs.put(org.grassroots.planner.ui.app.PlannerPreferences.DATABASE_USER, "alice");
                Workbench.session().reconnect().join();
                Workbench.settle();
                assertTrue(Workbench.waitUntil(() -> Workbench.session().snapshot().initiatives().stream()
                        .anyMatch(i -> i.getId().equals("CHI-1"))), String.valueOf(Workbench.session().snapshot().problem()));
                assertTrue(seen.containsKey("dialog-server-password-ja.png"), seen.keySet().toString());
                assertTrue(seen.containsKey("dialog-master-password-ja.png"), seen.keySet().toString());
                // she edits CHI-1 while her other session saves it: her save meets the conflict dialog
                other.initiatives(2023);
                org.grassroots.planner.model.Initiative mine = Workbench.session().snapshot().initiatives().stream()
                        .filter(i -> i.getId().equals("CHI-1")).findFirst().orElseThrow();
                Workbench.session().edit(mine.toBuilder().titleJa("\u30b7\u30ab\u30b4\u4f01\u696d\u8a2a\u554f\uff08\u6539\uff09")
                        .format(org.grassroots.planner.model.Format.ONLINE).budgetJpy(200_000L).build()).join();
                other.save(List.of(theirs.toBuilder().budgetJpy(300_000L).build()));
                Workbench.settle();
                Workbench.session().save();
                assertTrue(Workbench.waitUntil(() -> seen.containsKey("dialog-conflict-ja.png")), seen.keySet().toString());
                Workbench.settle();
            } finally {
                done[0] = true;
                org.grassroots.planner.ui.app.SavedPasswords.remove(server.url(), "alice");
                prefs.remove(org.grassroots.planner.ui.app.PlannerPreferences.DATABASE_URL);
                prefs.remove(org.grassroots.planner.ui.app.PlannerPreferences.DATABASE_USER);
                Workbench.session().discard().join();
                Workbench.session().reconnect().join();
                Workbench.settle();
            }
        }
        List<String> found = new ArrayList<>();
        // the login's name (alice) is data: the audit trail's users
        seen.forEach((name, texts) -> found.addAll(englishIn(name, texts.stream()
                .map(t -> t == null ? null : t.replace("alice", "")).toList())));
        assertEquals(List.of(), found, seen.toString());
        assertEquals(List.of(), clipped, "messages cut off");
    }

    /**
     * The figures' sources (figures.json) are cited in Japanese in the Japanese workbench: the map's tooltip in
     * employment mode and the history view's total, with the source document's own names (外務省経済局資料,
     * 米商務省経済分析局), not the English citation.
     */
    @Test
    void theFiguresSourcesAreCitedInJapanese() throws Exception {
        org.grassroots.planner.ui.plan.MapPart map = Workbench.show(org.grassroots.planner.ui.plan.MapPart.ID,
                org.grassroots.planner.ui.plan.MapPart.class);
        org.eclipse.swt.widgets.Combo measure = Workbench.widget(org.grassroots.planner.ui.plan.MapPart.ID,
                org.eclipse.swt.widgets.Combo.class);
        try {
            measure.select(org.grassroots.planner.ui.plan.StateMeasure.EMPLOYMENT.ordinal());
            measure.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            Workbench.settle();
            org.eclipse.swt.graphics.Point ca = map.centreOf("CA");
            org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
            move.x = ca.x;
            move.y = ca.y;
            map.canvas().notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
            String tip = map.canvas().getToolTipText();
            assertTrue(tip != null && tip.contains("124,700")
                    && tip.contains("\u7c73\u5546\u52d9\u7701\u7d4c\u6e08\u5206\u6790\u5c40 2019\u5e74\u3001\u4e0a\u4f4d5\u5dde"), tip);
            assertEquals(List.of(), english(tip), tip);
        } finally {
            measure.select(org.grassroots.planner.ui.plan.StateMeasure.INITIATIVES.ordinal());
            measure.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
        Workbench.show(org.grassroots.planner.ui.plan.HistoryPart.ID, Object.class);
        Workbench.settle();
        org.eclipse.swt.widgets.Control history = (org.eclipse.swt.widgets.Control) Workbench.parts()
                .findPart(org.grassroots.planner.ui.plan.HistoryPart.ID).getWidget();
        List<String> cited = new ArrayList<>();
        Workbench.find(history, Label.class).stream().map(Label::getText).filter(t -> t.contains("\u51fa\u5178"))
                .forEach(cited::add);
        for (org.eclipse.swt.widgets.Table table : Workbench.find(history, org.eclipse.swt.widgets.Table.class)) {
            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    cited.add(item.getText(column));
                }
            }
        }
        assertTrue(cited.stream().anyMatch(t -> t.contains(
                "\u5916\u52d9\u7701\u7d4c\u6e08\u5c40\u8cc7\u6599\uff08\u4ee4\u548c4\u5e747\u67085\u65e5\uff09")), cited.toString());
        assertEquals(List.of(), cited.stream().filter(t -> !english(t).isEmpty()).toList(), cited.toString());
        // the total as the source writes it (1,027件), not 1027
        assertTrue(cited.stream().anyMatch(t -> t.contains("\u5408\u8a08 1,027 \u4ef6")), cited.toString());
        // the reference view: a priority theme's policy lines by their names (行動計画2.0), not codes (action-plan-2.0)
        Workbench.show(org.grassroots.planner.ui.plan.ReferencePart.ID, Object.class);
        Workbench.settle();
        List<String> reference = new ArrayList<>();
        for (org.eclipse.swt.widgets.Table table : Workbench.find((org.eclipse.swt.widgets.Control) Workbench.parts()
                .findPart(org.grassroots.planner.ui.plan.ReferencePart.ID).getWidget(), org.eclipse.swt.widgets.Table.class)) {
            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    reference.add(item.getText(column));
                }
            }
        }
        assertTrue(reference.contains("\u884c\u52d5\u8a08\u753b2.0"), reference.toString());
        assertTrue(reference.stream().noneMatch(t -> t.contains("action-plan") || t.contains("new-capitalism")
                || t.contains("digital-garden-city")), reference.toString());
    }

    @Test
    void theRuleEditorsMenusAndKeysAreJapanese() throws Exception {
        java.nio.file.Path file = org.grassroots.planner.rules.RulesFolderPreference.current().resolve("budget.drl");
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        // the rule author's perspective (Rules › Rule Authoring), where the editor has the room
        org.eclipse.ui.IPerspectiveDescriptor planner = page.getPerspective();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.grassroots.planner.drl.editor.perspective"));
        Workbench.settle();
        org.eclipse.ui.IEditorPart editor = org.eclipse.ui.ide.IDE.openEditorOnFileStore(page,
                org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(file.toUri()));
        Workbench.settle();
        try {
            List<String> found = new ArrayList<>();
            Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            walk(window.getMenuBar(), "(editor)", found);
            org.eclipse.swt.widgets.Control text = editor.getAdapter(org.eclipse.swt.widgets.Control.class);
            org.eclipse.swt.widgets.Control root = text != null ? text.getParent()
                    : Workbench.find(window, org.eclipse.swt.custom.StyledText.class).get(0).getParent();
            walkContext(root, "editor", found);
            // the editor's context menu on screen
            org.eclipse.swt.custom.StyledText styled = Workbench.find(root, org.eclipse.swt.custom.StyledText.class).get(0);
            styled.setFocus();
            Workbench.settle();
            Menu context = styled.getMenu();
            context.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            org.eclipse.swt.graphics.Point at = styled.toDisplay(200, 120);
            context.setLocation(at);
            context.setVisible(true);
            long until = System.currentTimeMillis() + 800;
            Workbench.waitUntil(() -> System.currentTimeMillis() > until);
            Workbench.screenshot(window, "drl-editor-context-menu-ja.png");
            context.setVisible(false);
            Workbench.settle();
            // content assist inside a pattern, as the rule author presses Ctrl+Space
            int caret = styled.getText().indexOf("Initiative( fiscalYear") + "Initiative( ".length();
            styled.setFocus();
            styled.setSelection(caret);
            Workbench.command("org.eclipse.ui.edit.text.contentAssist.proposals");
            long shown = System.currentTimeMillis() + 1500;
            Workbench.waitUntil(() -> System.currentTimeMillis() > shown);
            Workbench.screenshot(window, "drl-editor-assist-ja.png");
            Workbench.pressKey(org.eclipse.swt.SWT.ESC);
            found.addAll(englishIn("key assist (editor)", dialog(command("org.eclipse.ui.window.showKeyAssist"),
                    "drl-editor-key-assist-ja.png")));
            found.addAll(englishIn("window (editor)", chrome(window).stream().filter(t -> t != null && !t.isBlank()).toList()));
            Workbench.screenshot(window, "drl-editor-ja.png");
            assertEquals(List.of(), found);
        } finally {
            page.closeEditor(editor, false);
            page.setPerspective(planner);
            Workbench.settle();
        }
    }

    private static void key(int type, int keyCode, char character) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        assertTrue(Display.getCurrent().post(e), "the X server took the key");
    }

    private static void idle(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        Workbench.waitUntil(() -> System.currentTimeMillis() > until);
    }

    /** Opens a menu of the menu bar by its mnemonic (Alt+F …) through the X server, saves the screen, closes it. */
    private static void menuShot(Shell window, char mnemonic, String name) throws Exception {
        window.forceActive();
        idle(200);
        key(org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.ALT, (char) 0);
        key(org.eclipse.swt.SWT.KeyDown, 0, mnemonic);
        key(org.eclipse.swt.SWT.KeyUp, 0, mnemonic);
        key(org.eclipse.swt.SWT.KeyUp, org.eclipse.swt.SWT.ALT, (char) 0);
        idle(800);
        Workbench.screenshot(window, name);
        key(org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.ESC, (char) 0);
        key(org.eclipse.swt.SWT.KeyUp, org.eclipse.swt.SWT.ESC, (char) 0);
        idle(300);
        key(org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.ESC, (char) 0);
        key(org.eclipse.swt.SWT.KeyUp, org.eclipse.swt.SWT.ESC, (char) 0);
        idle(300);
    }

    /** The menus of the menu bar open, for docs/ (their words are checked by everyMenuAndViewTitleIsJapanese). */
    @Test
    void theMenusOpenInJapanese() throws Exception {
        Workbench.parts().showPart("org.grassroots.planner.ui.initiatives", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        Workbench.widget("org.grassroots.planner.ui.initiatives", org.eclipse.swt.widgets.Table.class).setFocus();
        Workbench.settle();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        menuShot(window, 'f', "menu-file-ja.png");
        menuShot(window, 'r', "menu-rules-ja.png");
        menuShot(window, 'e', "menu-edit-ja.png");
        menuShot(window, 'p', "menu-plan-ja.png");
        menuShot(window, 'w', "menu-window-ja.png");
        menuShot(window, 'h', "menu-help-ja.png");
        // the rows' context menu of the initiatives view, a row selected
        org.eclipse.swt.widgets.Table table = Workbench.widget("org.grassroots.planner.ui.initiatives",
                org.eclipse.swt.widgets.Table.class);
        table.setSelection(0);
        table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Menu rows = table.getMenu();
        rows.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        rows.setLocation(table.toDisplay(300, 60));
        rows.setVisible(true);
        idle(800);
        Workbench.screenshot(window, "menu-initiative-rows-ja.png");
        rows.setVisible(false);
        Workbench.settle();
    }

    /** Edit › Undo names the step it takes back: "元に戻す: 案件の編集", never "元に戻す: (U)". */
    @Test
    void undoNamesItsStepInJapanese() throws Exception {
        Workbench.parts().showPart("org.grassroots.planner.ui.initiatives", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        Workbench.settle();
        org.grassroots.planner.model.Initiative any = Workbench.session().snapshot().initiatives().stream()
                .filter(Workbench.session()::mayEdit).findFirst().orElseThrow();
        org.grassroots.planner.ui.edit.PlanOperations.save(Workbench.session(), any,
                any.toBuilder().titleEn(any.getTitleEn() + " (edited)").build());
        Workbench.settle();
        try {
            MenuItem undo = Workbench.items(Workbench.menuItem("\u7de8\u96c6").getMenu()).get(0);
            String label = Workbench.label(undo);
            assertEquals("\u5143\u306b\u623b\u3059: \u6848\u4ef6\u306e\u7de8\u96c6", label, undo.getText());
            assertTrue(undo.getText().startsWith(label + "(&U)") || undo.getText().startsWith(label + "(U)"), undo.getText());
        } finally {
            Workbench.command("org.eclipse.ui.edit.undo");
            Workbench.session().discard().join();
            Workbench.settle();
        }
    }
}
