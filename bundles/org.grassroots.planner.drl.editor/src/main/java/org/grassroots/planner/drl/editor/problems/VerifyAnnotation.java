package org.grassroots.planner.drl.editor.problems;

import org.eclipse.jface.text.source.Annotation;
import org.grassroots.planner.rules.RuleVerifier;

/** A problem verify-rules found in a saved rule file: a warning in the ruler, the text and hovers. */
public final class VerifyAnnotation extends Annotation {
    /** The platform's warning annotation type: yellow squiggles, the warning icon and the overview ruler. */
    public static final String TYPE = "org.eclipse.ui.workbench.texteditor.warning";

    private final RuleVerifier.Problem problem;

    public VerifyAnnotation(RuleVerifier.Problem problem) {
        super(TYPE, false, VerifyResults.text(problem));
        this.problem = problem;
    }

    public RuleVerifier.Problem problem() {
        return problem;
    }
}
