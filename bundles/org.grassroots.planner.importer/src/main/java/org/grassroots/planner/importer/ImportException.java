package org.grassroots.planner.importer;

import java.util.List;
import java.util.stream.Collectors;

/** An input that was rejected as a whole, with every problem found in it. Nothing of it is stored. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;
    private final transient ImportedPlan readable;

    public ImportException(List<ImportProblem> problems) {
        this(problems, null);
    }

    /**
     * @param readable the rows of a plan file that read without a problem (shown as a preview beside the
     *                 problems; never stored), or null
     */
    public ImportException(List<ImportProblem> problems, ImportedPlan readable) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.readable = readable;
    }

    /** @return the rows of the file that read without a problem, for a preview only; null if none were read */
    public ImportedPlan readable() {
        return readable;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
