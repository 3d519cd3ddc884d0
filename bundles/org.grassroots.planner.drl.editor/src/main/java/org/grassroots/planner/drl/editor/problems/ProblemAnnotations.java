package org.grassroots.planner.drl.editor.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /**
     * How Drools' messages quote the expression they are about (and the engine's, the line of a {@code .dslr} file no
     * phrase matches).
     */
    private static final List<Pattern> QUOTES = List.of(Pattern.compile("no phrase of the \\.dsl files matches \"(.+?)\" \\(read as DRL"),
            Pattern.compile("Unable to Analyse Expression (.+?):"),
            Pattern.compile("\\{\\.\\.\\. (.+?) \\.\\.\\.\\.\\}"), Pattern.compile("'([^']+)'"));

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
            Position at = locate(document, d);
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
     * @return where a diagnostic is: the expression its message quotes, where it is found on the diagnostic's line
     *         or the few lines after (Drools places errors inside a pattern at the pattern's start), else its line
     *         and column
     */
    public static Position locate(IDocument document, Diagnostic d) {
        List<String> quoted = new ArrayList<>();
        for (Pattern p : QUOTES) {
            Matcher m = p.matcher(d.message());
            while (m.find()) {
                String snippet = m.group(1).strip();
                if (snippet.length() > 1) {
                    quoted.add(snippet);
                }
            }
        }
        try {
            int first = Math.max(0, d.line() - 1);
            for (int line = first; line < Math.min(first + 6, document.getNumberOfLines()); line++) {
                IRegion region = document.getLineInformation(line);
                String text = document.get(region.getOffset(), region.getLength());
                for (String snippet : quoted) {
                    int at = text.indexOf(snippet);
                    if (at >= 0) {
                        return new Position(region.getOffset() + at, snippet.length());
                    }
                }
            }
        } catch (BadLocationException e) {
            // fall back on the line and column
        }
        return position(document, d.line(), d.column());
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
            while (col < text.length() - 1 && Character.isWhitespace(text.charAt(col))) {
                col++; // Drools' columns may point at the blank before the word
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
