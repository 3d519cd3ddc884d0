package org.grassroots.planner.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;

/**
 * Turns the rows of a plan file (cells by column name) into initiatives, checking them against the
 * plan contract. Shared by every tabular format so that CSV and Excel accept exactly the same input.
 * Collects problems instead of stopping at the first one.
 * <p>
 * Fed row by row through {@link #row(int, List)}, it skips blank rows and finds the header with a
 * {@link HeaderSearch}, so that a title row or a merged group header above the real header (as
 * planners' sheets have) does no harm. Values are read by {@link CellValues}.
 * <p>
 * The contract's input limits are checked here, for every format alike: a column name given twice
 * in the header, a control character (U+0000–U+001F but TAB, U+007F) in any cell, a budget outside
 * 0 to {@value #MAX_BUDGET_JPY} yen and a fiscal year outside {@value #FIRST_FISCAL_YEAR}–{@value #LAST_FISCAL_YEAR}
 * each reject the file with their line and column. A cell written with a leading {@code '} before
 * a formula character is read without it ({@link PlanCells#unquoted(String)}).
 */
public final class PlanRows {
    /** The columns of the plan contract, in their canonical order. */
    public static final List<String> COLUMNS = List.of("id", "fiscal_year", "mission", "title_ja", "title_en", "kind",
            "themes", "states", "partners", "format", "start_date", "end_date", "budget_jpy", "status",
            "actual_cost_jpy", "participants", "online_views", "media_reports", "dignitaries", "outcome", "best_practice");
    /** The optional result columns, filled once an initiative is done (the last of {@link #COLUMNS}). */
    public static final List<String> RESULT_COLUMNS = COLUMNS.subList(14, COLUMNS.size());
    private static final List<String> REQUIRED = List.of("id", "fiscal_year", "mission", "title_ja", "kind", "states",
            "status");
    /** Problems listed before the reader gives up on a file. */
    public static final int MAX_PROBLEMS = 100;
    /**
     * The longest value each text column may hold, in characters: what the store's columns hold
     * ({@code db/V1__initiatives.sql} of the store bundle), so that nothing accepted here fails there.
     */
    public static final Map<String, Integer> MAX_LENGTH = Map.of("id", 100, "title_ja", 1000, "title_en", 1000,
            "themes", 80, "partners", 400, "dignitaries", 200, "outcome", 4000);
    /**
     * The optional column that gives the version of each row as the store had it when the plan was
     * exported (a whole number from 1): an import refuses a row whose version is older than the store's.
     */
    public static final String VERSION = "version";
    /** The earliest and the latest fiscal year a plan may hold (the contract's input limits). */
    public static final int FIRST_FISCAL_YEAR = 2000;
    public static final int LAST_FISCAL_YEAR = 2100;
    /** The largest budget an initiative may have, in yen; the smallest is 0 (the contract's input limits). */
    public static final long MAX_BUDGET_JPY = 1_000_000_000_000L;
    /** The most items a list cell may hold. */
    public static final int MAX_LIST_ITEMS = 100;
    /** Rows (not counting blank ones) among which the header is looked for. */
    public static final int HEADER_SEARCH_ROWS = HeaderSearch.ROWS;

    private final String file;
    private final HeaderSearch header = new HeaderSearch(REQUIRED);
    private Map<String, Integer> columnOf = Map.of();
    private final ReferenceData reference = ReferenceData.shipped();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final Map<String, Integer> lineOfId = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    /** One instance of each code and list item, so that a large plan does not hold 100,000 copies of "cg-chicago". */
    private final Map<String, String> shared = new HashMap<>();
    private static final int MAX_SHARED = 10_000;

    /**
     * Rows are given through {@link #row(int, List)}; the header is found among the first of them.
     */
    public PlanRows(String file) {
        this.file = file;
    }

    /**
     * @param header the header cells in file order (surrounding blanks are ignored)
     */
    public PlanRows(String file, List<String> header, int headerLine) {
        this.file = file;
        controlCharacters(headerLine, header);
        this.header.take(headerLine, header);
        useHeader();
    }

    private void useHeader() {
        columnOf = header.columns();
        for (HeaderSearch.Duplicate d : header.duplicates()) {
            problem(header.line(), d.column(), d.name(), Messages.get("duplicate.column", d.name(), d.first()));
        }
        for (String missing : header.missing()) {
            problem(header.line(), 1, null, Messages.get("missing.column", missing));
        }
    }

