package org.grassroots.planner.drl.editor.problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
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
import org.grassroots.planner.rules.RuleTestReport;
import org.grassroots.planner.ruletests.RuleSetVerification;
import org.grassroots.planner.ruletests.RuleTestRunner;

/**
 * What happens when a rule file is saved: its folder's rule set is compiled, its state recorded (editors and the
 * rules folder view show it), markers set where the file is in a workspace, and {@link RuleEvents#SAVED} posted so
 * that the planning views put the rule set in force, or keep the last good one if it does not compile. Then the rule
 * set is verified as {@code planner verify-rules} verifies it ({@link VerifyResults}: warnings in the editors, markers
 * in a workspace).
 */
public final class RuleSetCheck {
    /** The family of the jobs that compile a saved rule set, to wait for them. */
    public static final Object JOB_FAMILY = RuleSetCheck.class;

    private RuleSetCheck() {
    }

    /** Compiles this folder's saved rule set now, on the caller's thread, and records its state. */
    public static RuleSetStatus.State compileSaved(Path folder) {
        return compile(folder).state();
    }

    /** A compiled folder: its state, and its rule set (null if it does not compile) or whether it is refused. */
    private record Compiled(RuleSetStatus.State state, RuleSet rules, boolean refused) {
    }

    private static Compiled compile(Path folder) {
        Compiled compiled;
        try {
            RuleSet set = RuleEngine.compile(folder);
            compiled = new Compiled(RuleSetStatus.State.compiled(folder, set.ruleIds().size()), set, false);
        } catch (RuleSetException e) {
            compiled = new Compiled(RuleSetStatus.State.broken(folder, e.getDiagnostics()), null, e.isRefused());
        }
        RuleSetStatus.put(compiled.state());
        return compiled;
    }

    /**
     * Verifies a compiled folder as {@code planner verify-rules} does (its rule tests run to find the rules none
     * fires; a refused rule set is verified without them, one that does not compile is not verified), records the
     * result for the editors and the Rule Tests view, and returns it.
     */
    private static RuleSetVerification.Result verify(Compiled compiled, IProgressMonitor monitor) {
        Path folder = compiled.state().folder();
        RuleSetVerification.Result result;
        try {
            if (compiled.rules() != null) {
                RuleTestReport report;
                try {
                    report = RuleTestRunner.run(compiled.rules(), folder.resolve("tests"), new RuleTestRunner.Progress() {
                        @Override
                        public boolean cancelled() {
                            return monitor.isCanceled();
                        }
                    });
                } catch (IOException e) {
                    report = null;
                }
                result = new RuleSetVerification.Result(folder,
                        RuleSetVerification.problems(folder, compiled.rules(), report), true, false);
            } else if (compiled.refused()) {
                result = new RuleSetVerification.Result(folder, RuleSetVerification.problems(folder, null, null), false,
                        true);
            } else {
                result = new RuleSetVerification.Result(folder, List.of(), false, false);
            }
        } catch (IOException | RuleTestRunner.Cancelled e) {
            return null;
        }
        VerifyResults.put(result);
        return result;
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
                Compiled compiled = compile(folder);
                RuleSetStatus.State state = compiled.state();
                if (workspaceFile != null) {
                    ProblemMarkers.replace(workspaceFile, folder, state.diagnostics());
                }
                announce(folder);
                // then what verify-rules finds: warnings in the editors (markers in a workspace)
                monitor.subTask(NLS.bind(Messages.jobVerify, folder.getFileName()));
                RuleSetVerification.Result verified = verify(compiled, monitor);
                if (workspaceFile != null && verified != null) {
                    ProblemMarkers.replaceVerified(workspaceFile, folder, verified.problems());
                }
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
