package org.grassroots.planner.drl.editor.folder;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.ruletests.RuleTestsView;

/**
 * ルール作成 / Rule authoring: the rules folder, the editors, the outline, and below them the initiatives with their
 * findings and the rule tests.
 */
public final class RuleAuthoringPerspective implements IPerspectiveFactory {
    public static final String ID = "org.grassroots.planner.drl.editor.perspective";
    /** The planner's initiatives view, where it is installed. */
    static final String INITIATIVES = "org.grassroots.planner.ui.initiatives";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        // first the bottom, so that it spans the whole width: the rule tests have three tables side by side
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editors);
        if (PlatformUI.getWorkbench().getViewRegistry().find(INITIATIVES) != null) {
            bottom.addView(INITIATIVES);
        }
        bottom.addView(RuleTestsView.ID);
        layout.addView(RulesFolderView.ID, IPageLayout.LEFT, 0.22f, editors);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editors);
        layout.addShowViewShortcut(RulesFolderView.ID);
        layout.addShowViewShortcut(RuleTestsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut(NewRuleFileWizard.ID);
    }
}
