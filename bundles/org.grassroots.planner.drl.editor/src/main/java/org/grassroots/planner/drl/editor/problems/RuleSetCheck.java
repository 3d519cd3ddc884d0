package org.grassroots.planner.drl.editor.problems;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleEvents;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;

/**
 * What happens when a rule file is saved: its folder's rule set is compiled, its state recorded (editors and the
 * rules folder view show it), markers set where the file is in a workspace, and {@link RuleEvents#SAVED} posted so
 * that the planning views put the rule set in force, or keep the last good one if it does not compile.
 */
public final class RuleSetCheck {
    /** The family of the jobs that compile a saved rule set, to wait for them. */
    public static final Object JOB_FAMILY = RuleSetCheck.class;

    private RuleSetCheck() {
    }

    /** Compiles this folder's saved rule set now, on the caller's thread, and records its state. */
    public static RuleSetStatus.State compileSaved(Path folder) {
        RuleSetStatus.State state;
        try {
            RuleSet set = RuleEngine.compile(folder);
            state = RuleSetStatus.State.compiled(folder, set.ruleIds().size());
        } catch (RuleSetException e) {
            state = RuleSetStatus.State.broken(folder, e.getDiagnostics());
        }
        RuleSetStatus.put(state);
        return state;
    }

    /** Finds, in the background, whether this folder's saved rule set compiles, unless that is known already. */
    public static void ensureKnown(Path folder) {
        if (RuleSetStatus.of(folder) != null) {
            return;
        }
        Job job = Job.create(NLS.bind(Messages.jobCompile, folder.getFileName()), monitor -> {
            compileSaved(folder);
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Schedules the work that follows saving this file (workspaceFile: the same file in a workspace, or null). */
    public static Job afterSave(Path file, IFile workspaceFile) {
        Path folder = file.getParent();
        Job job = new Job(NLS.bind(Messages.jobCompile, folder.getFileName())) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                RuleSetStatus.State state = compileSaved(folder);
                if (workspaceFile != null) {
                    ProblemMarkers.replace(workspaceFile, folder, state.diagnostics());
                }
                announce(folder);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Posts {@link RuleEvents#SAVED} for this folder on the workbench's event broker. */
    static void announce(Path folder) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(RuleEvents.SAVED, Map.of(RuleEvents.FOLDER, folder.toString()));
        }
    }
}
