package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.ui.app.AboutAction;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The initiatives view of the real workbench, after a CSV import through the importer service. */
class InitiativesViewTest {

    @TempDir
    Path dir;

    @Test
    void showsTheImportedRowWithItsFinding() throws Exception {
        Path csv = dir.resolve("one-row.csv");
        try (InputStream in = ReferenceData.openSample("one-row.csv")) {
            Files.copy(in, csv);
        }
        Workbench.settle();
        Workbench.session().importPlan(csv).join();
        Workbench.settle();

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IViewPart view = window.getActivePage().showView(InitiativesPart.ID);
        assertNotNull(view);
        Table table = Workbench.find(window.getShell(), Table.class).stream()
                .filter(t -> Arrays.stream(t.getColumns()).map(TableColumn::getText).anyMatch("Worst finding"::equals))
                .findFirst().orElseThrow();
        assertTrue(Workbench.waitUntil(() -> row(table, "ONE-001") != null), "the imported row is shown");
        TableItem row = row(table, "ONE-001");
        int findingColumn = Arrays.asList(table.getColumns()).indexOf(Arrays.stream(table.getColumns())
                .filter(c -> c.getText().equals("Worst finding")).findFirst().orElseThrow());
        assertEquals("CG Chicago", row.getText(1));
        // North Dakota has no Japanese mission: an outreach state, so the caravan's worst finding is its missing partner
        assertTrue(row.getText(findingColumn).startsWith("AP2-NO-PARTNER: ONE-001 has no partner"),
                row.getText(findingColumn));
    }

    @Test
    void windowTitleAndAboutNameTheProductAndItsVersion() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertEquals("Grassroots Planner \u2014 Fiscal-year plan", window.getShell().getText());
        assertTrue(AboutAction.text().startsWith("Grassroots Planner 0.1.0."), AboutAction.text());
    }

    private static TableItem row(Table table, String id) {
        return Arrays.stream(table.getItems()).filter(i -> id.equals(i.getText(0))).findFirst().orElse(null);
    }
}
