package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.ui.commands.PlanHandlers;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a planner used to Excel does in the initiatives view: copy, paste, Delete, typing in cells, columns, filters. */
class ExcelHabitsTest {
    @TempDir
    Path dir;
    private InitiativesPart part;
    private Table table;

    private static Initiative find(String id) {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElse(null);
    }

    @BeforeEach
    void open() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        table = Workbench.widget(InitiativesPart.ID, Table.class);
    }

    @AfterEach
    void discard() throws Exception {
        Workbench.session().discard().join();
        Workbench.settle();
    }

    private void select(String... ids) {
        List<Initiative> rows = part.shownRows();
        table.setSelection(Arrays.stream(ids).mapToInt(id -> rows.indexOf(find(id))).toArray());
        table.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void copiedRowsPasteBackAsOneUndoableEdit() throws Exception {
        select("SAMPLE-002", "SAMPLE-003");
        table.setFocus();
        Workbench.command("org.eclipse.ui.edit.copy");
        String copied = Workbench.clipboard();
        String[] lines = copied.split("\r\n");
        assertEquals(3, lines.length, copied);
        assertTrue(lines[0].startsWith("id\tfiscal_year\tmission\ttitle_ja\t"), lines[0]);
        assertTrue(lines[1].startsWith("SAMPLE-002\t2023\t"), lines[1]);

        // edited in Excel: a budget changed, a row copied under a new id
        long budget = find("SAMPLE-002").getBudgetJpy();
        String[] cells = lines[1].split("\t", -1);
        cells[12] = Long.toString(budget + 1_000);
        String edited = lines[0] + "\r\n" + String.join("\t", cells) + "\r\n" + lines[2].replace("SAMPLE-003", "PASTE-003")
                + "\r\n";
        Workbench.clipboard(edited);
        Workbench.command("org.eclipse.ui.edit.paste");
        assertEquals(budget + 1_000, find("SAMPLE-002").getBudgetJpy());
        assertNotNull(find("PASTE-003"));
        assertEquals(find("SAMPLE-003").getTitleJa(), find("PASTE-003").getTitleJa());

        Workbench.command("org.eclipse.ui.edit.undo"); // one step takes both back
        assertEquals(budget, find("SAMPLE-002").getBudgetJpy());
        assertNull(find("PASTE-003"));

        // a pasted row that does not pass the import's checks: nothing at all is taken
        String refused = PlanHandlers.paste(Workbench.session(),
                String.join("\t", cells).replace("emb-washington", "cg-nowhere") + "\r\n");
        assertTrue(refused != null && refused.contains("clipboard:1:3: mission: unknown mission code \"cg-nowhere\""), refused);
        assertEquals(budget, find("SAMPLE-002").getBudgetJpy());
    }

    @Test
    void theDeleteKeyDeletesTheSelectedRowsUndoably() throws Exception {
        select("ONE-001");
        table.getShell().forceActive();
        table.setFocus();
        Workbench.pressKey(SWT.DEL);
        assertNull(find("ONE-001"), "deleted");
        Workbench.press(SWT.CTRL, 'z');
        assertNotNull(find("ONE-001"), "back after Ctrl+Z");
    }

    @Test
    void aCellTakesTheBudgetWithTheFormsChecks() throws Exception {
        Initiative one = find("ONE-001");
        part.editCell(one, "budget_jpy");
        Text cell = Workbench.find(table, Text.class).stream().filter(t -> t.isVisible()).findFirst().orElseThrow();
        cell.setText("1.5 million");
        assertEquals("The budget is not a whole number of yen", part.editProblemText());
        cell.setText("2,500,000");
        assertNull(part.editProblemText());
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.settle();
        assertEquals(2_500_000L, find("ONE-001").getBudgetJpy());
        Workbench.command("org.eclipse.ui.edit.undo");
        assertEquals(one.getBudgetJpy(), find("ONE-001").getBudgetJpy());

        part.editCell(one, "start_date");
        cell = Workbench.find(table, Text.class).stream().filter(t -> t.isVisible()).findFirst().orElseThrow();
        cell.setText("2023-13-45");
        assertEquals("A date is not yyyy-mm-dd", part.editProblemText());
        cell.setText("2023-10-01");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.settle();
        assertEquals(java.time.LocalDate.of(2023, 10, 1), find("ONE-001").getStartDate());
    }

    @Test
    void columnsShowAndHideAndFiltersNarrowTheRows() throws Exception {
        MenuItem themes = Arrays.stream(part.columnsMenu().getItems()).filter(i -> i.getText().equals("Themes")).findFirst()
                .orElseThrow();
        TableColumn column = Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("Themes")).findFirst().orElseThrow();
        assertEquals(0, column.getWidth(), "hidden at first");
        themes.setSelection(true);
        themes.notifyListeners(SWT.Selection, new Event());
        assertTrue(column.getWidth() > 0, "shown");
        int index = Arrays.asList(table.getColumns()).indexOf(column);
        int row = part.shownRows().indexOf(find("ONE-001"));
        assertEquals("climate-energy, dgc-agriculture", table.getItem(row).getText(index));
        themes.setSelection(false);
        themes.notifyListeners(SWT.Selection, new Event());
        assertEquals(0, column.getWidth());

        Combo mission = Workbench.widget(InitiativesPart.ID, Combo.class);
        assertEquals("All missions", mission.getItem(0));
        int total = Workbench.session().snapshot().initiatives().size();
        try {
            mission.select(Arrays.asList(mission.getItems()).indexOf("CG Chicago"));
            mission.notifyListeners(SWT.Selection, new Event());
            assertTrue(part.shownRows().stream().allMatch(i -> i.getMission().equals("cg-chicago")));
            assertTrue(part.shownRows().contains(find("ONE-001")));
            assertTrue(part.summaryText().contains(part.shownRows().size() + " of " + total + " initiatives shown"),
                    part.summaryText());
        } finally {
            mission.select(0);
            mission.notifyListeners(SWT.Selection, new Event());
        }
        assertEquals(total, part.shownRows().size());
    }

    @Test
    void f2EditsTheSelectedInitiativesTitleInItsCell() throws Exception {
        Initiative one = find("ONE-001");
        select("ONE-001");
        table.getShell().forceActive();
        table.setFocus();
        Workbench.pressKey(SWT.F2);
        assertTrue(part.viewer().isCellEditorActive(), "F2 opens the cell");
        Text cell = Workbench.find(table, Text.class).stream().filter(t -> t.isVisible()).findFirst().orElseThrow();
        assertEquals(one.getTitleEn(), cell.getText(), "the title's cell (the column shown in the planner's language)");
        cell.setText("Caravan, typed after F2");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.settle();
        assertEquals("Caravan, typed after F2", find("ONE-001").getTitleEn());
        assertEquals(one.getTitleJa(), find("ONE-001").getTitleJa());
        Workbench.command("org.eclipse.ui.edit.undo");
        assertEquals(one.getTitleEn(), find("ONE-001").getTitleEn());
        assertNotNull(Workbench.menuItem("Edit", "Edit Cell"), "F2 is in the Edit menu too");
    }

    @Test
    void theColumnsShownAreRememberedWhenTheViewOpensAgain() throws Exception {
        org.eclipse.core.runtime.preferences.IEclipsePreferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(org.grassroots.planner.ui.app.PlannerPreferences.NODE);
        try {
            for (String name : List.of("Themes", "Start (yyyy-mm-dd)")) {
                MenuItem item = Arrays.stream(part.columnsMenu().getItems()).filter(i -> i.getText().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " in " + Arrays.stream(part.columnsMenu().getItems())
                                .map(MenuItem::getText).toList()));
                item.setSelection(true);
                item.notifyListeners(SWT.Selection, new Event());
            }
            assertEquals("themes,start_date", node.get(InitiativesPart.COLUMNS, null), "kept in the preferences at once");

            // the view closed and opened again: a new part, made from what was kept
            org.eclipse.ui.IWorkbenchPage page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.hideView(page.findView(InitiativesPart.ID));
            Workbench.settle();
            assertEquals(null, page.findView(InitiativesPart.ID), "closed");
            InitiativesPart again = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
            assertTrue(again != part, "a new part");
            Table shown = Workbench.widget(InitiativesPart.ID, Table.class);
            List<String> wide = Arrays.stream(shown.getColumns()).filter(c -> c.getWidth() > 0).map(TableColumn::getText).toList();
            assertTrue(wide.contains("Themes") && wide.contains("Start (yyyy-mm-dd)"), wide.toString());
            assertTrue(!wide.contains("Partners (;)") && !wide.contains("End (yyyy-mm-dd)"), wide.toString());
            MenuItem themes = Arrays.stream(again.columnsMenu().getItems()).filter(i -> i.getText().equals("Themes")).findFirst()
                    .orElseThrow();
            assertTrue(themes.getSelection(), "checked in the header's menu");
            // and hidden again by the planner: forgotten
            for (MenuItem item : again.columnsMenu().getItems()) {
                item.setSelection(false);
                item.notifyListeners(SWT.Selection, new Event());
            }
            assertEquals("", node.get(InitiativesPart.COLUMNS, null));
        } finally {
            // the other tests start from hidden columns
            InitiativesPart shown = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
            for (MenuItem item : shown.columnsMenu().getItems()) {
                if (item.getSelection()) {
                    item.setSelection(false);
                    item.notifyListeners(SWT.Selection, new Event());
                }
            }
            node.remove(InitiativesPart.COLUMNS);
            node.flush();
        }
    }

    @Test
    void aBadPasteFromExcelIsRefusedInADialogNamingLineAndColumnAndChangesNothing() throws Exception {
        select("ONE-001");
        table.getShell().forceActive();
        table.setFocus();
        Workbench.command("org.eclipse.ui.edit.copy");
        String[] lines = Workbench.clipboard().split("\r\n");
        String good = lines[1].replace("ONE-001", "PASTE-OK");
        // line 3 of what Excel copied (under the header and a good row): a budget that is not a number, in column 13
        String[] cells = lines[1].split("\t", -1);
        cells[12] = "lots";
        String bad = String.join("\t", cells);
        Workbench.clipboard(lines[0] + "\r\n" + good + "\r\n" + bad + "\r\n");
        List<Initiative> before = Workbench.session().snapshot().initiatives();
        Object undoable = org.grassroots.planner.ui.edit.PlanOperations.undoable();

        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        java.util.concurrent.atomic.AtomicReference<String> said = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> title = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                if (shell.getData() instanceof org.eclipse.jface.dialogs.MessageDialog dialog && shell.isVisible()) {
                    title.set(shell.getText());
                    said.set(Workbench.find(shell, org.eclipse.swt.widgets.Label.class).stream()
                            .map(org.eclipse.swt.widgets.Label::getText).reduce("", (a, b) -> a + "\n" + b));
                    try {
                        Workbench.screenshot(shell, "dialog-paste-refused-en.png");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    dialog.close();
                    return;
                }
            }
            display.timerExec(200, look[0]);
        };
        display.timerExec(500, look[0]);
        Workbench.command("org.eclipse.ui.edit.paste");
        assertTrue(Workbench.waitUntil(() -> said.get() != null), "the paste was refused in a dialog");
        assertEquals("Paste rows", title.get());
        assertTrue(said.get().contains("Nothing was pasted"), said.get());
        assertTrue(said.get().contains("clipboard:3:13:"), "the line and the column: " + said.get());
        assertTrue(said.get().contains("budget_jpy"), said.get());
        assertEquals(before, Workbench.session().snapshot().initiatives(), "nothing taken, not even the good row");
        assertNull(find("PASTE-OK"));
        assertEquals(undoable, org.grassroots.planner.ui.edit.PlanOperations.undoable(), "no step to undo was added");
    }
}
