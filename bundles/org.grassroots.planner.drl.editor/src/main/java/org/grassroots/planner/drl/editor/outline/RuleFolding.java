package org.grassroots.planner.drl.editor.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;

/** Folds each rule, query, function and declaration that spans lines, and a block of imports. */
public final class RuleFolding {
    private RuleFolding() {
    }

    /** @return the regions to fold (whole lines) */
    public static List<Position> regions(IDocument document, DrlStructure structure) {
        List<Position> out = new ArrayList<>();
        List<DrlElement> imports = structure.of(DrlElement.Kind.IMPORT);
        if (imports.size() > 1) {
            lines(document, imports.get(0).offset(), imports.get(imports.size() - 1).end(), out);
        }
        for (DrlElement e : structure.elements()) {
            switch (e.kind()) {
                case RULE, QUERY, FUNCTION, DECLARE -> lines(document, e.offset(), e.end(), out);
                default -> {
                    // one-line parts do not fold
                }
            }
        }
        return out;
    }

    private static void lines(IDocument document, int start, int end, List<Position> out) {
        try {
            int first = document.getLineOfOffset(start);
            int last = document.getLineOfOffset(Math.min(end, document.getLength()));
            if (last > first) {
                int from = document.getLineOffset(first);
                int to = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
                out.add(new Position(from, to - from));
            }
        } catch (BadLocationException e) {
            // the text changed meanwhile: the next reconcile folds it
        }
    }

    /** Makes the model's folding annotations those of these regions, keeping the ones that did not move. */
    public static void update(ProjectionAnnotationModel model, List<Position> regions) {
        Map<Position, Annotation> existing = new HashMap<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof ProjectionAnnotation) {
                Position p = model.getPosition(a);
                if (p != null) {
                    existing.put(new Position(p.getOffset(), p.getLength()), a);
                }
            }
        }
        Map<ProjectionAnnotation, Position> added = new HashMap<>();
        for (Position p : regions) {
            if (existing.remove(p) == null) {
                added.put(new ProjectionAnnotation(), p);
            }
        }
        model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
    }
}
