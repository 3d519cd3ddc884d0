package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.ui.plan.HistoryPart;
import org.grassroots.planner.ui.plan.ReferencePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history shows the store's years and the source's figures; the reference shows each priority state's figures. */
class HistoryAndReferenceTest {

    @TempDir
    Path dir;

    private static Table table(String viewId, Object part) {
        return Workbench.widget(viewId, Table.class);
    }

    private static TableItem row(Table table, String first) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).startsWith(first)).findFirst().orElseThrow();
    }

    @Test
    void historyShowsTheStoresYearAndTheSourcesFigures() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        Workbench.session().showYear(2023).join();
        Workbench.settle();
        HistoryPart history = Workbench.show(HistoryPart.ID, HistoryPart.class);
        Table table = table(HistoryPart.ID, history);
        assertEquals("FY2017 (平成29年度)", table.getItem(0).getText(0));
        TableItem fy2021 = row(table, "FY2021");
        assertEquals("97", fy2021.getText(1));
        assertEquals("\u2248 239,000,000", fy2021.getText(2));
        assertTrue(fy2021.getText(3).contains("MOFA"), fy2021.getText(3));
        assertEquals("\u2013", row(table, "FY2019").getText(1));
        TableItem fy2023 = row(table, "FY2023");
        assertEquals(Integer.toString(Workbench.session().countsByYear().get(2023)), fy2023.getText(1));
        assertEquals("the plan in the database", fy2023.getText(3));
    }

    @Test
    void referenceShowsThePriorityStatesWithTheirFigures() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        Workbench.session().showYear(2023).join();
        Workbench.settle();
        ReferencePart reference = Workbench.show(ReferencePart.ID, ReferencePart.class);
        Table table = table(ReferencePart.ID, reference);
        assertEquals("220,000,000", row(table, "Budget cap").getText(1));
        TableItem california = row(table, "Priority state CA California");
        assertEquals("124,700 (2019)", california.getText(1));
        assertTrue(california.getText(2).contains("BEA"));
    }
}
