package org.grassroots.planner.importer;

import java.util.List;
import java.util.stream.Collectors;

/** An input that was rejected as a whole, with every problem found in it. Nothing of it is stored. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
