package org.grassroots.planner.ui.app;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menus: File (Exit) and Help (About, which shows the version). */
public class PlannerActionBarAdvisor extends ActionBarAdvisor {
    private IWorkbenchAction exit;
    private AboutAction about;

    public PlannerActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        exit = ActionFactory.QUIT.create(window);
        register(exit);
        about = new AboutAction(window);
        register(about);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, "file");
        file.add(exit);
        MenuManager help = new MenuManager(Messages.menuHelp, "help");
        help.add(about);
        menuBar.add(file);
        menuBar.add(help);
    }
}
