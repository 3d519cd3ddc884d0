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
            "JIS", "Shift", "Windows", "Unix", "CRLF", "LF", "OK", "JPY", "Excel", "H2", "CP932");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

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
            if (w.length() >= 3 && !KEPT.contains(w) && !w.matches("[A-Z]{2}[0-9]*") && !w.matches("FY[0-9]+") && !w.matches("[A-F0-9]+")) {
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
}
