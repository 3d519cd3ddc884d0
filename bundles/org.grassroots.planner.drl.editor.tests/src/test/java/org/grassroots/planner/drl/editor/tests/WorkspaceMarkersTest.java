package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.problems.ProblemMarkers;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In an Eclipse IDE, rule files live in workspace projects: saving one marks the rule set's problems on the files (here
 * themes.dslr, rules written in phrases, where a line no phrase matches is the problem).
 */
class WorkspaceMarkersTest {
    private static final String PHRASE = "- パートナーがいない";
    /** a phrase mistyped: no phrase of phrases.dsl matches it */
    private static final String TYPED = "- パートナーがいな";

    @TempDir
    Path dir;

    @Test
    void savingABrokenWorkspaceRuleFileMarksItsProblemAndFixingItClearsTheMarker() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject("rules-" + dir.getFileName());
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        description.setLocationURI(dir.toUri());
        project.create(description, null);
        project.open(null);
        IFile themes = project.getFile("themes.dslr");
        DrlEditor editor = (DrlEditor) IDE.openEditor(Ui.page(), themes, DrlEditor.ID);
        try {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            int at = document.get().indexOf(PHRASE);
            int line = document.getLineOfOffset(at) + 1;
            document.replace(at, PHRASE.length(), TYPED);
            editor.doSave(new NullProgressMonitor());
            // the marker is complete once its message is set; Drools may report more than one problem: take ours
            assertTrue(Ui.waitUntil(() -> java.util.Arrays.stream(markers(themes))
                    .anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(TYPED))), "the saved problem is marked");
            IMarker marker = java.util.Arrays.stream(markers(themes))
                    .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(TYPED)).findFirst().orElseThrow();
            assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
            assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
            assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("no phrase"), marker.getAttribute(IMarker.MESSAGE, ""));
            assertInstanceOf(IMarker.class, marker);

            document.replace(at, TYPED.length(), PHRASE);
            editor.doSave(new NullProgressMonitor());
            assertTrue(Ui.waitUntil(() -> markers(themes).length == 0), "fixed and saved: no marker");
            // the rule set compiles: verify-rules marks its problems as warnings; this project has no rule tests, so no
            // test fires any of the file's three rules
            assertTrue(Ui.waitUntil(() -> verifyMarkers(themes).length == 3), "verify-rules marks the rules no test fires");
            for (IMarker m : verifyMarkers(themes)) {
                assertEquals(IMarker.SEVERITY_WARNING, m.getAttribute(IMarker.SEVERITY, -1));
                String message = m.getAttribute(IMarker.MESSAGE, "");
                assertTrue(message.startsWith("verify-rules: rule \"AP2-") && message.endsWith(Messages.verifyNoTestFires),
                        message);
                String rule = message.substring(message.indexOf('"') + 1, message.indexOf('"', message.indexOf('"') + 1));
                int ruleLine = document.getLineOfOffset(document.get().indexOf("rule \"" + rule + "\"")) + 1;
                assertEquals(ruleLine, m.getAttribute(IMarker.LINE_NUMBER, -1), message);
            }
        } finally {
            Ui.page().closeEditor(editor, false);
            project.delete(false, true, new NullProgressMonitor());
        }
    }

    private static IMarker[] verifyMarkers(IFile file) {
        try {
            return file.findMarkers(ProblemMarkers.VERIFY_TYPE, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return new IMarker[0];
        }
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return new IMarker[0];
        }
    }
}
