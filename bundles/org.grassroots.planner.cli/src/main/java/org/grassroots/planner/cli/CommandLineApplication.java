package org.grassroots.planner.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code ./planner check|import …}: its exit status is the command's. */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Planner.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // commands run to their end
    }
}
