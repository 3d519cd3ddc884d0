package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.ui.imports.ImportFilePage;
import org.grassroots.planner.ui.imports.ImportPlanWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import wizard shows what a file holds and every problem in it, and imports only a clean file. */
class ImportWizardTest {
    private static final String HEADER = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,format,"
            + "start_date,end_date,budget_jpy,status\n";

    @TempDir
    Path dir;

    private static Button button(WizardDialog dialog, int id) {
        return Workbench.find(dialog.getShell(), Button.class).stream()
                .filter(b -> b.getData() != null && b.getData().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFileWithProblemsListsThemAndCannotBeImported_aCleanOneIs() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "WIZ-001,2023,cg-chicago,ウィザード1,,other,digital,IL,,,,,100000,draft\n"
                + "WIZ-002,2023,cg-nowhere,ウィザード2,,other,digital,IL,,,,,100000,draft\n"
                + "WIZ-003,2023,cg-chicago,ウィザード3,,other,digital,IL,,,2023-02-30,,100000,draft\n", StandardCharsets.UTF_8);
        Path good = Files.writeString(dir.resolve("good.csv"), HEADER
                + "WIZ-001,2023,cg-chicago,ウィザード1,,other,digital,IL,,,,,100000,draft\n"
                + "WIZ-002,2023,cg-chicago,ウィザード2,,other,digital,IN,,,,,200000,draft\n", StandardCharsets.UTF_8);
        Workbench.session().discard().join();
        ImportPlanWizard wizard = new ImportPlanWizard(Workbench.session());
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ImportFilePage page = wizard.page();
            page.fileField().setText(bad.toString());
            page.read();
            assertEquals("CSV", page.formatLabel().getText());
            Table problems = page.problemsTable().getTable();
            assertEquals(2, problems.getItemCount());
            assertEquals("3", problems.getItem(0).getText(0));
            assertEquals("mission", problems.getItem(0).getText(2));
            assertEquals("4", problems.getItem(1).getText(0));
            assertEquals("start_date", problems.getItem(1).getText(2));
            // the row that reads stays in view beside the problems (a preview only: Finish stays off)
            assertEquals(1, page.previewTable().getTable().getItemCount());
            assertEquals("WIZ-001", page.previewTable().getTable().getItem(0).getText(1));
            assertFalse(button(dialog, IDialogConstants.FINISH_ID).isEnabled());
            assertTrue(page.getErrorMessage().startsWith("2 problems"), page.getErrorMessage());

            page.fileField().setText(good.toString());
            page.read();
            assertEquals(0, page.problemsTable().getTable().getItemCount());
            Table preview = page.previewTable().getTable();
            assertEquals(2, preview.getItemCount());
            assertEquals("2", preview.getItem(0).getText(0), "the line of the first initiative");
            assertEquals("WIZ-001", preview.getItem(0).getText(1));
            assertNull(page.getErrorMessage());
            assertTrue(button(dialog, IDialogConstants.FINISH_ID).isEnabled());
            button(dialog, IDialogConstants.FINISH_ID).notifyListeners(org.eclipse.swt.SWT.Selection,
                    new org.eclipse.swt.widgets.Event());
            wizard.job().join();
            Workbench.settle();
            assertEquals(IStatus.OK, wizard.job().getResult().getSeverity());
            assertTrue(Workbench.session().snapshot().initiatives().stream().anyMatch(i -> i.getId().equals("WIZ-002")));
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            try (PlanStore store = Workbench.store()) {
                store.delete(List.of("WIZ-001", "WIZ-002"));
            }
        }
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        List<Initiative> big = PlanGenerator.generate(100_000, 7, 2031);
        Job job = Workbench.session().importPlan(new ImportedPlan("generated.csv", big, java.util.Map.of()));
        assertTrue(Workbench.waitUntil(() -> job.getState() == Job.RUNNING || job.getResult() != null));
        job.cancel();
        job.join();
        Workbench.settle();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        try (PlanStore store = Workbench.store()) {
            assertFalse(store.fiscalYears().contains(2031), "nothing of the cancelled import was stored");
        }
    }
}
