package org.grassroots.planner.ui.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.grassroots.planner.ui.plan.InitiativesPart;

/** 年度計画 / Fiscal-year plan: everything a planner needs to draft next year's plan. */
public class PlanPerspective implements IPerspectiveFactory {
    public static final String ID = "org.grassroots.planner.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(InitiativesPart.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
