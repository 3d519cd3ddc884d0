package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.ui.edit.ReferenceDialog;
import org.grassroots.planner.ui.plan.ReferencePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner edits the year's reference; the store keeps it and the rules judge the plan by it. */
class ReferenceEditTest {

    @TempDir
    Path dir;

    private static boolean outsidePriority() {
        return Workbench.session().snapshot().findings().stream()
                .anyMatch(f -> f.getRule().equals("REGION-OUTSIDE-PRIORITY") && "ONE-001".equals(f.getInitiative()));
    }

    private static boolean uncovered(String state) {
        return Workbench.session().snapshot().findings().stream()
                .anyMatch(f -> f.getRule().equals("COVERAGE-UNCOVERED-STATE") && state.equals(f.getState()));
    }

    @Test
    void anEditedCapAndPriorityStateAreKeptAndJudgeThePlan() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Workbench.session().showYear(2023).join();
        Workbench.settle();
        FiscalYearReference shipped = Workbench.session().snapshot().reference();
        assertFalse(outsidePriority(), "North Dakota has no Japanese mission: an outreach state, not outside the priorities");
        assertFalse(uncovered("SD"), "South Dakota is not a priority state of FY2023");
        ReferencePart part = Workbench.show(ReferencePart.ID, ReferencePart.class);
        ReferenceDialog dialog = new ReferenceDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), shipped);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button ok = Workbench.find(dialog.getShell(), Button.class).stream()
                    .filter(b -> b.getData() != null && b.getData().equals(IDialogConstants.OK_ID)).findFirst().orElseThrow();
            dialog.capField().setText("zero");
            assertFalse(ok.isEnabled());
            dialog.capField().setText("1000000");
            assertTrue(ok.isEnabled());
            Table states = dialog.stateTable();
            TableItem sd = Arrays.stream(states.getItems()).filter(i -> i.getText(0).startsWith("SD")).findFirst().orElseThrow();
            assertFalse(sd.getChecked(), "South Dakota is not a priority state of FY2023");
            sd.setChecked(true);
            ok.notifyListeners(SWT.Selection, new Event());
            Workbench.session().saveReference(dialog.result()).join();
            Workbench.settle();

            var s = Workbench.session().snapshot();
            assertEquals(1_000_000L, s.reference().getBudgetCapJpy());
            assertTrue(s.reference().getPriorityStates().contains("SD"));
            assertTrue(uncovered("SD"), "South Dakota is a priority state now, and no initiative targets it");
            Table shown = Workbench.widget(ReferencePart.ID, Table.class);
            assertEquals("1,000,000", shown.getItem(0).getText(1));
            try (PlanStore store = Workbench.store()) {
                assertEquals(1_000_000L, store.reference(2023).orElseThrow().getBudgetCapJpy());
            }
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            Workbench.session().saveReference(shipped).join();
            Workbench.settle();
        }
    }
}
