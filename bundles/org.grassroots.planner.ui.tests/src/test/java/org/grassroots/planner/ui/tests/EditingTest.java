package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.ui.edit.InitiativeDialog;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The initiative form checks what the planner types; saves and deletions undo and redo. */
class EditingTest {

    @TempDir
    Path dir;

    private static Initiative one() {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals("ONE-001")).findFirst()
                .orElse(null);
    }

    @Test
    void theFormRefusesABadDateAndGivesBackTheEditedInitiative() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        InitiativeDialog dialog = new InitiativeDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                one(), false);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button ok = Workbench.find(dialog.getShell(), Button.class).stream()
                    .filter(b -> b.getData() != null && b.getData().equals(IDialogConstants.OK_ID)).findFirst().orElseThrow();
            assertTrue(ok.isEnabled());
            dialog.type("Start (yyyy-mm-dd)", "2023-13-45");
            assertFalse(ok.isEnabled());
            assertEquals("A date is not yyyy-mm-dd", dialog.getErrorMessage());
            dialog.type("Start (yyyy-mm-dd)", "2023-09-01");
            dialog.type("Budget (JPY)", "2,000,000");
            assertTrue(ok.isEnabled());
            assertNull(dialog.getErrorMessage());
            ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertNotNull(dialog.result());
            assertEquals(2_000_000L, dialog.result().getBudgetJpy());
            assertEquals(one().getStates(), dialog.result().getStates());
        } finally {
            dialog.close();
        }
    }

    @Test
    void anEditUndoesAndRedoes() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Initiative before = one();
        Initiative after = before.toBuilder().titleEn("Caravan, edited").build();
        PlanOperations.save(Workbench.session(), before, after);
        Workbench.settle();
        assertEquals("Caravan, edited", one().getTitleEn());

        PlanOperations.history().undo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertEquals(before.getTitleEn(), one().getTitleEn());

        PlanOperations.history().redo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertEquals("Caravan, edited", one().getTitleEn());
    }

    @Test
    void aDeletionUndoes() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Initiative before = one();
        PlanOperations.delete(Workbench.session(), java.util.List.of(before));
        Workbench.settle();
        assertNull(one());
        PlanOperations.history().undo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertEquals(before, one());
    }
}
