package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The columns a planner shows are there again after the workbench is closed and started anew. The ui.tests pom
 * runs this class twice, each time a workbench of its own on one workspace: first ({@code planner.test.restart=choose})
 * the planner shows two columns and the workbench closes; then ({@code =check}) a new workbench, in a new JVM,
 * opens the initiatives view with those two columns shown, and the planner hides them again.
 */
class ColumnsAcrossRestartTest {
    private static final List<String> CHOSEN = List.of("Partners (;)", "End (yyyy-mm-dd)");

    private static String phase() {
        return System.getProperty("planner.test.restart", "");
    }

    /** @return the workspace's file of the ui bundle's preferences, where Eclipse keeps them between runs */
    private static Path prefsFile() {
        return PlanStore.workspaceFolder().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings")
                .resolve(org.grassroots.planner.ui.app.PlannerPreferences.NODE + ".prefs");
    }

    private static MenuItem item(InitiativesPart part, String name) {
        return Arrays.stream(part.columnsMenu().getItems()).filter(i -> i.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + Arrays.stream(part.columnsMenu().getItems())
                        .map(MenuItem::getText).toList()));
    }

    private static List<String> wide() {
        Table table = Workbench.widget(InitiativesPart.ID, Table.class);
        return Arrays.stream(table.getColumns()).filter(c -> c.getWidth() > 0).map(TableColumn::getText).toList();
    }

    @Test
    void thePlannerShowsTwoColumnsBeforeTheWorkbenchCloses() throws Exception {
        Assumptions.assumeTrue("choose".equals(phase()), "the first of the two runs only");
        InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Workbench.settle();
        assertTrue(wide().stream().noneMatch(CHOSEN::contains), "hidden at first: " + wide());
        for (String name : CHOSEN) {
            MenuItem item = item(part, name);
            item.setSelection(true);
            item.notifyListeners(SWT.Selection, new Event());
        }
        assertTrue(wide().containsAll(CHOSEN), wide().toString());
        // written to the workspace at once, not only when the workbench closes (a crash keeps the choice too)
        assertTrue(Files.readString(prefsFile()).contains(InitiativesPart.COLUMNS + "=partners,end_date"),
                Files.readString(prefsFile()));
    }

    @Test
    void aNewWorkbenchShowsThemAndThePlannerHidesThemAgain() throws Exception {
        Assumptions.assumeTrue("check".equals(phase()), "the second of the two runs only");
        InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Workbench.settle();
        assertTrue(wide().containsAll(CHOSEN), "shown after the restart: " + wide());
        assertTrue(wide().stream().noneMatch(List.of("Themes", "Start (yyyy-mm-dd)")::contains), wide().toString());
        for (String name : CHOSEN) {
            MenuItem item = item(part, name);
            assertTrue(item.getSelection(), name + " checked in the header's menu");
            item.setSelection(false);
            item.notifyListeners(SWT.Selection, new Event());
        }
        assertTrue(wide().stream().noneMatch(CHOSEN::contains), wide().toString());
        assertTrue(Files.readString(prefsFile()).contains(InitiativesPart.COLUMNS + "="), Files.readString(prefsFile()));
        assertEquals(-1, Files.readString(prefsFile()).indexOf("partners,end_date"), "forgotten: the Japanese run starts from hidden columns");
    }
}
