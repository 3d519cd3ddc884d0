package org.grassroots.planner.drl.editor.folder;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.RuleFileKind;

/**
 * Opens a file of the rules folder: rule files ({@code .drl}, {@code .dslr}) and phrase files ({@code .dsl}) in the DRL
 * editor, others in the plain text editor.
 */
public final class RuleFileOpener {
    static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

    private RuleFileOpener() {
    }

    /** @return the editor that shows the file */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        if (!page.isEditorAreaVisible()) {
            page = authoring(page); // the planner's plan perspective has no room for editors
        }
        IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
        if (RuleFileKind.of(file) != null) {
            return IDE.openEditorOnFileStore(page, store);
        }
        return page.openEditor(new FileStoreEditorInput(store), TEXT_EDITOR);
    }

    /** @return the page of the Rule authoring perspective, shown in the page's window */
    private static IWorkbenchPage authoring(IWorkbenchPage page) {
        IWorkbenchWindow window = page.getWorkbenchWindow();
        try {
            return window.getWorkbench().showPerspective(RuleAuthoringPerspective.ID, window);
        } catch (WorkbenchException e) {
            page.setEditorAreaVisible(true);
            return page;
        }
    }
}
