package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.grassroots.planner.ui.plan.MapPart;
import org.grassroots.planner.ui.plan.StateMeasure;
import org.junit.jupiter.api.Test;

/**
 * The English user guide's screenshots (help/images/*-en.png), made in the English run as a planner sees each step:
 * the year's plan, the initiatives narrowed to one mission with the header's column menu open, the map in employment
 * mode with its legend, the reference form, the proposal view and the rule tests after a run. Each is also checked
 * for what the guide says it shows.
 */
class EnglishGuideScreenshotsTest {

    private static Shell window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private static void idle(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        Workbench.waitUntil(() -> System.currentTimeMillis() > until);
    }

    /** Shows a view maximized (as a double click on its tab does), saves the window, puts it back. */
    private static void maximized(String viewId, String name) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewReference ref = page.findViewReference(viewId);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle();
        idle(300);
        Workbench.screenshot(window(), name);
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
        Workbench.settle();
    }

    private static void fy2023() throws Exception {
        Workbench.session().discard().join();
        Workbench.session().showYear(2023).join();
        Workbench.settle();
        Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Workbench.settle();
    }

    @Test
    void theYearsPlanTheFiltersAndTheMap() throws Exception {
        fy2023();
        Workbench.screenshot(window(), "workbench-en.png");
        InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Combo mission = Workbench.widget(InitiativesPart.ID, Combo.class);
        MapPart map = Workbench.show(MapPart.ID, MapPart.class);
        Combo measure = Workbench.widget(MapPart.ID, Combo.class);
        try {
            Workbench.show(InitiativesPart.ID, InitiativesPart.class);
            mission.select(Arrays.asList(mission.getItems()).indexOf("CG Chicago"));
            mission.notifyListeners(SWT.Selection, new Event());
            measure.select(StateMeasure.EMPLOYMENT.ordinal());
            measure.notifyListeners(SWT.Selection, new Event());
            Workbench.settle();
            assertTrue(part.summaryText().contains(" of ") && part.summaryText().contains("initiatives shown"), part.summaryText());
            // the header's menu of columns, open where the planner right-clicks the header
            Table table = part.viewer().getTable();
            Menu columns = part.columnsMenu();
            columns.setLocation(table.toDisplay(300, 10));
            columns.setVisible(true);
            idle(800);
            Workbench.screenshot(window(), "initiatives-filter-columns-en.png");
            columns.setVisible(false);
            Workbench.settle();
            assertEquals(List.of("lowest 56,000 (IN)", "highest 124,700 (CA)"), map.legendFigures().subList(0, 2));
            Workbench.show(MapPart.ID, MapPart.class);
            maximized(MapPart.ID, "map-employment-legend-en.png");
        } finally {
            mission.select(0);
            mission.notifyListeners(SWT.Selection, new Event());
            measure.select(StateMeasure.INITIATIVES.ordinal());
            measure.notifyListeners(SWT.Selection, new Event());
            Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        }
    }

    @Test
    void theReferenceFormAndTheProposal() throws Exception {
        fy2023();
        Workbench.parts().showPart(org.grassroots.planner.ui.plan.ReferencePart.ID, EPartService.PartState.ACTIVATE);
        Workbench.settle();
        Button edit = Workbench.widget(org.grassroots.planner.ui.plan.ReferencePart.ID, Button.class);
        Display display = Display.getCurrent();
        AtomicReference<String> title = new AtomicReference<>();
        display.timerExec(1500, () -> {
            for (Shell shell : display.getShells()) {
                if (shell != window() && shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.Dialog) {
                    try {
                        Workbench.screenshot(shell, "dialog-reference-form-en.png");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    title.set(shell.getText());
                    shell.close(); // cancelled: nothing changes
                    return;
                }
            }
        });
        edit.notifyListeners(SWT.Selection, new Event());
        assertTrue(Workbench.waitUntil(() -> title.get() != null), "the reference form opened");
        Workbench.settle();
        Workbench.parts().showPart(org.grassroots.planner.ui.proposal.ProposalPart.ID, EPartService.PartState.ACTIVATE);
        Workbench.settle();
        maximized(org.grassroots.planner.ui.proposal.ProposalPart.ID, "view-proposal-en.png");
    }

    @Test
    void theRuleTestsAfterARun() throws Exception {
        String id = "org.grassroots.planner.drl.editor.ruleTests";
        org.eclipse.e4.ui.model.application.ui.basic.MPart part = Workbench.parts().showPart(id, EPartService.PartState.ACTIVATE);
        Workbench.settle();
        org.eclipse.swt.widgets.Control root = (org.eclipse.swt.widgets.Control) part.getWidget();
        for (org.eclipse.swt.widgets.ToolBar bar : Workbench.find(root, org.eclipse.swt.widgets.ToolBar.class)) {
            for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                if ("Run".equals(item.getText().replace("&", ""))) {
                    item.notifyListeners(SWT.Selection, new Event());
                }
            }
        }
        assertTrue(Workbench.waitUntil(() -> Workbench.find(root, Label.class).stream()
                .anyMatch(l -> l.getText().matches("\\d+ tests: \\d+ passed, 0 failed.*"))), "the shipped rule tests pass");
        Workbench.settle();
        maximized(id, "view-ruleTests-en.png");
    }
}
