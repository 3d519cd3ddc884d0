package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.DrlSourceViewerConfiguration;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.RuleFileKind;
import org.grassroots.planner.drl.editor.problems.ProblemAnnotation;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.syntax.DrlColors;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor on rules written in phrases (themes.dslr of a copy of the shipped rules, in the Japanese phrases of
 * phrases.dsl): the phrases coloured, proposed by what was typed of them (Japanese and English), a mistyped phrase an
 * error on its line; and the phrase file itself opened and coloured.
 */
class DslrEditorTest {
    private static final String PHRASE = "- パートナーがいない";

    @TempDir
    Path dir;
    private DrlEditor editor;
    private IDocument document;

    @BeforeEach
    void openThemes() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        editor = Ui.open(dir.resolve("themes.dslr"));
        assertNotNull(editor);
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @AfterEach
    void close() {
        Ui.page().closeAllEditors(false);
    }

    @Test
    void thePhrasesAreColouredAndAMistypedPhraseIsAnErrorOnItsLineUntilFixed() throws Exception {
        assertEquals(RuleFileKind.DSLR, editor.kind());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        assertTrue(Ui.waitUntil(() -> editor.structure().of(DrlElement.Kind.RULE).size() == 3), "the file was reconciled");
        assertEquals(List.of("AP2-NO-PRIORITY-THEME", "AP2-UNKNOWN-THEME", "AP2-NO-PARTNER"),
                editor.structure().of(DrlElement.Kind.RULE).stream().map(DrlElement::name).toList());
        Ui.idle(DrlSourceViewerConfiguration.RECONCILE_DELAY * 2);
        assertEquals(List.of(), Ui.problems(model), "the shipped rules compile");

        int phrase = document.get().indexOf(PHRASE);
        int pattern = document.get().indexOf("今年度の案件", document.get().indexOf("rule \"AP2-NO-PARTNER\""));
        int drl = document.get().indexOf("$theme : String(");
        assertTrue(Ui.waitUntil(() -> DrlColors.PHRASE.rgb().equals(Ui.foreground(editor, phrase + 4))),
                "a phrase is coloured as one: " + Ui.foreground(editor, phrase + 4));
        assertEquals(DrlColors.PHRASE.rgb(), Ui.foreground(editor, pattern + 2));
        assertEquals(DrlColors.VARIABLE.rgb(), Ui.foreground(editor, drl + 1), "a DRL line of the file is DRL");

        int line = document.getLineOfOffset(phrase) + 1;
        StyledText text = editor.viewer().getTextWidget();
        text.setSelectionRange(phrase, PHRASE.length());
        text.insert("- パートナーがいな"); // a phrase mistyped: none of phrases.dsl matches it

        assertTrue(Ui.waitUntil(() -> !Ui.problems(model).isEmpty()), "an error appears while typing");
        ProblemAnnotation problem = Ui.problems(model).get(0);
        Position where = model.getPosition(problem);
        assertEquals(line, document.getLineOfOffset(where.getOffset()) + 1, problem.getText());
        assertEquals("AP2-NO-PARTNER", problem.diagnostic().rule());
        assertTrue(problem.getText().contains("no phrase of the .dsl files matches \"- パートナーがいな\""), problem.getText());
        assertEquals("- パートナーがいな", document.get(where.getOffset(), where.getLength()), "the phrase is marked");
        ITextHover hover = editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE);
        String hoverText = hover.getHoverInfo(editor.viewer(), new Region(where.getOffset() + 1, 0));
        assertNotNull(hoverText, "the error has a hover");
        assertTrue(hoverText.contains("パートナーがいな"), hoverText);

