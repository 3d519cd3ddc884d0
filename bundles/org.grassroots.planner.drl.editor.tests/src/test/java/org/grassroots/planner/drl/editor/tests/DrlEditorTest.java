package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.DrlSourceViewerConfiguration;
import org.grassroots.planner.drl.editor.problems.ProblemAnnotation;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DRL editor in the real workbench, on a copy of the shipped rules: regions.drl, a file of DRL (the rules written
 * in phrases are DslrEditorTest's).
 */
class DrlEditorTest {
    private static final String CONDITION = "status != Status.CANCELLED, !states.isEmpty()";
    private static final String FIELD = "states";
    private static final String TYPED = "statez";

    @TempDir
    Path dir;
    private DrlEditor editor;

    @BeforeEach
    void openThemes() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        editor = Ui.open(dir.resolve("regions.drl"));
        assertNotNull(editor);
    }

    @AfterEach
    void close() {
        editor.getSite().getPage().closeEditor(editor, false);
    }

    @Test
    void typingABrokenConditionPutsAnErrorOnItsLineAndFixingItRemovesIt() throws Exception {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        assertTrue(Ui.waitUntil(() -> editor.structure().of(DrlElement.Kind.RULE).size() == 3), "the file was reconciled");
        Ui.idle(DrlSourceViewerConfiguration.RECONCILE_DELAY * 2);
        assertEquals(List.of(), Ui.problems(model), "the shipped rules compile");

        int at = document.get().indexOf(CONDITION) + CONDITION.indexOf(FIELD);
        int line = document.getLineOfOffset(at) + 1;
        StyledText text = editor.viewer().getTextWidget();
        text.setSelectionRange(at, FIELD.length());
        text.insert(TYPED); // what a rule author types over the field's name

        assertTrue(Ui.waitUntil(() -> !Ui.problems(model).isEmpty()), "an error appears while typing");
        ProblemAnnotation problem = Ui.problems(model).get(0);
        Position where = model.getPosition(problem);
        assertEquals(line, document.getLineOfOffset(where.getOffset()) + 1, problem.getText());
        assertEquals("REGION-OUTSIDE-PRIORITY", problem.diagnostic().rule());
        assertTrue(document.get(where.getOffset(), where.getLength()).contains(TYPED),
                "[" + document.get(where.getOffset(), where.getLength()) + "] " + problem.getText());
        ITextHover hover = editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE);
        String hoverText = hover.getHoverInfo(editor.viewer(), new Region(where.getOffset() + 1, 0));
        assertNotNull(hoverText, "the error has a hover");
        assertTrue(hoverText.contains(TYPED), hoverText);

        text.setSelectionRange(at, TYPED.length());
        text.insert(FIELD);
        assertTrue(Ui.waitUntil(() -> Ui.problems(model).isEmpty()), "fixing the condition removes the error");
    }

    @Test
    void contentAssistOffersTheFieldsOfTheInitiativeFact() throws Exception {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = document.get().indexOf(CONDITION) + CONDITION.indexOf(FIELD);
        ISourceViewer viewer = editor.viewer();
        viewer.getTextWidget().setFocus();
        viewer.setSelectedRange(at, 0);
        ((org.eclipse.jface.text.ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

        Table[] popup = new Table[1];
        assertTrue(Ui.waitUntil(() -> (popup[0] = proposalTable()) != null), "the proposals pop up");
        List<String> shown = Arrays.stream(popup[0].getItems()).map(TableItem::getText).toList();
        for (String field : List.of("budgetJpy", "fiscalYear", "mission", "partners", "startDate", "states", "status",
                "themes", "titleEn", "titleJa")) {
            assertTrue(shown.stream().anyMatch(s -> s.startsWith(field + " : ") && s.endsWith("Initiative")),
                    field + " in " + shown);
        }
        assertTrue(shown.contains("budgetJpy : Long \u2014 Initiative"), shown.toString());
        assertTrue(shown.stream().noneMatch(s -> s.startsWith("budgetCapJpy")), "no field of another fact: " + shown);
        popup[0].getShell().close();
    }

    @Test
    void theOutlineListsTheRulesAndEachRuleFolds() throws Exception {
        assertTrue(Ui.waitUntil(() -> editor.structure().of(DrlElement.Kind.RULE).size() == 3));
        assertEquals(RULES,
                editor.structure().of(DrlElement.Kind.RULE).stream().map(DrlElement::name).toList());
        ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
        assertTrue(Ui.waitUntil(() -> folds(viewer) >= 4), "three rules and the imports fold: " + folds(viewer));
        IViewPart outline = editor.getSite().getPage().showView(IPageLayout.ID_OUTLINE);
        editor.getSite().getPage().activate(editor);
        Tree[] tree = new Tree[1];
        assertTrue(Ui.waitUntil(() -> (tree[0] = Ui.find(outline.getSite().getShell(), Tree.class).stream()
                .filter(t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText().equals("REGION-PRIORITY-SHARE")))
                .findFirst().orElse(null)) != null), "the outline shows the rules");
        List<String> items = Arrays.stream(tree[0].getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("package rules", "import declarations (6)"), items.subList(0, 2));
        assertEquals(RULES, items.stream().filter(i -> i.startsWith("REGION-")).toList(), items.toString());
        assertTrue(items.stream().filter(i -> i.startsWith("global ")).count() == items.size() - 5, items.toString());
        tree[0].setSelection(tree[0].getItem(items.indexOf("REGION-PRIORITY-SHARE")));
        tree[0].notifyListeners(SWT.Selection, null);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(Ui.waitUntil(() -> {
            int offset = editor.viewer().getSelectedRange().x;
            return document.get().startsWith("REGION-PRIORITY-SHARE", offset);
        }), "selecting a rule in the outline shows it in the editor");
    }

    private static final List<String> RULES = List.of("REGION-OUTSIDE-PRIORITY", "REGION-OUTSIDE-JURISDICTION",
            "REGION-PRIORITY-SHARE");

    private static int folds(ProjectionViewer viewer) {
        int n = 0;
        for (var it = viewer.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof ProjectionAnnotation) {
                n++;
            }
        }
        return n;
    }

    private static Table proposalTable() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible()) {
                for (Table t : Ui.find(shell, Table.class)) {
                    if (t.getItemCount() > 0 && Arrays.stream(t.getItems()).anyMatch(i -> i.getText().contains(" : "))) {
                        return t;
                    }
                }
            }
        }
        return null;
    }
}
