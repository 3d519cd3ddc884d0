package org.grassroots.planner.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;

/**
 * Turns the rows of a plan file (cells by column name) into initiatives, checking them against the
 * plan contract. Shared by every tabular format so that CSV and Excel accept exactly the same input.
 * Collects problems instead of stopping at the first one.
 */
public final class PlanRows {
    /** The columns of the plan contract, in their canonical order. */
    public static final List<String> COLUMNS = List.of("id", "fiscal_year", "mission", "title_ja", "title_en", "kind",
            "themes", "states", "partners", "format", "start_date", "end_date", "budget_jpy", "status");
    private static final List<String> REQUIRED = List.of("id", "fiscal_year", "mission", "title_ja", "kind", "states",
            "status");
    /** Problems listed before the reader gives up on a file. */
    public static final int MAX_PROBLEMS = 100;

    private final String file;
    private final Map<String, Integer> columnOf;
    private final ReferenceData reference = ReferenceData.shipped();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final Map<String, Integer> lineOfId = new HashMap<>();

    /**
     * @param header the header cells in file order (surrounding blanks are ignored)
     */
    public PlanRows(String file, List<String> header, int headerLine) {
        this.file = file;
        this.columnOf = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columnOf.putIfAbsent(header.get(i).strip(), i + 1);
        }
        for (String required : REQUIRED) {
            if (!columnOf.containsKey(required)) {
                problem(headerLine, 1, null, Messages.get("missing.column", required));
            }
        }
    }

    /** @return false once the problem limit is reached and reading should stop */
    public boolean add(int line, List<String> cells) {
        if (problems.size() >= MAX_PROBLEMS || !columnOf.keySet().containsAll(REQUIRED)) {
            return false;
        }
        int before = problems.size();
        Row row = new Row(line, cells);
        String id = row.required("id");
        Integer fiscalYear = row.integer("fiscal_year", true);
        String mission = row.required("mission");
        if (mission != null && reference.mission(mission) == null) {
            row.unknown("mission", mission);
        }
        String titleJa = row.required("title_ja");
        Kind kind = row.code("kind", true, Kind::fromCode);
        List<String> states = row.list("states");
        if (states.isEmpty()) {
            row.missing("states");
        }
        for (String state : states) {
            if (!reference.isKnownTarget(state)) {
                row.unknown("states", state);
            }
        }
        Format format = row.code("format", false, Format::fromCode);
        LocalDate start = row.date("start_date");
        LocalDate end = row.date("end_date");
        Long budgetJpy = row.longValue("budget_jpy");
        Status status = row.code("status", true, Status::fromCode);
        if (id != null) {
            Integer first = lineOfId.putIfAbsent(id, line);
            if (first != null) {
                problem(line, columnOf.get("id"), "id", Messages.get("duplicate.id", id, first));
            }
        }
        if (problems.size() == before) {
            initiatives.add(Initiative.builder().id(id).fiscalYear(fiscalYear).mission(mission).titleJa(titleJa)
                    .titleEn(row.optional("title_en")).kind(kind).themes(row.list("themes")).states(states)
                    .partners(row.list("partners")).format(format).startDate(start).endDate(end).budgetJpy(budgetJpy)
                    .status(status).build());
        }
        return problems.size() < MAX_PROBLEMS;
    }

    /** Records a problem found by the format's own reader (bad quoting, unreadable bytes). */
    public void problem(int line, int column, String columnName, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, line, column, columnName, message));
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, line, column, null, Messages.get("too.many", MAX_PROBLEMS)));
        }
    }

    /** @return every initiative read, or throws with every problem if there was any */
    public ImportedPlan result() throws ImportException {
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new ImportedPlan(file, initiatives, lineOfId);
    }

    private final class Row {
        private final int line;
        private final List<String> cells;

        Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        String optional(String column) {
            Integer at = columnOf.get(column);
            if (at == null || at > cells.size()) {
                return null;
            }
            String value = cells.get(at - 1).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                missing(column);
            }
            return value;
        }

        void missing(String column) {
            problem(line, columnOf.getOrDefault(column, 0), column, Messages.get("required", column));
        }

        void unknown(String column, String value) {
            problem(line, columnOf.get(column), column, Messages.get("unknown.code", column, value));
        }

        List<String> list(String column) {
            String value = optional(column);
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        <T> T code(String column, boolean required, java.util.function.Function<String, T> lookup) {
            String value = required ? required(column) : optional(column);
            if (value == null) {
                return null;
            }
            T found = lookup.apply(value);
            if (found == null) {
                unknown(column, value);
            }
            return found;
        }

        Integer integer(String column, boolean required) {
            Long value = number(required ? required(column) : optional(column), column);
            return value == null ? null : value.intValue();
        }

        Long longValue(String column) {
            return number(optional(column), column);
        }

        private Long number(String value, String column) {
            if (value == null) {
                return null;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                problem(line, columnOf.get(column), column, Messages.get("not.a.number", column, value));
                return null;
            }
        }

        LocalDate date(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(line, columnOf.get(column), column, Messages.get("not.a.date", column, value));
                return null;
            }
        }
    }
}
