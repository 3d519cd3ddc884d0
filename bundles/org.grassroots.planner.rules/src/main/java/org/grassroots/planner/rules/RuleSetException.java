package org.grassroots.planner.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that could not be read or compiled, with every diagnostic. */
public class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Diagnostic> diagnostics;

    public RuleSetException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }
}
