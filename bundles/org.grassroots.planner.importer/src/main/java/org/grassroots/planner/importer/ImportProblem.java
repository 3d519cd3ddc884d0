package org.grassroots.planner.importer;

/**
 * One problem of an input file: where it is (1-based line and column, and the column's name when
 * known) and what is wrong, in the user's language.
 */
public record ImportProblem(String file, int line, int column, String columnName, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (columnName == null ? "" : columnName + ": ") + message;
    }
}
