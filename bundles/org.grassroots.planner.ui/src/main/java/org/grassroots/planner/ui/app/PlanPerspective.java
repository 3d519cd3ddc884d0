package org.grassroots.planner.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.grassroots.planner.ui.plan.BudgetPart;
import org.grassroots.planner.ui.plan.FindingsPart;
import org.grassroots.planner.ui.plan.HistoryPart;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.grassroots.planner.ui.plan.MapPart;
import org.grassroots.planner.ui.plan.ReferencePart;

/**
 * 年度計画 / Fiscal-year plan: the initiatives and their findings on the left, the map and the budget
 * on the right.
 */
public class PlanPerspective implements IPerspectiveFactory {
    public static final String ID = "org.grassroots.planner.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(InitiativesPart.ID, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
        layout.addView(MapPart.ID, IPageLayout.RIGHT, 0.56f, InitiativesPart.ID);
        IFolderLayout lower = layout.createFolder("org.grassroots.planner.ui.lowerRight", IPageLayout.BOTTOM, 0.55f, MapPart.ID);
        lower.addView(BudgetPart.ID);
        lower.addView(HistoryPart.ID);
        lower.addView(ReferencePart.ID);
        IFolderLayout lowerLeft = layout.createFolder("org.grassroots.planner.ui.lowerLeft", IPageLayout.BOTTOM, 0.6f,
                InitiativesPart.ID);
        lowerLeft.addView(FindingsPart.ID);
        lowerLeft.addView(org.grassroots.planner.ui.plan.MissionsPart.ID);
        lowerLeft.addView(org.grassroots.planner.ui.plan.AuditPart.ID);
        lowerLeft.addView(org.grassroots.planner.ui.whatif.ScenariosPart.ID);
    }
}
