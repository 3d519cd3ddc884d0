package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.ui.plan.Labels;
import org.grassroots.planner.ui.whatif.ScenariosPart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code -nl ja}: the what-if view, its New Scenario and Suggest dialogs and the suggestion's explanation read in
 * Japanese (no English word, missions and states by name), driven through their own widgets.
 */
class JapaneseWhatIfTest {
    @TempDir
    Path dir;

    /** Latin words a Japanese reviewer reads as they are. */
    private static final Set<String> KEPT = Set.of("ID", "XLSX", "JPY", "OK");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void japanese() {
        Assumptions.assumeTrue("ja".equals(Locale.getDefault().getLanguage()), "runs under -nl ja only");
    }

    /** @return the English words of a text: rule ids (REGION-OUTSIDE-PRIORITY), initiative ids and state codes are codes */
    private static List<String> english(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replaceAll("[A-Z0-9]+(?:-[A-Z0-9]+)+", "").replaceAll("\\bms\\b", ""));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !KEPT.contains(w) && !w.matches("[A-Z0-9]+")) { // an acronym (CCS, DX) is no English
                out.add(w);
            }
        }
        return out;
    }

    /**
     * @return the view's words, without what is data: the scenarios' names (the English run keeps its own) and the
     *         findings' messages (the rules' own Japanese, rules/messages_ja.properties)
     */
    private static List<String> viewTexts(Control root) {
        List<String> out = new ArrayList<>();
        Workbench.find(root, Label.class).forEach(l -> out.add(l.getText()));
        Workbench.find(root, Button.class).forEach(b -> out.add(b.getText()));
        Workbench.find(root, Text.class).forEach(t -> out.add(t.getText()));
        for (Table t : Workbench.find(root, Table.class)) {
            boolean differences = t.getColumnCount() == 7;
            for (TableColumn c : t.getColumns()) {
                out.add(c.getText());
            }
            for (TableItem i : t.getItems()) {
                for (int k = differences ? 1 : 0; k < (differences ? 6 : t.getColumnCount()); k++) {
                    out.add(i.getText(k));
                }
            }
        }
        return out;
    }

    private static List<String> texts(Control root) {
        List<String> out = new ArrayList<>();
        if (root instanceof Shell s) {
            out.add(s.getText());
        }
        Workbench.find(root, Label.class).forEach(l -> out.add(l.getText()));
        Workbench.find(root, Button.class).forEach(b -> out.add(b.getText()));
        Workbench.find(root, Group.class).forEach(g -> out.add(g.getText()));
        Workbench.find(root, Text.class).forEach(t -> out.add(t.getText()));
        Workbench.find(root, Combo.class).forEach(c -> out.addAll(List.of(c.getItems())));
        for (Table t : Workbench.find(root, Table.class)) {
            for (TableColumn c : t.getColumns()) {
                out.add(c.getText());
            }
            for (TableItem i : t.getItems()) {
                for (int k = 0; k < Math.max(1, t.getColumnCount()); k++) {
                    out.add(i.getText(k));
                }
            }
        }
        return out;
    }

    private static List<String> englishIn(List<String> texts) {
        return texts.stream().filter(t -> t != null && !english(t.replace("&", "")).isEmpty()).toList();
    }

    private void whenOpen(String title, Consumer<Shell> reviewer) {
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long deadline = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s != workbench && s.isVisible() && s.getText().equals(title)) {
                    try {
                        reviewer.accept(s);
                    } catch (RuntimeException | Error e) {
                        seen.add("failed: " + e);
                        s.close();
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            } else {
                seen.add("no dialog " + title);
                for (Shell s : display.getShells()) { // whatever opened instead must not block the test
                    if (s != workbench && s.isVisible()) {
                        seen.add("closed " + s.getText());
                        s.close();
                    }
                }
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static Button viewButton(String which) {
        Control root = (Control) Workbench.parts().findPart(ScenariosPart.ID).getWidget();
        return Workbench.find(root, Button.class).stream().filter(b -> which.equals(b.getData(ScenariosPart.ID))).findFirst()
                .orElseThrow();
    }

    private static Button ok(Shell dialog) {
        return Workbench.find(dialog, Button.class).stream().filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
                .findFirst().orElseThrow();
    }

    @Test
    void theWhatIfViewItsDialogsAndTheExplanationAreJapanese() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        ScenariosPart part = Workbench.show(ScenariosPart.ID, ScenariosPart.class);
        part.reload();
        Workbench.settle();
        String ours = "\u30b1\u30f3\u30bf\u30c3\u30ad\u30fc\u5dde\u30fb\u30c6\u30cd\u30b7\u30fc\u5dde\u3092\u91cd\u70b9\u5dde\u306b\u30013\u6708\u306e\u30bb\u30df\u30ca\u30fc\u3092\u7fcc\u5e74\u5ea6\u3078";
        List<String> dialogTexts = new ArrayList<>();
        whenOpen("2023\u5e74\u5ea6\u306e\u30b7\u30ca\u30ea\u30aa\u3092\u4f5c\u6210", dialog -> { // 2023年度のシナリオを作成
            Workbench.find(dialog, Text.class).stream().filter(t -> (t.getStyle() & SWT.BORDER) != 0).findFirst().orElseThrow()
                    .setText(ours);
            Table states = Workbench.find(dialog, Table.class).get(0);
            for (TableItem i : states.getItems()) {
                if ("KY".equals(i.getData()) || "TN".equals(i.getData())) {
                    i.setChecked(true);
                    states.showItem(i);
                }
            }
            List<Combo> combos = Workbench.find(dialog, Combo.class);
            combos.get(0).select(combos.get(0).indexOf(Labels.kind(Kind.INFO_DISSEMINATION)));
            combos.get(0).notifyListeners(SWT.Selection, new Event());
            combos.get(1).select(combos.get(1).indexOf("3\u6708"));
            combos.get(1).notifyListeners(SWT.Selection, new Event());
            dialogTexts.addAll(texts(dialog));
            try {
                Workbench.screenshot(dialog, "what-if-new-scenario-ja.png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ok(dialog).notifyListeners(SWT.Selection, new Event());
        });
        viewButton("new").notifyListeners(SWT.Selection, new Event());
        Workbench.settle();
        assertEquals(List.of(), seen);
        assertTrue(dialogTexts.contains("SAMPLE-005") && dialogTexts.contains("SAMPLE-064"), dialogTexts.toString());
        assertEquals(List.of(), englishIn(dialogTexts), "the New Scenario dialog in Japanese");

        whenOpen("\u4e88\u7b97\u4e0a\u9650\u984d\u306b\u53ce\u307e\u308b\u8a08\u753b\u3092\u63d0\u6848", dialog -> { // 予算上限額に収まる計画を提案
            dialogTexts.clear();
            dialogTexts.addAll(texts(dialog));
            Workbench.find(dialog, Spinner.class).get(0).setSelection(3);
            ok(dialog).notifyListeners(SWT.Selection, new Event());
        });
        viewButton("suggest").notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(), seen);
        assertEquals(List.of(), englishIn(dialogTexts), "the Suggest dialog in Japanese");
        Job job = part.lastSuggestion();
        while (job.getState() != Job.NONE) {
            Workbench.waitUntil(() -> job.getState() == Job.NONE);
        }
        String suggested = "\u63d0\u6848\uff08\u4e88\u7b97\u4e0a\u9650\u984d\u3068\u914d\u5206\u4e0a\u9650\u306e\u7bc4\u56f2\u5185\uff09";
        assertTrue(Workbench.waitUntil(() -> part.scenarioNames().contains(suggested) && part.scenarioNames().contains(ours)),
                part.scenarioNames().toString());
        part.show(ours, suggested);
        Control view = (Control) Workbench.parts().findPart(ScenariosPart.ID).getWidget();
        Text explanation = Workbench.find(view, Text.class).stream().filter(t -> (t.getStyle() & SWT.MULTI) != 0).findFirst()
                .orElseThrow();
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 2 && explanation.getText().contains("\u30b9\u30b3\u30a2")),
                explanation.getText()); // スコア
        Workbench.settle();
        List<String> shown = viewTexts(view);
        assertEquals(List.of(), englishIn(shown), "the what-if view in Japanese");
        assertTrue(explanation.getText().contains("\u2192"), explanation.getText());
        maximized("what-if-view-ja.png");
        Workbench.session().planning().discardScenario(2023, ours);
        Workbench.session().planning().discardScenario(2023, suggested);
    }

    /** Saves the workbench with the what-if view maximized (for docs/), then restores the view. */
    private static void maximized(String name) throws Exception {
        Workbench.parts().activate(Workbench.parts().findPart(ScenariosPart.ID));
        boolean maximized = false;
        try {
            Workbench.command("org.eclipse.ui.window.maximizePart");
            maximized = true;
        } catch (Exception e) { // a picture of the view as it is, then
            System.err.println("not maximized: " + e);
        }
        Workbench.settle();
        Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
        if (maximized) {
            Workbench.command("org.eclipse.ui.window.maximizePart");
            Workbench.settle();
        }
    }
}
