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
}
