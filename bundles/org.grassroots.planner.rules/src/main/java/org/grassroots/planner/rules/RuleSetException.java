package org.grassroots.planner.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that could not be read or compiled, with every diagnostic. */
public class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Diagnostic> diagnostics;
    private final boolean refused;

    public RuleSetException(List<Diagnostic> diagnostics) {
        this(diagnostics, false);
    }

    /**
     * @param refused whether the rules compile but are refused: a rule calls something other than the rule API and
     *            the model ({@link RuleVerifier#forbiddenCalls}); such a rule set is never run
     */
    public RuleSetException(List<Diagnostic> diagnostics, boolean refused) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
        this.refused = refused;
    }

    /** @return whether the rules compile but are refused for a forbidden call (every diagnostic is one) */
    public boolean isRefused() {
        return refused;
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }
}
