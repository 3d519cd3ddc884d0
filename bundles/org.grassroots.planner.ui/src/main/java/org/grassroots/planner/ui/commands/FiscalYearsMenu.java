package org.grassroots.planner.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.ui.plan.PlanSession;

/** Plan › Fiscal Year: the years of the store each time the menu opens, each a Show Year command; the shown year checked. */
public class FiscalYearsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        PlanSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(PlanSession.class);
        List<IContributionItem> items = new ArrayList<>();
        if (session == null) {
            return new IContributionItem[0];
        }
        for (int year : session.snapshot().years()) {
            CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                    "org.grassroots.planner.ui.fiscalYear." + year, PlanHandlers.SHOW_YEAR, CommandContributionItem.STYLE_CHECK);
            p.label = "FY" + year + " (" + new FiscalYear(year).japanese() + ")";
            p.parameters = Map.of(PlanHandlers.YEAR, Integer.toString(year));
            items.add(new CommandContributionItem(p));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
