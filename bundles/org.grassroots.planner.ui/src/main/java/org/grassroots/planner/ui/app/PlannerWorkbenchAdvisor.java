package org.grassroots.planner.ui.app;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * Starts the planning workbench: puts the plan session into the workbench context, where the views
 * get it injected, and opens the fiscal-year plan perspective.
 */
public class PlannerWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(false);
        IEclipseContext context = configurer.getWorkbench().getService(IEclipseContext.class);
        PlanSession session = new PlanSession(PlannerPreferences::databaseUrl, PlannerPreferences::databaseUser,
                PlannerPreferences::rulesFolder);
        context.set(PlanSession.class, session);
        // the views hear of the session through the event broker (@UIEventTopic), on the UI thread
        org.eclipse.e4.core.services.events.IEventBroker events = context
                .get(org.eclipse.e4.core.services.events.IEventBroker.class);
        // handed to the UI thread in the order the session's jobs made them, and sent from there (not posted
        // through the event admin's own thread): a view shows a snapshot as soon as the job that made it is done
        org.eclipse.e4.ui.di.UISynchronize sync = context.get(org.eclipse.e4.ui.di.UISynchronize.class);
        java.util.function.Consumer<Runnable> ui = sync != null ? sync::asyncExec
                : configurer.getWorkbench().getDisplay()::asyncExec;
        session.addListener(s -> ui.accept(() -> events.send(org.grassroots.planner.ui.plan.PlanEvents.SNAPSHOT, s)));
        session.addConflictListener(c -> ui.accept(() -> events.send(org.grassroots.planner.ui.plan.PlanEvents.CONFLICTS, c)));
        session.openPlan();
    }

    @Override
    public void postStartup() {
        // the rules compile once the window is up, not while the workbench builds it (2 cores)
        getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class).get(PlanSession.class).recheck();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PlanPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PlannerWindowAdvisor(configurer);
    }

    @Override
    public void postShutdown() {
        IEclipseContext context = getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
        PlanSession session = context.get(PlanSession.class);
        if (session != null) {
            session.close();
        }
    }
}
