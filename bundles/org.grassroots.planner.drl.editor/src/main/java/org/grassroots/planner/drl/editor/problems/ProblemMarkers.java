package org.grassroots.planner.drl.editor.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.RuleFileKind;
import org.grassroots.planner.rules.Diagnostic;
import org.grassroots.planner.rules.RuleVerifier;

/**
 * In an Eclipse IDE, where rule files live in workspace projects: the diagnostics of a saved rule set as problem
 * markers, so that the Problems view lists them. Files outside the workspace get none (their editor shows the
 * problems as annotations).
 */
public final class ProblemMarkers {
    /** The marker type (a problem marker and a text marker). */
    public static final String TYPE = "org.grassroots.planner.drl.editor.problem";
    /** The marker type of what verify-rules finds (a problem marker and a text marker; warnings). */
    public static final String VERIFY_TYPE = "org.grassroots.planner.drl.editor.verify";

    private ProblemMarkers() {
    }

    /** Replaces the markers of this workspace file's folder's rule files with these diagnostics. */
    public static void replace(IFile saved, Path folder, List<Diagnostic> diagnostics) {
        WorkspaceJob job = new WorkspaceJob(Messages.jobMarkers) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IContainer parent = saved.getParent();
                for (IResource member : parent.members()) {
                    if (member instanceof IFile f && RuleFileKind.of(Path.of(f.getName())) != null) {
                        f.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                    }
                }
                for (Diagnostic d : diagnostics) {
                    IFile file = fileOf(d, folder);
                    if (file == null || !file.exists()) {
                        continue;
                    }
                    file.createMarker(TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.LINE_NUMBER,
                            Math.max(1, d.line()), IMarker.MESSAGE, d.message(), IMarker.LOCATION,
                            d.rule() == null ? "line " + d.line() : "rule \"" + d.rule() + "\""));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(saved.getParent());
        job.setSystem(true);
        job.schedule();
    }

    /** Replaces the verify-rules markers (warnings) of this workspace file's folder's rule files with these problems. */
    public static void replaceVerified(IFile saved, Path folder, List<RuleVerifier.Problem> problems) {
        WorkspaceJob job = new WorkspaceJob(Messages.jobMarkers) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IResource member : saved.getParent().members()) {
                    if (member instanceof IFile f && RuleFileKind.of(Path.of(f.getName())) != null) {
                        f.deleteMarkers(VERIFY_TYPE, false, IResource.DEPTH_ZERO);
                    }
                }
                for (RuleVerifier.Problem p : problems) {
                    IFile file = fileOf(p.file(), folder);
                    if (file == null || !file.exists()) {
                        continue;
                    }
                    file.createMarker(VERIFY_TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_WARNING,
                            IMarker.LINE_NUMBER, Math.max(1, p.line()), IMarker.MESSAGE, VerifyResults.text(p),
                            IMarker.LOCATION, p.rule() == null ? "line " + p.line() : "rule \"" + p.rule() + "\""));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(saved.getParent());
        job.setSystem(true);
        job.schedule();
    }

    private static IFile fileOf(Diagnostic d, Path folder) {
        return fileOf(d.file(), folder);
    }

    private static IFile fileOf(String name, Path folder) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Path path = Path.of(name);
        Path absolute = path.isAbsolute() ? path : folder.resolve(path);
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(absolute.toUri());
        return files.length == 0 ? null : files[0];
    }
}
