package org.grassroots.planner.ui.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.grassroots.planner.ui.edit.EditActions;

/** The menus: File (Import, Exit), Plan (Check now, Fiscal year) and Help (About, with the version). */
public class PlannerActionBarAdvisor extends ActionBarAdvisor {
    private IWorkbenchAction exit;
    private AboutAction about;
    private IAction importPlan;
    private IAction checkNow;
    private IAction exportPlan;
    private IAction undo;
    private IAction redo;
    private IAction newInitiative;
    private IAction preferences;
    private IAction save;
    private IAction saveAll;
    private IAction copyYear;
    private IAction exportResults;
    private IAction showProposal;

    public PlannerActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    /** The status line: who else has the shown year open on a team's server, and a lost connection. */
    @Override
    protected void fillStatusLine(org.eclipse.jface.action.IStatusLineManager statusLine) {
        org.eclipse.jface.action.StatusLineContributionItem team = new org.eclipse.jface.action.StatusLineContributionItem(
                TEAM_STATUS, 60);
        statusLine.add(team);
        java.util.function.Consumer<org.grassroots.planner.ui.plan.PlanSession.Snapshot> update = s -> org.eclipse.swt.widgets.Display
                .getDefault().asyncExec(() -> team.setText(teamStatus(PlanActions.session())));
        PlanActions.session().addListener(update);
    }

    /** The id of the status line's item that says who else is on the year. */
    public static final String TEAM_STATUS = "org.grassroots.planner.ui.team";

    /** @return what the status line says of the team: others on the year, or a lost connection; empty when alone */
    public static String teamStatus(org.grassroots.planner.ui.plan.PlanSession session) {
        if (session.connectionProblem() != null) {
            return session.connectionProblem();
        }
        return session.others().isEmpty() ? "" : org.grassroots.planner.ui.plan.Messages.bind(
                org.grassroots.planner.ui.plan.Messages.team, session.snapshot().fiscalYear(), String.join(", ", session.others()));
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        importPlan = PlanActions.importPlan(window);
        register(importPlan);
        exportPlan = PlanActions.exportPlan(window);
        register(exportPlan);
        checkNow = PlanActions.checkNow();
        register(checkNow);
        save = ActionFactory.SAVE.create(window);
        register(save);
        saveAll = ActionFactory.SAVE_ALL.create(window);
        register(saveAll);
        copyYear = PlanActions.copyToNextYear(window);
        register(copyYear);
        exportResults = PlanActions.exportResults(window);
        register(exportResults);
        undo = EditActions.undoRedo(true);
        redo = EditActions.undoRedo(false);
        newInitiative = EditActions.create(window::getShell, PlanActions.session());
        preferences = ActionFactory.PREFERENCES.create(window);
        showProposal = new org.eclipse.jface.action.Action(org.grassroots.planner.ui.proposal.Messages.menuProposal) {
            @Override
            public void run() {
                try {
                    window.getActivePage().showView(org.grassroots.planner.ui.proposal.ProposalPart.ID);
                } catch (org.eclipse.ui.PartInitException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        register(preferences);
        exit = ActionFactory.QUIT.create(window);
        register(exit);
        about = new AboutAction(window);
        register(about);
    }

    @Override
    protected void fillCoolBar(org.eclipse.jface.action.ICoolBarManager coolBar) {
        org.eclipse.jface.action.IToolBarManager tools = new org.eclipse.jface.action.ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.add(save);
        tools.add(importPlan);
        tools.add(checkNow);
        coolBar.add(new org.eclipse.jface.action.ToolBarContributionItem(tools, "plan"));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, "file");
        file.add(save);
        file.add(saveAll);
        file.add(new Separator());
        file.add(importPlan);
        file.add(exportPlan);
        file.add(new Separator());
        file.add(exit);
        // the standard groups, where editors (the DRL editor's find/replace) contribute their actions
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager plan = new MenuManager(Messages.menuPlan, "plan");
        plan.add(newInitiative);
        plan.add(new Separator());
        plan.add(checkNow);
        plan.add(PlanActions.fiscalYears());
        plan.add(copyYear);
        plan.add(exportResults);
        plan.add(new Separator());
        plan.add(showProposal);
        MenuManager windowMenu = new MenuManager(Messages.menuWindow, "window");
        windowMenu.add(preferences);
        MenuManager help = new MenuManager(Messages.menuHelp, "help");
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(plan);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
