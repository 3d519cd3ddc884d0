package org.grassroots.planner.ui.commands;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Runs an e4 handler, a plain object with an {@code @Execute} (and maybe a {@code @CanExecute}) method whose
 * services are injected, as the handler of a command declared in plugin.xml:
 * {@code class="org.grassroots.planner.ui.commands.E4Handler:org.grassroots.planner.ui.commands.PlanHandlers$Import"}.
 * <p>
 * The planner runs in the compatibility workbench (a {@code WorkbenchAdvisor}, 3.x perspectives and the
 * editors' action contributions), where commands, handlers, menus and key bindings from the
 * {@code org.eclipse.ui.*} extension points merge with what editors contribute and are what other
 * bundles (the DRL editor) already use; the handlers themselves are e4-style, so they can be moved into an
 * application model fragment unchanged once the workbench no longer needs the 3.x layer. The method
 * arguments come from the active window's context, plus the command's parameters by name, the window's
 * {@link Shell} and the {@link IWorkbenchWindow}.
 */
public final class E4Handler extends AbstractHandler implements IExecutableExtension, IElementUpdater {
    private Class<?> type;
    private Object handler;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) throws CoreException {
        try {
            type = Class.forName(((String) data).strip(), true, E4Handler.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new CoreException(Status.error("no handler class " + data, e));
        }
    }

    /** @return the e4 handler object (made once, in the workbench's context) */
    public Object handler() {
        if (handler == null) {
            handler = ContextInjectionFactory.make(type, PlatformUI.getWorkbench().getService(IEclipseContext.class));
        }
        return handler;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        return invoke(Execute.class, window, event.getParameters(), null);
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        IWorkbenchWindow window = null;
        if (evaluationContext instanceof IEvaluationContext e
                && e.getVariable(org.eclipse.ui.ISources.ACTIVE_WORKBENCH_WINDOW_NAME) instanceof IWorkbenchWindow w) {
            window = w;
        }
        setBaseEnabled(!Boolean.FALSE.equals(invoke(CanExecute.class, window, Map.of(), Boolean.TRUE)));
    }

    private Object invoke(Class<? extends java.lang.annotation.Annotation> qualifier, IWorkbenchWindow given, Map<?, ?> parameters,
            Object otherwise) {
        IWorkbenchWindow window = given != null ? given : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEclipseContext context = window != null ? window.getService(IEclipseContext.class).getActiveLeaf()
                : PlatformUI.getWorkbench().getService(IEclipseContext.class);
        IEclipseContext local = EclipseContextFactory.create("command parameters");
        try {
            parameters.forEach((k, v) -> local.set((String) k, v));
            if (window != null) {
                local.set(IWorkbenchWindow.class, window);
                local.set(Shell.class, window.getShell());
            }
            return ContextInjectionFactory.invoke(handler(), qualifier, context, local, otherwise);
        } finally {
            local.dispose();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void updateElement(UIElement element, Map parameters) {
        if (handler() instanceof IElementUpdater updater) {
            updater.updateElement(element, parameters);
        }
    }
}
