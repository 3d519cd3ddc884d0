package org.grassroots.planner.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;

/**
 * Window › Show View: every view of the planner's categories (the planning views, the rule author's
 * views, and any a later bundle adds to them), so that a closed view can be opened again; then Other….
 */
public class ShowViewMenu extends CompoundContributionItem {
    static final String SHOW_VIEW = "org.eclipse.ui.views.showView";
    static final String VIEW_ID = "org.eclipse.ui.views.showView.viewId";

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        for (IViewCategory category : PlatformUI.getWorkbench().getViewRegistry().getCategories()) {
            if (!category.getId().startsWith("org.grassroots.planner")) {
                continue;
            }
            if (!items.isEmpty()) {
                items.add(new Separator());
            }
            for (IViewDescriptor view : category.getViews()) {
                CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                        "org.grassroots.planner.ui.showView." + view.getId(), SHOW_VIEW, CommandContributionItem.STYLE_PUSH);
                p.label = view.getLabel();
                p.icon = view.getImageDescriptor();
                p.parameters = Map.of(VIEW_ID, view.getId());
                items.add(new CommandContributionItem(p));
            }
        }
        items.add(new Separator());
        CommandContributionItemParameter other = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                "org.grassroots.planner.ui.showView.other", SHOW_VIEW, CommandContributionItem.STYLE_PUSH);
        other.label = Messages.showViewOther;
        items.add(new CommandContributionItem(other));
        return items.toArray(IContributionItem[]::new);
    }
}
