package org.grassroots.planner.drl.editor.problems;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;

/** Where the file of an editor is on disk (a file outside any workspace, or a workspace file), if it is on disk. */
public final class RuleFileLocation {
    private RuleFileLocation() {
    }

    /** @return the path of this input's file, or null if it is not a local file */
    public static Path of(IEditorInput input) {
        IURIEditorInput uriInput = input == null ? null : Adapters.adapt(input, IURIEditorInput.class);
        URI uri = uriInput == null ? null : uriInput.getURI();
        if (uri == null || !"file".equals(uri.getScheme())) {
            return null;
        }
        return Path.of(uri).toAbsolutePath().normalize();
    }
}
