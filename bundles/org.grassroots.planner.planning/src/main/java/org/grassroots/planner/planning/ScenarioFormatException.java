package org.grassroots.planner.planning;

import java.util.List;

/** A scenario file refused: each problem says {@code file:line:column: what is wrong}. */
public final class ScenarioFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    ScenarioFormatException(List<String> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, each {@code file:line:column: message} */
    public List<String> problems() {
        return problems;
    }
}
