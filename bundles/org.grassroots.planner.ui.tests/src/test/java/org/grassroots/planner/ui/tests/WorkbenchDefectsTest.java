package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.ui.edit.InitiativeDialog;
import org.grassroots.planner.ui.imports.ImportFilePage;
import org.grassroots.planner.ui.imports.ImportPlanWizard;
import org.grassroots.planner.ui.plan.FindingsPart;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The defects a new user met in the workbench (issue 16), each driven through the real widgets. */
class WorkbenchDefectsTest {
    private static final String HEADER = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,format,"
            + "start_date,end_date,budget_jpy,status\n";

    @TempDir
    Path dir;

    private static Initiative find(String id) {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElse(null);
    }

    private static Button button(org.eclipse.swt.widgets.Shell shell, int id) {
        return Workbench.find(shell, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst()
                .orElseThrow();
    }

    @Test
    void aNationwideInitiativeKeepsUsInTheForm() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Initiative nationwide = find("ONE-001").toBuilder().states(List.of("US", "CA")).build();
        InitiativeDialog dialog = new InitiativeDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                nationwide, false);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button ok = button(dialog.getShell(), IDialogConstants.OK_ID);
            assertNull(dialog.getErrorMessage(), "no 'Target states required' for a nationwide initiative");
            assertTrue(ok.isEnabled());
            Table states = Workbench.find(dialog.getShell(), Table.class).stream()
                    .filter(t -> t.getItemCount() > 0 && t.getItem(0).getText().startsWith("US ")).findFirst().orElseThrow();
            assertEquals("US nationwide", states.getItem(0).getText());
            assertTrue(states.getItem(0).getChecked());
            List<String> formats = Workbench.find(dialog.getShell(), Combo.class).stream()
                    .flatMap(c -> Arrays.stream(c.getItems())).toList();
            assertTrue(formats.contains("In person") && !formats.contains("in-person"), formats.toString());
            ok.notifyListeners(SWT.Selection, new Event());
            assertEquals(List.of("US", "CA"), dialog.result().getStates(), "US is kept on save");
        } finally {
            dialog.close();
        }
    }

    @Test
    void theSelectionStaysOnTheInitiativeWhenTheTableIsSorted() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Table table = Workbench.widget(InitiativesPart.ID, Table.class);
        int at = part.shownRows().indexOf(find("SAMPLE-005"));
        assertTrue(at >= 0);
        table.setSelection(at);
        table.notifyListeners(SWT.Selection, new Event());
        TableColumn budget = Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("Budget (JPY)")).findFirst()
                .orElseThrow();
        budget.notifyListeners(SWT.Selection, new Event());
        Workbench.settle();
        assertEquals(List.of("SAMPLE-005"), part.selection().stream().map(Initiative::getId).toList());
        assertEquals(part.shownRows().indexOf(find("SAMPLE-005")), table.getSelectionIndex());
        assertTrue(table.getSelectionIndex() != at, "the row moved when sorting by budget");
        budget.notifyListeners(SWT.Selection, new Event()); // and back
        assertEquals(List.of("SAMPLE-005"), part.selection().stream().map(Initiative::getId).toList());
    }

    @Test
    void theHeaderSaysHowManyTheSearchShows() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Text search = Workbench.widget(InitiativesPart.ID, Text.class);
        int total = Workbench.session().snapshot().initiatives().size();
        try {
            search.setText("TX");
            Workbench.settle();
            int shown = part.shownRows().size();
            assertTrue(shown > 0 && shown < total);
            assertTrue(part.summaryText().contains(shown + " of " + total + " initiatives shown"), part.summaryText());
        } finally {
            search.setText("");
        }
        assertFalse(part.summaryText().contains("shown"), part.summaryText());
    }

    @Test
    void oneIsSingularInEnglish() throws Exception {
        Path file = Files.writeString(dir.resolve("fy2046.csv"), HEADER
                + "DEF-001,2046,cg-chicago,一件だけ,,other,climate-energy,XX,,,,,100000,draft\n", StandardCharsets.UTF_8);
        ImportPlanWizard wizard = new ImportPlanWizard(Workbench.session());
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ImportFilePage page = wizard.page();
            page.fileField().setText(file.toString());
            page.read();
            assertTrue(page.getErrorMessage().startsWith("1 problem:"), page.getErrorMessage());
            String message = page.problemsTable().getTable().getItem(0).getText(3);
            assertEquals("unknown state code \"XX\"", message);
        } finally {
            dialog.close();
        }
        Files.writeString(file, HEADER + "DEF-001,2046,cg-chicago,一件だけ,,other,climate-energy,IL,,,,,100000,draft\n",
                StandardCharsets.UTF_8);
        try {
            Workbench.session().discard().join();
            Workbench.session().importPlan(file).join();
            Workbench.settle();
            InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
            assertTrue(part.summaryText().startsWith("FY2046 (\u4ee4\u548c28\u5e74\u5ea6): 1 initiative, "), part.summaryText());
            FindingsPart findings = Workbench.show(FindingsPart.ID, FindingsPart.class);
            String counts = Workbench.find(Workbench.parts().findPart(FindingsPart.ID).getWidget() instanceof
                    org.eclipse.swt.widgets.Control c ? c : null, org.eclipse.swt.widgets.Label.class).stream()
                    .map(org.eclipse.swt.widgets.Label::getText).filter(t -> t.contains("finding")).findFirst().orElse("");
            assertFalse(findings == null);
            for (String slip : List.of("1 initiatives", "1 findings", "1 errors", "1 warnings")) {
                assertFalse(part.summaryText().contains(slip) || counts.contains(slip), part.summaryText() + " / " + counts);
            }
        } finally {
            try (PlanStore store = Workbench.store()) {
                store.delete(List.of("DEF-001"));
            }
            Workbench.importSample(dir, "one-row.csv");
        }
    }

    @Test
    void theImportWizardKeepsThePreviewListsEveryProblemSaysTheEncodingAndWhatFinishStored() throws Exception {
        StringBuilder bad = new StringBuilder(HEADER).append("DEF-101,2047,cg-chicago,良い行,,other,climate-energy,IL,,,,,100000,draft\n");
        for (int n = 2; n <= 7; n++) {
            bad.append("DEF-10").append(n).append(",2047,cg-nowhere,悪い行,,other,climate-energy,IL,,,,,100000,draft\n");
        }
        Path badFile = Files.writeString(dir.resolve("bad.csv"), bad, Charset.forName("windows-31j"));
        Path good = Files.writeString(dir.resolve("good.csv"), HEADER
                + "DEF-101,2047,cg-chicago,良い行,,other,climate-energy,IL,,,,,100000,draft\n"
                + "DEF-102,2047,cg-chicago,良い行2,,other,climate-energy,IN,,,,,200000,draft\n", StandardCharsets.UTF_8);
        Workbench.session().discard().join();
        ImportPlanWizard wizard = new ImportPlanWizard(Workbench.session());
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ImportFilePage page = wizard.page();
            page.fileField().setText(badFile.toString());
            page.read();
            Workbench.settle();
            assertEquals("Shift_JIS (CP932) (detected)", page.encodingLabel().getText());
            assertEquals(1, page.previewTable().getTable().getItemCount(), "the row that reads stays in the preview");
            assertEquals("DEF-101", page.previewTable().getTable().getItem(0).getText(1));
            Table problems = page.problemsTable().getTable();
            assertEquals(6, problems.getItemCount());
            int visible = problems.getClientArea().height / problems.getItemHeight();
            assertTrue(visible >= 6, "every problem in view at once, not four: " + visible);
            assertFalse(button(dialog.getShell(), IDialogConstants.FINISH_ID).isEnabled());
            Workbench.screenshot(dialog.getShell(), "import-wizard-problems-en.png");

            page.fileField().setText(good.toString());
            page.read();
            assertEquals("UTF-8 (detected)", page.encodingLabel().getText());
            button(dialog.getShell(), IDialogConstants.FINISH_ID).notifyListeners(SWT.Selection, new Event());
            wizard.job().join();
            Workbench.settle();
            InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
            assertTrue(part.summaryText().contains("Imported good.csv: 2 added, 0 updated, 0 unchanged"), part.summaryText());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            try (PlanStore store = Workbench.store()) {
                store.delete(List.of("DEF-101", "DEF-102"));
            }
            Workbench.importSample(dir, "one-row.csv");
        }
    }

    @Test
    void theMapSaysWhatAStateHoldsAndItsLegendGivesTheFigures() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        org.grassroots.planner.ui.plan.MapPart map = Workbench.show(org.grassroots.planner.ui.plan.MapPart.ID,
                org.grassroots.planner.ui.plan.MapPart.class);
        Combo measure = Workbench.widget(org.grassroots.planner.ui.plan.MapPart.ID, Combo.class);
        try {
            measure.select(org.grassroots.planner.ui.plan.StateMeasure.EMPLOYMENT.ordinal());
            measure.notifyListeners(SWT.Selection, new Event());
            Workbench.settle();
            org.eclipse.swt.graphics.Point ca = map.centreOf("CA");
            Event move = new Event();
            move.x = ca.x;
            move.y = ca.y;
            map.canvas().notifyListeners(SWT.MouseMove, move);
            String tip = map.canvas().getToolTipText();
            assertTrue(tip != null && tip.startsWith("CA California") && tip.contains("124,700") && tip.contains("2019"), tip);
            org.eclipse.swt.graphics.Point wy = map.centreOf("WY");
            move.x = wy.x;
            move.y = wy.y;
            map.canvas().notifyListeners(SWT.MouseMove, move);
            assertTrue(map.canvas().getToolTipText().contains("no known figure"), map.canvas().getToolTipText());
            // the figures of FACTS.md (BEA 2019, five states): the legend gives them, not "low" and "high"
            List<String> legend = map.legendFigures();
            assertEquals("lowest 56,000 (IN)", legend.get(0));
            assertEquals("highest 124,700 (CA)", legend.get(1));
            assertTrue(legend.get(2).startsWith("2019 figures: 5 of "), legend.get(2));
            Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "map-employment.png");
        } finally {
            measure.select(org.grassroots.planner.ui.plan.StateMeasure.INITIATIVES.ordinal());
            measure.notifyListeners(SWT.Selection, new Event());
        }
    }

    @Test
    void theCapLineNeverRunsThroughAFigure() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        org.grassroots.planner.ui.plan.BudgetPart budget = Workbench.show(org.grassroots.planner.ui.plan.BudgetPart.ID,
                org.grassroots.planner.ui.plan.BudgetPart.class);
        var s = Workbench.session().snapshot();
        long cap = s.reference().getMissionShareCapJpy();
        // a mission planned at 95 % of its share of the cap: its bar ends just before the cap line
        Initiative one = find("ONE-001");
        long total = org.grassroots.planner.ui.plan.BudgetPart.planned(s.initiatives().stream()
                .filter(i -> i.getMission().equals(one.getMission())).toList());
        long budgetNow = one.getBudgetJpy();
        long wanted = budgetNow + (cap * 95 / 100 - total);
        assertTrue(wanted > 0, "the mission is under its share");
        try {
            Workbench.session().edit(one.toBuilder().budgetJpy(wanted).build()).join();
            Workbench.settle();
            org.eclipse.swt.widgets.Canvas canvas = Workbench.widget(org.grassroots.planner.ui.plan.BudgetPart.ID,
                    org.eclipse.swt.widgets.Canvas.class);
            canvas.redraw();
            canvas.update();
            Workbench.settle();
            List<int[]> labels = budget.paintedLabels();
            assertTrue(labels.stream().anyMatch(l -> l[2] >= 0), "cap lines drawn");
            for (int[] l : labels) {
                assertFalse(l[2] >= 0 && l[0] <= l[2] + 2 && l[0] + l[1] >= l[2] - 2,
                        "a figure at x=" + l[0] + "..." + (l[0] + l[1]) + " crosses the cap line at x=" + l[2]);
            }
            Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "budget-cap.png");
        } finally {
            Workbench.session().discard().join();
            Workbench.settle();
        }
    }
}
