package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IViewPart;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.folder.NewRuleFileWizard;
import org.grassroots.planner.drl.editor.folder.RuleAuthoringPerspective;
import org.grassroots.planner.drl.editor.folder.RulesFolder;
import org.grassroots.planner.drl.editor.folder.RulesFolderView;
import org.grassroots.planner.drl.editor.problems.RuleFileLocation;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules folder view, the rule authoring perspective and the New Rule File wizard. */
class RulesFolderViewTest {

    @TempDir
    Path dir;

    @AfterEach
    void shippedRulesAgain() throws Exception {
        if (InstanceScope.INSTANCE.getNode(RulesFolder.NODE).get(RulesFolder.KEY, null) != null) {
            InstanceScope.INSTANCE.getNode(RulesFolder.NODE).remove(RulesFolder.KEY);
            // the planning views follow the same preference: put the shipped rules back in force for the next tests
            org.eclipse.core.runtime.jobs.Job reload = Ui.session().reloadRules();
            assertTrue(Ui.waitUntil(() -> reload.getResult() != null));
        }
    }

    private static List<String> files(RulesFolderView view) {
        return Arrays.stream(view.viewer().getTable().getItems()).map(i -> i.getText(0)).toList();
    }

    @Test
    void theViewAndTheWizardFollowTheRulesFolderPreference() throws Exception {
        PlatformUI.getWorkbench().showPerspective(RuleAuthoringPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Ui.page().showView(RulesFolderView.ID);
        RulesFolderView view = RulesFolderView.shown().get(0);
        Path shipped = ShippedRules.folder().toAbsolutePath().normalize();
        assertEquals(shipped, view.folder());
        assertTrue(files(view).contains("themes.dslr"), files(view).toString());

        Path copy = Files.createDirectory(dir.resolve("my-rules")).toAbsolutePath().normalize();
        Ui.copy(ShippedRules.folder(), copy);
        Files.writeString(copy.resolve("partners.drl"), "package rules.partners;\n", StandardCharsets.UTF_8);
        InstanceScope.INSTANCE.getNode(RulesFolder.NODE).put(RulesFolder.KEY, copy.toString());

        assertTrue(Ui.waitUntil(() -> files(view).contains("partners.drl")), files(view).toString());
        assertEquals(copy, view.folder());
        assertTrue(files(view).contains("themes.dslr"), files(view).toString());
        assertTrue(Ui.find(view.viewer().getTable().getParent(), org.eclipse.swt.widgets.Label.class).stream()
                .anyMatch(l -> l.getText().equals(copy.toString())), "the view names the folder it shows");
        assertTrue(Ui.waitUntil(() -> view.statusText().contains("23 rules")), view.statusText());

        inWizard(wizard -> assertEquals(copy.toString(), wizard.page().folderText(), "the wizard's folder is the preference's"));

        InstanceScope.INSTANCE.getNode(RulesFolder.NODE).remove(RulesFolder.KEY);
        assertTrue(Ui.waitUntil(() -> !files(view).contains("partners.drl")), files(view).toString());
        assertEquals(shipped, view.folder());
    }

    @Test
    void theViewListsTheRuleFilesAndADoubleClickOpensOne() throws Exception {
        PlatformUI.getWorkbench().showPerspective(RuleAuthoringPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IViewPart part = Ui.page().showView(RulesFolderView.ID);
        Table table = Ui.find(part.getSite().getShell(), Table.class).stream()
                .filter(t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText(0).equals("themes.dslr"))).findFirst()
                .orElseThrow();
        List<String> rows = Arrays.stream(table.getItems()).map(i -> i.getText(0) + "=" + i.getText(1)).toList();
        // the rule files (DRL, and rules written in phrases) with their rules, the phrases, the data, the messages
        assertEquals(List.of("budget.drl=2", "coverage.drl=1", "data.dslr=4", "history.drl=5", "judgements.drl=5", "regions.drl=3", "themes.dslr=3",
                "phrases.dsl=", "kind-themes.csv=", "messages.properties=", "messages_ja.properties="), rows);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        int longest = gc.textExtent("messages_ja.properties").x;
        gc.dispose();
        assertTrue(table.getColumn(0).getWidth() > longest + 16, "the file column shows the longest name whole, beside its icon: "
                + table.getColumn(0).getWidth() + " <= " + longest);

        TableItem regions = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("regions.drl")).findFirst()
                .orElseThrow();
        table.setSelection(regions);
        table.notifyListeners(SWT.Selection, null);
        table.notifyListeners(SWT.DefaultSelection, null); // the double-click
        IEditorPart active = Ui.page().getActiveEditor();
        assertInstanceOf(DrlEditor.class, active);
        assertEquals(ShippedRules.folder().resolve("regions.drl").toAbsolutePath().normalize(),
                RuleFileLocation.of(active.getEditorInput()));
        assertTrue(Ui.waitUntil(() -> statusOf().contains("23 rules")), statusOf());
        Ui.page().closeEditor(active, false);

        TableItem matrix = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("kind-themes.csv")).findFirst()
                .orElseThrow();
        table.setSelection(matrix);
        table.notifyListeners(SWT.Selection, null);
        table.notifyListeners(SWT.DefaultSelection, null);
        IEditorPart csv = Ui.page().getActiveEditor();
        assertTrue(csv != null && csv.getTitle().equals("kind-themes.csv"), "the matrix opens: " + csv);
        Ui.page().closeEditor(csv, false);
    }

    @Test
    void openingARuleFileFromThePlanPerspectiveSwitchesToRuleAuthoring() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.grassroots.planner.ui.perspective",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        assertEquals(false, Ui.page().isEditorAreaVisible(), "the plan perspective has no editor area");
        IViewPart part = Ui.page().showView(RulesFolderView.ID);
        Table table = Ui.find(part.getSite().getShell(), Table.class).stream().filter(Table::isVisible)
                .filter(t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText(0).equals("themes.dslr"))).findFirst()
                .orElseThrow();
        table.setSelection(Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("themes.dslr")).findFirst()
                .orElseThrow());
        table.notifyListeners(SWT.DefaultSelection, null);
        assertEquals(RuleAuthoringPerspective.ID, Ui.page().getPerspective().getId());
        IEditorPart active = Ui.page().getActiveEditor();
        assertInstanceOf(DrlEditor.class, active);
        assertTrue(Ui.waitUntil(() -> ((DrlEditor) active).viewer().getTextWidget().getSize().x > 200),
                "the editor has room: " + ((DrlEditor) active).viewer().getTextWidget().getSize());
        Ui.page().closeEditor(active, false);
    }

    private static String statusOf() {
        return RulesFolderView.shown().stream().map(RulesFolderView::statusText).findFirst().orElse("");
    }

    @Test
    void theNewRuleFileWizardCreatesARuleFileThatCompilesAndOpensIt() throws Exception {
        NewRuleFileWizard wizard = finishWizard(page -> page.fill(dir, "partners", "Partners of the initiatives", "PARTNER-NONE"));
        Path created = dir.resolve("partners.drl");
        assertEquals(created, wizard.created());
        String text = Files.readString(created, StandardCharsets.UTF_8);
        assertTrue(text.contains("package rules.partners"), text);
        assertTrue(text.contains("rule \"PARTNER-NONE\""), text);
        RuleSet compiled = RuleEngine.compile(dir);
        assertEquals(List.of("PARTNER-NONE"), compiled.ruleIds());
        IEditorPart active = Ui.page().getActiveEditor();
        assertInstanceOf(DrlEditor.class, active);
        assertEquals(created.toAbsolutePath().normalize(), RuleFileLocation.of(active.getEditorInput()));
        Ui.page().closeEditor(active, false);
    }

    @Test
    void theNewRuleFileWizardWritesARuleInJapanesePhrasesThatCompiles() throws Exception {
        Files.copy(ShippedRules.folder().resolve("phrases.dsl"), dir.resolve("phrases.dsl"));
        NewRuleFileWizard wizard = finishWizard(page -> {
            page.fill(dir, "partners", "連携先", "PARTNER-NONE-JA");
            page.writeIn(1);
        });
        Path created = dir.resolve("partners.dslr");
        assertEquals(created, wizard.created());
        String text = Files.readString(created, StandardCharsets.UTF_8);
        assertTrue(text.contains("rule \"PARTNER-NONE-JA\" @severity(warning)"), text);
        assertTrue(text.contains("今年度の案件\n    - パートナーがいない\nthen\n    指摘する"), text);
        RuleSet compiled = RuleEngine.compile(dir);
        assertEquals(List.of("PARTNER-NONE-JA"), compiled.ruleIds());
        IEditorPart active = Ui.page().getActiveEditor();
        assertInstanceOf(DrlEditor.class, active);
        assertEquals(org.grassroots.planner.drl.editor.RuleFileKind.DSLR, ((DrlEditor) active).kind());
        Ui.page().closeEditor(active, false);
    }

    /** Opens the New Rule File wizard, fills its page as a rule author would, and finishes it. */
    private static NewRuleFileWizard finishWizard(java.util.function.Consumer<org.grassroots.planner.drl.editor.folder.NewRuleFilePage> fill) {
        return inWizard(wizard -> {
            fill.accept(wizard.page());
            assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
            assertTrue(wizard.performFinish());
        });
    }

    /** Opens the New Rule File wizard in its dialog, does this with it, and closes the dialog. */
    private static NewRuleFileWizard inWizard(java.util.function.Consumer<NewRuleFileWizard> action) {
        NewRuleFileWizard wizard = new NewRuleFileWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            action.accept(wizard);
        } finally {
            dialog.close();
        }
        return wizard;
    }
}
