package org.grassroots.planner.ui.app;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.grassroots.planner.ui.plan.PlanEvents;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * The menu bar's frame only: the menus File, Edit, Plan, Window and Help with their named groups. Every
 * item in them, the toolbar and the key bindings are commands with e4 handlers, contributed in plugin.xml
 * (org.eclipse.ui.menus, .handlers, .bindings), where other bundles add theirs to the same groups.
 */
public class PlannerActionBarAdvisor extends ActionBarAdvisor {
    /** The groups of the menus, for {@code menu:ID?after=GROUP} contributions. */
    public static final String FILE = IWorkbenchActionConstants.M_FILE;
    public static final String PLAN = "plan";
    public static final String WINDOW = IWorkbenchActionConstants.M_WINDOW;
    public static final String HELP = IWorkbenchActionConstants.M_HELP;

    public PlannerActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    /** The status line: who else has the shown year open on a team's server, and a lost connection. */
    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        StatusLineContributionItem team = new StatusLineContributionItem(TEAM_STATUS, 60);
        statusLine.add(team);
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        PlanSession session = context.get(PlanSession.class);
        // on the UI thread (headless = false), like the views' @UIEventTopic
        context.get(IEventBroker.class).subscribe(PlanEvents.SNAPSHOT, null, e -> team.setText(teamStatus(session)), false);
    }

    /** The id of the status line's item that says who else is on the year. */
    public static final String TEAM_STATUS = "org.grassroots.planner.ui.team";

    /** @return what the status line says of the team: others on the year, or a lost connection; empty when alone */
    public static String teamStatus(PlanSession session) {
        if (session.connectionProblem() != null) {
            return session.connectionProblem();
        }
        return session.others().isEmpty() ? "" : org.grassroots.planner.ui.plan.Messages.bind(
                org.grassroots.planner.ui.plan.Messages.team, session.snapshot().fiscalYear(), String.join(", ", session.others()));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker("save")); // Save, Save All
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT)); // editors' Convert Line Delimiters To
        file.add(new Separator("transfer")); // import, export
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        file.add(new Separator("quit")); // Exit, always last
        // the standard groups, where editors (the DRL editor's find/replace) contribute their actions
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager plan = new MenuManager(Messages.menuPlan, PLAN);
        plan.add(new GroupMarker("edit"));
        plan.add(new Separator("check"));
        plan.add(new Separator("year"));
        plan.add(new Separator("views"));
        plan.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager window = new MenuManager(Messages.menuWindow, WINDOW);
        window.add(new GroupMarker("views"));
        window.add(new Separator("perspective"));
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(new Separator("preferences"));
        MenuManager help = new MenuManager(Messages.menuHelp, HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker("group.assist")); // Show Active Keybindings (the IDE bundle's action set)
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator(IWorkbenchActionConstants.HELP_END));
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(plan);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
