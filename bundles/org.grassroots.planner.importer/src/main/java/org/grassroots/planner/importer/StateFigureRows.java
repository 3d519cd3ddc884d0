package org.grassroots.planner.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.StateFigures;
import org.grassroots.planner.reference.ReferenceData;

/**
 * Turns the rows of a state-figures table into {@link StateFigures}, checking each: a known state
 * code (or {@code US} for the national total), a year, a source, and at least one figure, each a
 * whole number not below zero. BEA's markers for figures it does not publish ({@code (D)},
 * {@code (*)}, {@code (NA)}) count as unknown (a row may then carry no figure at all). A state appears once per year. Shared by every
 * tabular format, and fed like {@link PlanRows}.
 */
public final class StateFigureRows {
    /** The columns of a state-figures table, all required in the header. */
    public static final List<String> COLUMNS = List.of("state", "year", "japanese_employment", "establishments",
            "source");
    private static final Set<String> NOT_PUBLISHED = Set.of("(D)", "(*)", "(NA)", "NA", "n/a");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private final String file;
    private final HeaderSearch header = new HeaderSearch(COLUMNS);
    private final ReferenceData reference = ReferenceData.shipped();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<StateFigures> figures = new ArrayList<>();
    private final Map<String, Integer> lineOfStateYear = new HashMap<>();

    public StateFigureRows(String file) {
        this.file = file;
    }

    /** @return false once reading should stop (problem limit, or a header without the columns) */
    public boolean row(int line, List<String> cells) {
        if (HeaderSearch.blank(cells)) {
            return true;
        }
        if (!header.decided()) {
            if (header.offer(line, cells)) {
                return checkHeader();
            }
            return true;
        }
        add(line, cells);
        return problems.size() < PlanRows.MAX_PROBLEMS;
    }

    private boolean checkHeader() {
        for (String missing : header.missing()) {
            problem(header.line(), 1, null, Messages.get("missing.column", missing));
        }
        return header.missing().isEmpty();
    }

    private void add(int line, List<String> cells) {
        int before = problems.size();
        String state = cell(cells, "state");
        if (state == null) {
            missing(line, "state");
        } else if (!reference.isKnownTarget(state)) {
            problem(line, column("state"), "state", Messages.get("unknown.code", "state", state));
        }
        Long year = number(line, cells, "year", true);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            problem(line, column("year"), "year", Messages.get("not.a.year", "year", year));
        }
        Long employment = number(line, cells, "japanese_employment", false);
        Long establishments = number(line, cells, "establishments", false);
        String source = cell(cells, "source");
        if (source == null) {
            missing(line, "source");
        }
        if (problems.size() > before) {
            return;
        }
        if (employment == null && establishments == null && !notPublished(cells)) {
            problem(line, column("japanese_employment"), "japanese_employment", Messages.get("no.figure"));
            return;
        }
        Integer first = lineOfStateYear.putIfAbsent(state + "/" + year, line);
        if (first != null) {
            problem(line, column("state"), "state", Messages.get("duplicate.state.year", state, year, first));
            return;
        }
        figures.add(new StateFigures(state, year.intValue(), employment,
                establishments == null ? null : establishments.intValue(), source));
    }

    private boolean notPublished(List<String> cells) {
        return NOT_PUBLISHED.contains(String.valueOf(cell(cells, "japanese_employment")))
                || NOT_PUBLISHED.contains(String.valueOf(cell(cells, "establishments")));
    }

    private int column(String name) {
        return header.columns().get(name);
    }

    private String cell(List<String> cells, String name) {
        int at = column(name);
        return at > cells.size() ? null : CellValues.clean(cells.get(at - 1));
    }

    private Long number(int line, List<String> cells, String name, boolean required) {
        String value = cell(cells, name);
        if (value == null || (!required && NOT_PUBLISHED.contains(value))) {
            if (required) {
                missing(line, name);
            }
            return null;
        }
        Long n = CellValues.wholeNumber(value);
        if (n == null || n < 0 || n > Integer.MAX_VALUE) {
            problem(line, column(name), name, Messages.get("not.a.count", name, value));
            return null;
        }
        return n;
    }

    private void missing(int line, String name) {
        problem(line, column(name), name, Messages.get("required", name));
    }

    /** Records a problem found by the format's own reader. */
    public void problem(int line, int column, String columnName, String message) {
        if (problems.size() < PlanRows.MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, line, column, columnName, message));
        } else if (problems.size() == PlanRows.MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, line, column, null, Messages.get("too.many", PlanRows.MAX_PROBLEMS)));
        }
    }

    /** @return every row read, or throws with every problem if there was any */
    public List<StateFigures> result() throws ImportException {
        if (!header.decided()) {
            if (!header.settle()) {
                throw new ImportException(List.of(new ImportProblem(file, 1, 1, null, Messages.get("empty"))));
            }
            checkHeader();
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return List.copyOf(figures);
    }
}
