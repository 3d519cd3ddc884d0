package org.grassroots.planner.drl.editor.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.grassroots.planner.rules.Diagnostic;

/** Puts a file's diagnostics into its annotation model, replacing those of the last compilation. */
public final class ProblemAnnotations {
    private ProblemAnnotations() {
    }

    /** Replaces the problem annotations of this model with these diagnostics, placed in this document. */
    public static void replace(IAnnotationModel model, IDocument document, List<Diagnostic> diagnostics) {
        List<Annotation> old = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof ProblemAnnotation) {
                old.add(a);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            Position at = position(document, d.line(), d.column());
            if (!hasMarker(model, at, d.message())) {
                added.put(new ProblemAnnotation(d), at);
            }
        }
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(old.toArray(Annotation[]::new), added);
        } else {
            old.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
    }

    /**
     * @return where a 1-based line and column are in the document, spanning the word there (at least one
     *         character; the line's text when the column is past its end)
     */
    public static Position position(IDocument document, int line, int column) {
        try {
            int lineIndex = Math.max(0, Math.min(line - 1, document.getNumberOfLines() - 1));
            IRegion region = document.getLineInformation(lineIndex);
            String text = document.get(region.getOffset(), region.getLength());
            int col = Math.max(0, column - 1);
            if (col >= text.length()) {
                col = 0;
                while (col < text.length() && Character.isWhitespace(text.charAt(col))) {
                    col++;
                }
                return new Position(region.getOffset() + col, Math.max(1, text.length() - col));
            }
            int end = col;
            while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
            return new Position(region.getOffset() + col, Math.max(1, end - col));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }

    /** In a workspace, a saved file's markers show the same problem: do not show it twice. */
    private static boolean hasMarker(IAnnotationModel model, Position at, String message) {
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof MarkerAnnotation && !a.isMarkedDeleted() && message.equals(a.getText())) {
                Position p = model.getPosition(a);
                if (p != null && p.getOffset() == at.getOffset()) {
                    return true;
                }
            }
        }
        return false;
    }
}
