package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.folder.RuleAuthoringPerspective;
import org.grassroots.planner.drl.editor.folder.RulesFolder;
import org.grassroots.planner.drl.editor.problems.ProblemAnnotation;
import org.grassroots.planner.drl.editor.problems.RuleSetStatus;
import org.grassroots.planner.drl.editor.problems.VerifyAnnotation;
import org.grassroots.planner.drl.editor.ruletests.RuleTestsView;
import org.grassroots.planner.rules.RuleVerifier;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify-rules beside the rules: saving a rule file verifies the rule set, each problem a warning at its file:line with
 * its text, and the Rule Tests view lists the problems beside the test results; a rule set with a forbidden call is
 * refused as one that does not compile.
 */
class VerifyRulesTest {
    /** A rule a rule author adds to themes.dslr: a misspelt theme code, no message, no rule test. */
    private static final String RULE = String.join("\n", "", "rule \"AP2-COVID-THEME\" @severity(info)", "when",
            "    今年度の案件", "    - テーマにcovid19を含む", "then", "    指摘する", "end", "");

    @TempDir
    Path dir;
    private Path rules;
    private RuleTestsView view;

    @BeforeEach
    void copyAndShowTheTests() throws Exception {
        rules = Ui.copyTree(ShippedRules.folder(), dir.resolve("rules"));
        InstanceScope.INSTANCE.getNode(RulesFolder.NODE).put(RulesFolder.KEY, rules.toString());
        PlatformUI.getWorkbench().showPerspective(RuleAuthoringPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Ui.page().showView(RuleTestsView.ID);
        view = RuleTestsView.shown().get(0);
    }

    @AfterEach
    void shippedRulesAgain() throws Exception {
        Ui.page().closeAllEditors(false);
        InstanceScope.INSTANCE.getNode(RulesFolder.NODE).remove(RulesFolder.KEY);
        org.eclipse.core.runtime.jobs.Job reload = Ui.session().reloadRules();
        assertTrue(Ui.waitUntil(() -> reload.getResult() != null));
    }

    @Test
    void savingMarksEachProblemAsAWarningAtItsLineAndTheRuleTestsViewListsThem() throws Exception {
        DrlEditor editor = Ui.open(rules.resolve("themes.dslr"));
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        int end = document.getLength();
        document.replace(end, 0, RULE);
        int ruleLine = document.getLineOfOffset(document.get().indexOf("rule \"AP2-COVID-THEME\"")) + 1;
        int codeLine = document.getLineOfOffset(document.get().indexOf("covid19")) + 1;
        RuleTestsView.Outcome before = view.outcome();
        editor.doSave(null);

        assertTrue(Ui.waitUntil(() -> Ui.warnings(model).size() == 4), "the problems of the rule: " + texts(model));
        assertEquals(List.of(), Ui.problems(model), "the rules compile");
        Set<String> found = new TreeSet<>();
        for (VerifyAnnotation w : Ui.warnings(model)) {
            RuleVerifier.Problem p = w.problem();
            assertEquals("AP2-COVID-THEME", p.rule(), w.getText());
            assertEquals(VerifyAnnotation.TYPE, w.getType());
            Position at = model.getPosition(w);
            int line = document.getLineOfOffset(at.getOffset()) + 1;
            assertEquals(p.line(), line, w.getText());
            assertTrue(w.getText().startsWith("verify-rules: rule \"AP2-COVID-THEME\": "), w.getText());
            found.add(p.kind() + " " + p.detail() + " @" + line);
            if (p.kind() == RuleVerifier.Kind.UNKNOWN_CODE) {
                assertEquals("covid19", document.get(at.getOffset(), at.getLength()), "the code is marked where written");
                assertTrue(w.getText().contains(NLS.bind(Messages.verifyUnknownCode, "\"covid19\"")), w.getText());
                ITextHover hover = editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE);
                String shown = hover.getHoverInfo(editor.viewer(), new Region(at.getOffset() + 1, 0));
                assertNotNull(shown, "the warning has a hover");
                assertTrue(shown.contains("covid19"), shown);
            }
        }
        assertEquals(new TreeSet<>(List.of("UNKNOWN_CODE \"covid19\" @" + codeLine, "NO_MESSAGE en @" + ruleLine,
                "NO_MESSAGE ja @" + ruleLine, "NO_TEST_FIRES  @" + ruleLine)), found);

        // the Rule Tests view ran on the save: the tests pass, the problems are listed beside them
        assertTrue(Ui.waitUntil(() -> !view.isRunning() && view.outcome() != before), view.summaryText());
        assertEquals(rules, view.outcome().folder());
        assertTrue(view.isGreen(), view.summaryText());
        assertEquals(NLS.bind(Messages.verifyCount, 4), view.verifyText());
        List<String> rows = Arrays.stream(view.verifyViewer().getTable().getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
        assertTrue(rows.contains("themes.dslr:" + codeLine + " | AP2-COVID-THEME | "
                + NLS.bind(Messages.verifyUnknownCode, "\"covid19\"")), rows.toString());
        assertTrue(rows.contains("themes.dslr:" + ruleLine + " | AP2-COVID-THEME | " + Messages.verifyNoTestFires),
                rows.toString());

        // the rule taken out again and saved: no warning
        RuleTestsView.Outcome withRule = view.outcome();
        document.replace(end, RULE.length(), "");
        editor.doSave(null);
        assertTrue(Ui.waitUntil(() -> Ui.warnings(model).isEmpty()), texts(model).toString());
        assertTrue(Ui.waitUntil(() -> !view.isRunning() && view.outcome() != withRule), view.summaryText());
        assertEquals(Messages.verifyNone, view.verifyText());
        assertEquals(0, view.verifyViewer().getTable().getItemCount());
    }

    @Test
    void aRuleSetWithAForbiddenCallIsRefusedAsOneThatDoesNotCompile() throws Exception {
        DrlEditor editor = Ui.open(rules.resolve("regions.drl"));
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        int at = document.get().indexOf("then\n", document.get().indexOf("rule \"REGION-OUTSIDE-PRIORITY\"")) + 5;
        int line = document.getLineOfOffset(at) + 1;
        editor.viewer().getTextWidget().setSelectionRange(at, 0);
        editor.viewer().getTextWidget().insert("    System.exit( 1 );\n"); // what a consequence must never do

        // while typing: an error on its line, as for a rule that does not compile
        assertTrue(Ui.waitUntil(() -> !Ui.problems(model).isEmpty()), "an error appears while typing");
        ProblemAnnotation problem = Ui.problems(model).get(0);
        assertEquals(line, document.getLineOfOffset(model.getPosition(problem).getOffset()) + 1, problem.getText());
        assertTrue(problem.getText().contains("forbidden call System.exit"), problem.getText());
        assertEquals("REGION-OUTSIDE-PRIORITY", problem.diagnostic().rule());

        // saved: the banner says the rules do not compile, verify-rules names the call at its line
        RuleTestsView.Outcome before = view.outcome();
        editor.doSave(null);
        assertTrue(Ui.waitUntil(() -> editor.banner().isShowing()), "the editor says the rules are not in force");
        assertTrue(editor.banner().text().contains("regions.drl:" + line), editor.banner().text());
        assertFalse(RuleSetStatus.of(rules).compiles());
        assertTrue(Ui.waitUntil(() -> Ui.warnings(model).stream()
                .anyMatch(w -> w.problem().kind() == RuleVerifier.Kind.FORBIDDEN_CALL)), "verify-rules marks the call");
        VerifyAnnotation call = Ui.warnings(model).stream()
                .filter(w -> w.problem().kind() == RuleVerifier.Kind.FORBIDDEN_CALL).findFirst().orElseThrow();
        Position where = model.getPosition(call);
        assertEquals(line, document.getLineOfOffset(where.getOffset()) + 1);
        assertEquals("System.exit", document.get(where.getOffset(), where.getLength()));

        // the Rule Tests view: refused, the tests not run, the call listed
        assertTrue(Ui.waitUntil(() -> !view.isRunning() && view.outcome() != before), view.summaryText());
        assertTrue(view.outcome().refused(), view.summaryText());
        assertFalse(view.isGreen());
        assertEquals(NLS.bind(Messages.testsRefused, view.outcome().compileProblems().size()), view.summaryText());
        assertEquals(0, view.testsViewer().getTable().getItemCount());
        List<String> details = Arrays.stream(view.detailsViewer().getTable().getItems()).map(i -> i.getText(3)).toList();
        assertTrue(details.stream().anyMatch(d -> d.contains("regions.drl:" + line) && d.contains("forbidden call System.exit")),
                details.toString());
        List<String> verified = Arrays.stream(view.verifyViewer().getTable().getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
        assertTrue(verified.contains("regions.drl:" + line + " | REGION-OUTSIDE-PRIORITY | "
                + NLS.bind(Messages.verifyForbiddenCall, "System.exit")), verified.toString());
    }

    private static List<String> texts(IAnnotationModel model) {
        return Ui.warnings(model).stream().map(VerifyAnnotation::getText).toList();
    }
}
