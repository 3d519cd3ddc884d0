package org.grassroots.planner.ui.app;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbench;
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
    public void preStartup() {
        super.preStartup();
        refreshViewIcons();
    }

    /**
     * A workspace saved by an earlier version keeps its views' tabs with the icons it saved (the platform's SVG default
     * view icon, whose first paint starts JSVG, Java2D and AWT): before the window is built, each of the planner's
     * views takes its icon from its descriptor again (plugin.xml: the same artwork as PNG).
     */
    private void refreshViewIcons() {
        // from plugin.xml (the extension registry): the model's part descriptors are still the saved ones here
        Map<String, String> icons = new HashMap<>();
        for (IConfigurationElement view : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views")) {
            String id = view.getAttribute("id");
            String icon = view.getAttribute("icon");
            if (id != null && id.startsWith("org.grassroots.planner.") && icon != null) {
                icons.put(id, icon.contains(":") ? icon
                        : "platform:/plugin/" + view.getContributor().getName() + "/" + icon);
            }
        }
        forEachPart(part -> {
            String icon = icons.get(part.getElementId());
            if (icon != null && !icon.equals(part.getIconURI())) {
                part.setIconURI(icon);
            }
        });
    }

    /** The preference pages a planner and a rule author use: the workbench's General page and the planner's own. */
    static final java.util.Set<String> PREFERENCE_PAGES = java.util.Set.of("org.eclipse.ui.preferencePages.Workbench",
            "org.grassroots.planner.ui.preferences");

    @Override
    public void postStartup() {
        // the IDE's pages (workspace, content types, keys, appearance …) are for Eclipse users, not planners: the
        // dialog shows General and the planner's pages, every word of them in the planner's language
        org.eclipse.jface.preference.PreferenceManager preferences = getWorkbenchConfigurer().getWorkbench()
                .getPreferenceManager();
        for (org.eclipse.jface.preference.IPreferenceNode node : preferences.getRootSubNodes()) {
            if (!PREFERENCE_PAGES.contains(node.getId()) && !node.getId().startsWith("org.grassroots.planner")) {
                preferences.remove(node);
            }
        }
        org.eclipse.jface.preference.IPreferenceNode general = preferences.find("org.eclipse.ui.preferencePages.Workbench");
        if (general != null) {
            for (org.eclipse.jface.preference.IPreferenceNode sub : general.getSubNodes()) {
                if (!sub.getId().startsWith("org.grassroots.planner")) {
                    general.remove(sub);
                }
            }
        }
        relabelViews();
        // the rules compile once the window is up, not while the workbench builds it (2 cores)
        getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class).get(PlanSession.class).recheck();
    }

    /**
     * A workspace made in one language and opened in the other keeps the view tabs it saved: each view's tab is
     * named again from the view registry, in the language the workbench runs in.
     */
    private void relabelViews() {
        org.eclipse.ui.views.IViewRegistry views = getWorkbenchConfigurer().getWorkbench().getViewRegistry();
        forEachPart(part -> {
            org.eclipse.ui.views.IViewDescriptor view = views.find(part.getElementId());
            if (view != null && !view.getLabel().equals(part.getLabel())) {
                part.setLabel(view.getLabel());
            }
        });
    }

    /** Calls the action on each part of the workbench's model (saved or new), if the model's services are there. */
    private void forEachPart(java.util.function.Consumer<MPart> action) {
        IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
        MApplication app = workbench.getService(MApplication.class);
        EModelService models = workbench.getService(EModelService.class);
        if (app != null && models != null) {
            models.findElements(app, null, MPart.class, null, EModelService.ANYWHERE).forEach(action);
        }
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
