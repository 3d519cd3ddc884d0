package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.ui.app.PlannerPreferences;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.plan.BudgetPart;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One UI model: the menus are commands the planner reaches (File ends with Exit, Window › Show View reopens a
 * closed view, Preferences opens on the planner's page), and the keys Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and
 * redo in the planning views, never across an import.
 */
class UiModelTest {

    @TempDir
    Path dir;

    private static Initiative one() {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals("ONE-001")).findFirst()
                .orElse(null);
    }

    @Test
    void exitIsTheLastItemOfTheFileMenu() {
        MenuItem file = Workbench.menuItem("File");
        List<MenuItem> items = Workbench.items(file.getMenu());
        List<String> labels = items.stream().map(Workbench::label).toList();
        assertEquals("Exit", labels.get(labels.size() - 1), labels.toString());
        assertTrue(labels.containsAll(List.of("Save", "Save All", "Import Plan...", "Export Plan...")), labels.toString());
    }

    @Test
    void aClosedViewOpensAgainFromWindowShowView() throws Exception {
        Workbench.show(BudgetPart.ID, BudgetPart.class);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.hideView(page.findView(BudgetPart.ID));
        Workbench.settle();
        assertNull(page.findView(BudgetPart.ID), "closed");
        Workbench.click(Workbench.menuItem("Window", "Show View", "Budget"));
        assertNotNull(page.findView(BudgetPart.ID), "open again");
        assertNotNull(Workbench.menuItem("Window", "Reset Perspective..."));
        assertNotNull(Workbench.menuItem("Help", "About Grassroots Planner"));
    }

    @Test
    void preferencesOpenOnThePlannersPage() throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<Object> page = new AtomicReference<>();
        display.timerExec(1500, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.getData() instanceof PreferenceDialog dialog) {
                    page.set(dialog.getSelectedPage());
                    dialog.close();
                }
            }
        });
        Workbench.click(Workbench.menuItem("Window", "Preferences..."));
        Workbench.waitUntil(() -> page.get() != null);
        assertTrue(page.get() instanceof PlannerPreferences, String.valueOf(page.get()));
    }

    @Test
    void ctrlZAndCtrlYUndoAndRedoInTheInitiativesView() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Table table = Workbench.widget(InitiativesPart.ID, Table.class);
        Initiative before = one();
        PlanOperations.save(Workbench.session(), before, before.toBuilder().titleEn("Caravan, edited").build());
        Workbench.settle();
        assertEquals("Caravan, edited", one().getTitleEn());
        table.getShell().forceActive();
        table.setFocus();

        Workbench.press(SWT.CTRL, 'z');
        assertEquals(before.getTitleEn(), one().getTitleEn(), "Ctrl+Z undoes");
        Workbench.press(SWT.CTRL, 'y');
        assertEquals("Caravan, edited", one().getTitleEn(), "Ctrl+Y redoes");
        Workbench.press(SWT.CTRL, 'z');
        assertEquals(before.getTitleEn(), one().getTitleEn());
        Workbench.press(SWT.CTRL | SWT.SHIFT, 'z');
        assertEquals("Caravan, edited", one().getTitleEn(), "Ctrl+Shift+Z redoes");
        Workbench.session().discard().join();
        Workbench.settle();
    }

    @Test
    void undoDoesNotReachBackAcrossAnImport() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Initiative before = one();
        PlanOperations.save(Workbench.session(), before, before.toBuilder().titleEn("Caravan, edited").build());
        Workbench.settle();
        Workbench.session().save().join();
        Workbench.settle();
        assertNotNull(PlanOperations.undoable());
        // a re-import: the plan is the file's again, and the edit before it is not undone behind the planner's back
        Workbench.session().importPlan(Workbench.sample(dir, "one-row.csv")).join();
        Workbench.settle();
        assertNull(PlanOperations.undoable(), "nothing to undo after an import");
        MenuItem undo = Workbench.menuItem("Edit", "Undo");
        assertFalse(undo.isEnabled(), "Edit › Undo is greyed");
        String title = one().getTitleEn();
        Workbench.click(undo);
        assertEquals(title, one().getTitleEn());
    }

    @Test
    void undoDoesNotReachBackAcrossACopyToTheNextYearNorAnotherYear() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        int year = Workbench.session().snapshot().fiscalYear();
        Initiative before = one();
        PlanOperations.save(Workbench.session(), before, before.toBuilder().titleEn("Caravan, edited").build());
        Workbench.settle();
        Workbench.session().save().join();
        Workbench.settle();
        assertNotNull(PlanOperations.undoable());
        // Plan › Copy as next year's draft (FY+1 shown, or refused when it exists): the edit of the year before stays
        Workbench.session().copyToNextYear().join();
        Workbench.settle();
        assertNull(PlanOperations.undoable(), "nothing to undo after a copy to the next year");
        assertFalse(Workbench.menuItem("Edit", "Undo").isEnabled(), "Edit › Undo is greyed");
        Workbench.session().showYear(year).join();
        Workbench.settle();
        assertNull(PlanOperations.undoable(), "nor back in the year of the edit");
        MenuItem undo = Workbench.menuItem("Edit", "Undo");
        assertFalse(undo.isEnabled(), "Edit › Undo is greyed in the year of the edit too");
        Workbench.click(undo);
        assertEquals("Caravan, edited", one().getTitleEn(), "the edit stays, rewritten by no undo");
    }

    @Test
    void aReferenceEditUndoes() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        FiscalYearReference before = Workbench.session().snapshot().reference();
        FiscalYearReference after = new FiscalYearReference(before.getFiscalYear(), 1_000_000L, before.getMissionShareMax(),
                before.getPriorityThemes(), before.getPriorityStates(), before.getMissions());
        PlanOperations.saveReference(Workbench.session(), before, after);
        Workbench.settle();
        assertEquals(1_000_000L, Workbench.session().snapshot().reference().getBudgetCapJpy());
        Workbench.click(Workbench.menuItem("Edit", "Undo Edit reference data"));
        assertEquals(before.getBudgetCapJpy(), Workbench.session().snapshot().reference().getBudgetCapJpy());
    }

    @Test
    void helpHasAUserGuideInsideTheProductInBothLanguagesWithItsScreenshots() throws Exception {
        assertNotNull(Workbench.menuItem("Help", "User Guide"));
        for (boolean japanese : new boolean[] { true, false }) {
            Path page = org.grassroots.planner.ui.commands.PlanHandlers.guide(japanese);
            assertNotNull(page, "the guide's page is in the product");
            String html = java.nio.file.Files.readString(page);
            assertTrue(html.contains(japanese ? "\u8a08\u753b\u62c5\u5f53\u8005\u306e\u4e00\u5e74" : "A planner's year"));
            assertTrue(html.contains(japanese ? "\u30eb\u30fc\u30eb\u4f5c\u6210\u8005\u306e\u4ed5\u4e8b" : "A rule author's work"));
            java.util.regex.Matcher images = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
            int count = 0;
            while (images.find()) {
                count++;
                Path image = page.getParent().resolve(images.group(1));
                assertTrue(java.nio.file.Files.isRegularFile(image), images.group(1));
                // a palette PNG (IHDR colour type 3), as releng/help-images.sh writes it: a screenshot in full colour
                // is three times the bytes in the product's archive (issue 17)
                byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(image), 26);
                assertEquals("IHDR", new String(head, 12, 4, java.nio.charset.StandardCharsets.US_ASCII), images.group(1));
                assertEquals(3, head[25], images.group(1) + " is not a palette PNG: run releng/help-images.sh");
            }
            assertTrue(count >= 3, "screenshots in the guide: " + count);
        }
    }
}
