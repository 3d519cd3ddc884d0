package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.DrlSourceViewerConfiguration;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.folder.RuleAuthoringPerspective;
import org.grassroots.planner.drl.editor.folder.RulesFolder;
import org.grassroots.planner.drl.editor.folder.RulesFolderView;
import org.grassroots.planner.drl.editor.ruletests.RuleTestsView;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "done when": an analyst adds a rule in Japanese to a {@code .dslr} file in the editor (typing it, taking
 * its phrases from content assist), adds its rule test (a folder with plan.csv and expected.csv, as in rules/tests) and
 * its messages, saves, and the Rule Tests view shows the test passing. No Java is written: the rules folder holds
 * rule, phrase, message and test files only.
 */
class AnalystWritesARuleTest {
    private static final String RULE = "FOOD-PR-JAN-MAR";

    @TempDir
    Path dir;

    @AfterEach
    void shippedRulesAgain() throws Exception {
        Ui.page().closeAllEditors(false);
        InstanceScope.INSTANCE.getNode(RulesFolder.NODE).remove(RulesFolder.KEY);
        org.eclipse.core.runtime.jobs.Job reload = Ui.session().reloadRules();
        assertTrue(Ui.waitUntil(() -> reload.getResult() != null));
    }

    @Test
    void aRuleInJapanesePhrasesWithItsTestPassesInTheRuleTestsView() throws Exception {
        // the analyst's rules folder (Window › Preferences › rules folder): a copy of the shipped rules and tests
        Path rules = Ui.copyTree(ShippedRules.folder(), dir.resolve("rules"));
        InstanceScope.INSTANCE.getNode(RulesFolder.NODE).put(RulesFolder.KEY, rules.toString());
        PlatformUI.getWorkbench().showPerspective(RuleAuthoringPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Ui.page().showView(RuleTestsView.ID);
        RuleTestsView view = RuleTestsView.shown().get(0);

        // themes.dslr opened from the Rules Folder view (a double-click)
        Ui.page().showView(RulesFolderView.ID);
        RulesFolderView folderView = RulesFolderView.shown().get(0);
        assertTrue(Ui.waitUntil(() -> rules.equals(folderView.folder())), String.valueOf(folderView.folder()));
        Table files = folderView.viewer().getTable();
        assertTrue(Ui.waitUntil(() -> Arrays.stream(files.getItems()).anyMatch(i -> i.getText(0).equals("themes.dslr"))));
        TableItem themes = Arrays.stream(files.getItems()).filter(i -> i.getText(0).equals("themes.dslr")).findFirst()
                .orElseThrow();
        files.setSelection(themes);
        files.notifyListeners(SWT.Selection, null);
        files.notifyListeners(SWT.DefaultSelection, null);
        DrlEditor editor = (DrlEditor) Ui.page().getActiveEditor();
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        StyledText text = editor.viewer().getTextWidget();

        // the rule, typed at the end of the file; its phrases taken from content assist
        int at = document.getLength();
        Ui.completeAt(editor, at, "\n// 年度末（1月〜3月）に始まる日本食PRは執行リスクが高い\nrule \"" + RULE + "\" @severity(warning)\nwhen\n    今年");
        Ui.choose("今年度の案件");
        Ui.completeAt(editor, document.getLength(), "\n    - 種類");
        Ui.choose("- 種類が{kind}");
        text.insert("food-pr"); // over the selected {kind}
        Ui.completeAt(editor, document.getLength(), "\n    - 1月");
        Ui.choose("- 1月から3月に始まる");
        Ui.completeAt(editor, document.getLength(), "\nthen\n    指");
        Ui.choose("指摘する");
        editor.viewer().setSelectedRange(document.getLength(), 0);
        text.insert("\nend");
        editor.viewer().setSelectedRange(document.getLength(), 0);
        text.insert("\n"); // Enter after end: the editor indents the new line as the line before
        String added = document.get().substring(at);
        assertEquals("\n// 年度末（1月〜3月）に始まる日本食PRは執行リスクが高い\nrule \"" + RULE + "\" @severity(warning)\nwhen\n"
                + "    今年度の案件\n    - 種類がfood-pr\n    - 1月から3月に始まる\nthen\n    指摘する\nend\n", added);
        Ui.idle(DrlSourceViewerConfiguration.RECONCILE_DELAY * 2);
        assertTrue(Ui.waitUntil(() -> Ui.problems(model).isEmpty()), "the rule compiles as typed");

        // its messages and its test, written as the shipped ones are (a text editor or a spreadsheet)
        Files.writeString(rules.resolve("messages.properties"),
                RULE + "={initiative} is a Japanese food PR that starts in January to March, the last quarter of the year.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("messages_ja.properties"),
                RULE + "={initiative} は年度末の1月から3月に始まる日本食PRです。\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path test = Files.createDirectories(rules.resolve("tests/food-pr-jan-mar"));
        String header = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,format,start_date,end_date,budget_jpy,status\n";
        Files.writeString(test.resolve("plan.csv"), header
                + "F-LATE,2023,cg-chicago,年度末の日本食PR,Japanese food PR at the year's end,food-pr,climate-energy,IL,Japan America Society of Chicago,in-person,2024-02-10,2024-02-10,1000000,draft\n"
                + "F-EARLY,2023,cg-chicago,春の日本食PR,Japanese food PR in spring,food-pr,climate-energy,IL,Japan America Society of Chicago,in-person,2023-05-10,2023-05-10,1000000,draft\n"
                + "E-LATE,2023,cg-chicago,年度末の日本祭り,Japan festival at the year's end,japan-event,climate-energy,IL,Japan America Society of Chicago,in-person,2024-02-10,2024-02-10,1000000,draft\n"
                + "F-CANCELLED,2023,cg-chicago,中止した日本食PR,Cancelled Japanese food PR,food-pr,climate-energy,IL,Japan America Society of Chicago,in-person,2024-03-01,2024-03-01,1000000,cancelled\n",
                StandardCharsets.UTF_8);
        Files.writeString(test.resolve("expected.csv"), "rule,severity,initiative,mission,state\n" + RULE + ",warning,F-LATE,,\n",
                StandardCharsets.UTF_8);
        Files.writeString(test.resolve("test.properties"),
                "description=" + RULE + " fires for a food PR starting in January to March, not for one in spring, another kind or a cancelled one.\nrules=" + RULE + "\n",
                StandardCharsets.UTF_8);

        // saved: the Rule Tests view runs again and the new test passes with the others. The run the view started
        // when it opened must be over first: under load it can end after the save, and its outcome (without the new
        // test) would be taken for the save's
        assertTrue(Ui.waitUntil(() -> !view.isRunning()), view.summaryText());
        RuleTestsView.Outcome before = view.outcome();
        editor.doSave(null);
        assertTrue(Ui.waitUntil(() -> !view.isRunning() && view.outcome() != before), view.summaryText());
        assertEquals(rules, view.outcome().folder());
        int tests;
        try (Stream<Path> dirs = Files.list(rules.resolve("tests"))) {
            tests = (int) dirs.filter(d -> Files.isRegularFile(d.resolve("expected.csv"))).count();
        }
        assertEquals(tests + " tests: " + tests + " passed, 0 failed", view.summaryText());
        assertTrue(view.isGreen());
        List<String> rows = Arrays.stream(view.testsViewer().getTable().getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("food-pr-jan-mar | " + Messages.testsPass + " | ")),
                rows.toString());
        Table testTable = view.testsViewer().getTable();
        testTable.setSelection(Arrays.stream(testTable.getItems()).filter(i -> i.getText(0).equals("food-pr-jan-mar")).findFirst()
                .orElseThrow());
        testTable.notifyListeners(SWT.Selection, null);
        List<String> made = Arrays.stream(view.detailsViewer().getTable().getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
        assertTrue(made.contains(Messages.detailMade + " | " + RULE + " | F-LATE"), made.toString());
        assertEquals(1, made.stream().filter(m -> m.contains(RULE)).count(), made.toString());
        List<String> coverage = Arrays.stream(view.coverageViewer().getTable().getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
        assertTrue(coverage.contains(RULE + " | 1 | 1"), coverage.toString());
        List<String> verified = Arrays.stream(view.verifyViewer().getTable().getItems()).map(i -> i.getText(1)).toList();
        assertTrue(verified.stream().noneMatch(RULE::equals), "verify-rules has nothing to say of the rule: " + verified);

        // no Java: the folder holds rules, phrases, messages and rule tests
        try (Stream<Path> all = Files.walk(rules)) {
            List<String> java = all.map(Path::toString).filter(f -> f.endsWith(".java") || f.endsWith(".class")).toList();
            assertEquals(List.of(), java);
        }
    }
}
