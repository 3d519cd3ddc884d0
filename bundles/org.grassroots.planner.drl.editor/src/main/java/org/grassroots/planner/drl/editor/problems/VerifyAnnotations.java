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
import org.grassroots.planner.rules.RuleVerifier;

/** Puts a file's verify-rules problems into its annotation model as warnings, replacing those of the last run. */
public final class VerifyAnnotations {
    private VerifyAnnotations() {
    }

    /** Replaces the verify-rules annotations of this model with these problems, placed in this document. */
    public static void replace(IAnnotationModel model, IDocument document, List<RuleVerifier.Problem> problems) {
        List<Annotation> old = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof VerifyAnnotation) {
                old.add(a);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (RuleVerifier.Problem p : problems) {
            added.put(new VerifyAnnotation(p), locate(document, p));
        }
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(old.toArray(Annotation[]::new), added);
        } else {
            old.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
    }

    /**
     * @return where a problem is on its line: the unknown code or the forbidden call it names where the line holds it,
     *         else the line's text (its indentation aside)
     */
    public static Position locate(IDocument document, RuleVerifier.Problem p) {
        try {
            int index = Math.max(0, Math.min(p.line() - 1, document.getNumberOfLines() - 1));
            IRegion region = document.getLineInformation(index);
            String text = document.get(region.getOffset(), region.getLength());
            String needle = switch (p.kind()) {
                case UNKNOWN_CODE -> p.detail().replace("\"", "");
                case FORBIDDEN_CALL -> p.detail();
                default -> null;
            };
            if (needle != null && !needle.isEmpty()) {
                int at = text.indexOf(needle);
                if (at < 0 && needle.contains(".")) {
                    needle = needle.substring(0, needle.indexOf('.'));
                    at = text.indexOf(needle);
                }
                if (at >= 0) {
                    return new Position(region.getOffset() + at, needle.length());
                }
            }
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            return new Position(region.getOffset() + start, Math.max(1, text.strip().length()));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }
}