        text.setSelectionRange(where.getOffset(), where.getLength());
        text.insert(PHRASE);
        assertTrue(Ui.waitUntil(() -> Ui.problems(model).isEmpty()), "fixing the phrase removes the error");
    }

    @Test
    void aLineMeantAsAPhraseThatNoPhraseMatchesIsTheLineMarked() throws Exception {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        assertTrue(Ui.waitUntil(() -> editor.structure().of(DrlElement.Kind.RULE).size() == 3), "the file was reconciled");
        StyledText text = editor.viewer().getTextWidget();
        int end = document.get().indexOf(PHRASE) + PHRASE.length();
        int line = document.getLineOfOffset(end) + 2;

        // a phrase begun and not finished (Drools itself reports the then below it)
        text.setSelectionRange(end, 0);
        text.insert("\n    重点");
        assertTrue(Ui.waitUntil(() -> !Ui.problems(model).isEmpty()), "an error appears while typing");
        ProblemAnnotation problem = Ui.problems(model).get(0);
        assertEquals(line, document.getLineOfOffset(model.getPosition(problem).getOffset()) + 1, problem.getText());
        assertTrue(problem.getText().contains("no phrase of the .dsl files matches \"重点\""), problem.getText());
        assertEquals("重点", document.get(model.getPosition(problem).getOffset(), model.getPosition(problem).getLength()));

        // a phrase with more after it (Drools reads the phrase and reports the rest on the pattern's line above)
        text.setSelectionRange(end + 1, "    重点".length());
        text.insert("    - 重点テーマがあるよ");
        assertTrue(Ui.waitUntil(() -> Ui.problems(model).stream().anyMatch(p -> p.getText().contains("あるよ"))),
                Ui.problems(model).toString());
        problem = Ui.problems(model).get(0);
        assertEquals(line, document.getLineOfOffset(model.getPosition(problem).getOffset()) + 1, problem.getText());
        assertTrue(problem.getText().contains("no phrase of the .dsl files matches \"- 重点テーマがあるよ\""), problem.getText());

        text.setSelectionRange(end, "\n    - 重点テーマがあるよ".length());
        text.insert("");
        assertTrue(Ui.waitUntil(() -> Ui.problems(model).isEmpty()), "taken out: no error");
    }

    @Test
    void completionOffersThePhrasesThatBeginWithWhatWasTyped() throws Exception {
        int end = document.get().indexOf(PHRASE) + PHRASE.length();

        // Japanese: the constraint phrases that begin with 重点 (the "- " may be left out)
        List<String> shown = Ui.completeAt(editor, end, "\n    重点");
        String condition = " \u2014 " + Messages.assistPhraseCondition + " (phrases.dsl)";
        assertEquals(List.of("- 重点テーマが一つもない" + condition, "- 重点テーマがある" + condition, "- 重点州を対象としない" + condition),
                shown.stream().filter(s -> s.contains("(phrases.dsl)")).toList());
        Ui.choose("- 重点テーマがある");
        String line = lineAt(end + 1);
        assertEquals("    - 重点テーマがある", line, "the proposal replaced what was typed");

        // English, as typed (case aside); no Japanese phrase begins so
        shown = Ui.completeAt(editor, end, "\n    - with NO");
        List<String> phrases = shown.stream().filter(s -> s.contains("(phrases.dsl)")).map(s -> s.substring(0, s.indexOf(" \u2014")))
                .toList();
        assertEquals(List.of("- with no priority theme", "- with no partner", "- with no target state", "- with no budget",
                "- with no English title"), phrases);
        Ui.closePopup();

        // a phrase with a value to write: its {name} is selected, to be typed over
        Ui.completeAt(editor, end, "\n    - テーマに");
        Ui.choose("- テーマに{theme}を含む");
        Point selection = editor.viewer().getSelectedRange();
        assertEquals("{theme}", document.get(selection.x, selection.y));

        // in the consequence, the consequence's phrases
        int then = document.get().indexOf("then", end) + "then".length();
        shown = Ui.completeAt(editor, then, "\n    指");
        assertEquals(List.of("指摘する \u2014 " + Messages.assistPhraseConsequence + " (phrases.dsl)"),
                shown.stream().filter(s -> s.contains("(phrases.dsl)")).toList());
        Ui.closePopup();
    }

    @Test
    void thePhraseFileOpensInTheEditorAndIsColoured() throws Exception {
        DrlEditor dsl = Ui.open(dir.resolve("phrases.dsl"));
        assertEquals(RuleFileKind.DSL, dsl.kind());
        IDocument text = dsl.getDocumentProvider().getDocument(dsl.getEditorInput());
        int section = text.get().indexOf("[when]今年度の案件=");
        int variable = text.get().indexOf("{theme}を含む");
        assertTrue(Ui.waitUntil(() -> DrlColors.KEYWORD.rgb().equals(Ui.foreground(dsl, section + 1))),
                "[when] is a keyword: " + Ui.foreground(dsl, section + 1));
        assertEquals(DrlColors.PHRASE.rgb(), Ui.foreground(dsl, section + "[when]".length() + 1), "the phrase");
        assertEquals(DrlColors.VARIABLE.rgb(), Ui.foreground(dsl, variable + 1), "{theme}");
        assertEquals(DrlColors.COMMENT.rgb(), Ui.foreground(dsl, 2), "a # line is a comment");
        int drl = text.get().indexOf("Initiative( fiscalYear", section);
        assertEquals(DrlColors.FACT_TYPE.rgb(), Ui.foreground(dsl, drl + 1), "the DRL after = is DRL");
        assertEquals(List.of(), dsl.structure().elements(), "a phrase file has no rules to outline");
    }

    private String lineAt(int offset) throws Exception {
        var region = document.getLineInformationOfOffset(offset);
        return document.get(region.getOffset(), region.getLength());
    }
}
