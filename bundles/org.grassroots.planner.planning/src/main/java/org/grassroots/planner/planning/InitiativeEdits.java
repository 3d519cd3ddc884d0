package org.grassroots.planner.planning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;

/**
 * The checks of what a planner types for one field of an initiative, the same in the form and in a table cell:
 * a budget is a whole number of yen (commas allowed) from 0 to {@value PlanRows#MAX_BUDGET_JPY}, a date is
 * yyyy-mm-dd, the Japanese title is required, a status is one of the contract's codes.
 */
public final class InitiativeEdits {
    /** What is wrong with a typed value (the workbench says it in the planner's language). */
    public enum Problem {
        REQUIRED, NOT_A_DATE, NOT_A_BUDGET, NOT_A_STATUS
    }

    /** A typed value that does not pass its check. */
    public static final class EditException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        public EditException(Problem problem, String value) {
            super(problem + ": " + value);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The fields a table cell edits, by their plan-file column names. */
    public static final java.util.List<String> CELL_FIELDS = java.util.List.of("title_ja", "title_en", "budget_jpy", "status",
            "start_date", "end_date");

    private InitiativeEdits() {
    }

    /** @return the budget typed ("1,500,000"), null when empty */
    public static Long budget(String text) throws EditException {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(t);
            if (value < 0 || value > PlanRows.MAX_BUDGET_JPY) {
                throw new EditException(Problem.NOT_A_BUDGET, text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new EditException(Problem.NOT_A_BUDGET, text);
        }
    }

    /** @return the date typed (yyyy-mm-dd), null when empty */
    public static LocalDate date(String text) throws EditException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new EditException(Problem.NOT_A_DATE, text);
        }
    }

    /**
     * @param field one of {@link #CELL_FIELDS}
     * @return the initiative with the field set to the typed text, checked as the form checks it
     */
    public static Initiative withField(Initiative i, String field, String text) throws EditException {
        String t = text == null ? "" : text.strip();
        switch (field) {
        case "title_ja":
            if (t.isEmpty()) {
                throw new EditException(Problem.REQUIRED, text);
            }
            return i.toBuilder().titleJa(t).build();
        case "title_en":
            return i.toBuilder().titleEn(t.isEmpty() ? null : t).build();
        case "budget_jpy":
            return i.toBuilder().budgetJpy(budget(t)).build();
        case "status":
            Status status = Status.fromCode(t);
            if (status == null) {
                throw new EditException(Problem.NOT_A_STATUS, text);
            }
            return i.toBuilder().status(status).build();
        case "start_date":
            return i.toBuilder().startDate(date(t)).build();
        case "end_date":
            return i.toBuilder().endDate(date(t)).build();
        default:
            throw new IllegalArgumentException("not a field edited in a cell: " + field);
        }
    }
}
