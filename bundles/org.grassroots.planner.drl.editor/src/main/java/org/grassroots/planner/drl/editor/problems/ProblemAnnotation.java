package org.grassroots.planner.drl.editor.problems;

import org.eclipse.jface.text.source.Annotation;
import org.grassroots.planner.rules.Diagnostic;

/** An error that Drools reports on a rule file while it is edited: shown in the ruler, the text and hovers. */
public final class ProblemAnnotation extends Annotation {
    /** The platform's error annotation type: red squiggles, the error icon and the overview ruler. */
    public static final String TYPE = "org.eclipse.ui.workbench.texteditor.error";

    private final Diagnostic diagnostic;

    public ProblemAnnotation(Diagnostic diagnostic) {
        super(TYPE, false, text(diagnostic));
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    static String text(Diagnostic d) {
        String where = d.rule() == null ? "" : "rule \"" + d.rule() + "\", ";
        return where + d.line() + ":" + d.column() + ": " + d.message();
    }
}
