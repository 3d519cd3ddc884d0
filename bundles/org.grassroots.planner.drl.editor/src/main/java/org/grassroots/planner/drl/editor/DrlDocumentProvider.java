package org.grassroots.planner.drl.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.grassroots.planner.drl.editor.problems.RuleFileLocation;
import org.grassroots.planner.drl.editor.syntax.DrlPartitions;

/**
 * Reads and writes rule files through the platform's file buffers, whether they are workspace files or files
 * outside any workspace, gives each document the DRL partitions (a {@code .dsl} file those of phrase files), and gives files outside a workspace an
 * annotation model (workspace files have one that also shows their markers).
 */
public class DrlDocumentProvider extends TextFileDocumentProvider {

    @Override
    protected FileInfo createFileInfo(Object element) throws CoreException {
        FileInfo info = super.createFileInfo(element);
        if (info == null) {
            return null;
        }
        if (info.fModel == null) {
            info.fModel = new AnnotationModel();
        }
        IDocument document = info.fTextFileBuffer == null ? null : info.fTextFileBuffer.getDocument();
        if (document != null) {
            Path file = element instanceof IEditorInput input ? RuleFileLocation.of(input) : null;
            DrlPartitions.setUp(document, RuleFileKind.of(file) == RuleFileKind.DSL);
        }
        return info;
    }
}