    /** Reports each cell of the row that holds a control character other than TAB. */
    private void controlCharacters(int line, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            int at = CellValues.controlCharacter(cell);
            if (at >= 0) {
                problem(line, i + 1, columnNameAt(i + 1),
                        Messages.get("control.character", String.format("U+%04X", (int) cell.charAt(at))));
            }
        }
    }

    /**
     * Takes the next row of the file: blank rows are skipped, the header is looked for until found
     * (see {@link HeaderSearch}), then every row is an initiative.
     *
     * @param line the row's line (CSV) or row number (Excel), 1-based
     * @return false once reading should stop (problem limit reached, or a header without the
     *         required columns)
     */
    public boolean row(int line, List<String> cells) {
        controlCharacters(line, cells);
        if (HeaderSearch.blank(cells)) {
            return problems.size() < MAX_PROBLEMS;
        }
        if (header.decided()) {
            return initiative(line, cells);
        }
        if (header.offer(line, cells)) {
            useHeader();
            return header.missing().isEmpty();
        }
        return true;
    }

    /**
     * Takes a row below the header as an initiative.
     *
     * @return false once the problem limit is reached and reading should stop
     */
    public boolean add(int line, List<String> cells) {
        controlCharacters(line, cells);
        return initiative(line, cells);
    }

    private boolean initiative(int line, List<String> cells) {
        if (problems.size() >= MAX_PROBLEMS || !columnOf.keySet().containsAll(REQUIRED)) {
            return false;
        }
        int before = problems.size();
        Row row = new Row(line, cells);
        String id = row.length("id", row.required("id"));
        Integer fiscalYear = row.fiscalYear("fiscal_year");
        String mission = share(row.required("mission"));
        if (mission != null && reference.mission(mission) == null) {
            row.unknown("mission", mission);
        }
        String titleJa = row.length("title_ja", row.required("title_ja"));
        String titleEn = row.length("title_en", row.optional("title_en"));
        Kind kind = row.code("kind", true, Kind::fromCode);
        List<String> themes = row.list("themes");
        List<String> states = row.list("states");
        if (states.isEmpty()) {
            row.missing("states");
        }
        for (String state : states) {
            if (!reference.isKnownTarget(state)) {
                row.unknown("states", state);
            }
        }
        List<String> partners = row.list("partners");
        Format format = row.code("format", false, Format::fromCode);
        LocalDate start = row.date("start_date");
        LocalDate end = row.date("end_date");
        Long budgetJpy = row.amount("budget_jpy");
        Status status = row.code("status", true, Status::fromCode);
        Long actualCost = row.amount("actual_cost_jpy");
        Long participants = row.count("participants");
        Long onlineViews = row.count("online_views");
        Long mediaReports = row.count("media_reports");
        List<String> dignitaries = row.list("dignitaries");
        String outcome = row.length("outcome", row.optional("outcome"));
        Boolean bestPractice = row.truth("best_practice");
        Long version = row.version(VERSION);
        if (id != null) {
            Integer first = lineOfId.putIfAbsent(id, line);
            if (first != null) {
                problem(line, columnOf.get("id"), "id", Messages.get("duplicate.id", id, first));
            }
        }
        if (problems.size() == before) {
            initiatives.add(Initiative.builder().id(id).fiscalYear(fiscalYear).mission(mission).titleJa(titleJa)
                    .titleEn(titleEn).kind(kind).themes(themes).states(states)
                    .partners(partners).format(format).startDate(start).endDate(end).budgetJpy(budgetJpy)
                    .status(status).actualCostJpy(actualCost).participants(participants).onlineViews(onlineViews)
                    .mediaReports(mediaReports).dignitaries(dignitaries).outcome(outcome).bestPractice(bestPractice)
                    .build());
            if (version != null) {
                versions.put(id, version);
            }
        }
        return problems.size() < MAX_PROBLEMS;
    }

    private String share(String value) {
        if (value == null) {
            return null;
        }
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < MAX_SHARED) {
            shared.put(value, value);
        }
        return value;
    }

    /**
     * @param column a 1-based column number of the file
     * @return the contract column the header puts there, or {@code null} (no header yet, or a column
     *         the contract does not name)
     */
    public String columnNameAt(int column) {
        for (Map.Entry<String, Integer> e : columnOf.entrySet()) {
            if (e.getValue() == column && (COLUMNS.contains(e.getKey()) || VERSION.equals(e.getKey()))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** @return true once {@value #MAX_PROBLEMS} problems have been found and reading should stop */
    public boolean problemLimitReached() {
        return problems.size() >= MAX_PROBLEMS;
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
        if (!header.decided()) {
            if (!header.settle()) {
                throw new ImportException(List.of(new ImportProblem(file, 1, 1, null, Messages.get("empty"))));
            }
            useHeader();
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, new ImportedPlan(file, initiatives, lineOfId, versions));
        }
        return new ImportedPlan(file, initiatives, lineOfId, versions);
    }

    /**
     * @return the cell's value without surrounding blanks and without a {@code '} quoting a formula
     *         character ({@code '\t} is an empty value), or {@code null} if nothing is left
     */
    static String text(String cell) {
        String value = CellValues.clean(cell);
        if (value == null || value.charAt(0) != PlanCells.QUOTE) {
            return value;
        }
        String quoted = cell.substring(cell.indexOf(PlanCells.QUOTE)); // with the blanks after it
        String unquoted = PlanCells.unquoted(quoted);
        return unquoted == quoted ? value : CellValues.clean(unquoted);
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
            return text(cells.get(at - 1));
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
            // one value of a list column is one code: "unknown state code", not "unknown states code"
            String kind = switch (column) {
            case "states" -> "state";
            case "themes" -> "theme";
            default -> column;
            };
            problem(line, columnOf.get(column), column, Messages.get("unknown.code", kind, value));
        }

        List<String> list(String column) {
            String value = optional(column);
            if (value == null) {
                return List.of();
            }
            List<String> items = Arrays.stream(value.split(";")).map(CellValues::clean).filter(Objects::nonNull)
                    .map(PlanRows.this::share).toList();
            if (items.size() > MAX_LIST_ITEMS) {
                problem(line, columnOf.get(column), column, Messages.get("too.many.items", column, MAX_LIST_ITEMS));
                return items.subList(0, MAX_LIST_ITEMS);
            }
            for (String item : items) {
                length(column, item);
            }
            return items;
        }

        /** @return the value, after reporting it if it is longer than its column may hold */
        String length(String column, String value) {
            Integer max = MAX_LENGTH.get(column);
            if (value != null && max != null && value.length() > max) {
                problem(line, columnOf.get(column), column, Messages.get("too.long", column, max));
            }
            return value;
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

        Integer fiscalYear(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            Integer year = CellValues.fiscalYear(value);
            if (year == null && !CellValues.isWholeNumber(value)) {
                problem(line, columnOf.get(column), column, Messages.get("not.a.number", column, value));
            } else if (year == null || year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR) {
                problem(line, columnOf.get(column), column,
                        Messages.get("fiscal.year.range", column, FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, value));
                return null;
            }
            return year;
        }

        /** @return the amount of yen, after reporting it if it is no whole number or below 0 or above the limit */
        Long amount(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            Long number = CellValues.wholeNumber(value);
            if (number == null && !CellValues.isWholeNumber(value)) {
                problem(line, columnOf.get(column), column, Messages.get("not.a.number", column, value));
            } else if (number == null || number < 0 || number > MAX_BUDGET_JPY) {
                problem(line, columnOf.get(column), column, Messages.get("amount.range", column, MAX_BUDGET_JPY, value));
                return null;
            }
            return number;
        }

        /** @return a count of people, views or reports: a whole number from 0 to the same limit as amounts */
        Long count(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            Long number = CellValues.wholeNumber(value);
            if (number == null || number < 0 || number > MAX_BUDGET_JPY) {
                problem(line, columnOf.get(column), column, Messages.get("count.range", column, MAX_BUDGET_JPY, value));
                return null;
            }
            return number;
        }

        /** @return the row's version (a whole number from 1), after reporting it if it is none */
        Long version(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            Long number = CellValues.wholeNumber(value);
            if (number == null && !CellValues.isWholeNumber(value)) {
                problem(line, columnOf.get(column), column, Messages.get("not.a.number", column, value));
            } else if (number == null || number < 1) {
                problem(line, columnOf.get(column), column, Messages.get("version.range", column, value));
                return null;
            }
            return number;
        }

        /** @return true or false ({@code true}/{@code false} in any case, as Excel's TRUE/FALSE), or null when empty */
        Boolean truth(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            if (value.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (value.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            problem(line, columnOf.get(column), column, Messages.get("not.a.boolean", column, value));
            return null;
        }

        LocalDate date(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            LocalDate date = CellValues.date(value);
            if (date == null) {
                problem(line, columnOf.get(column), column, Messages.get("not.a.date", column, value));
            }
            return date;
        }
    }
}
