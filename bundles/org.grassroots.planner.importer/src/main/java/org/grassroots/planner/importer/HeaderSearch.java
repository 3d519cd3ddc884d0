package org.grassroots.planner.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the header row of a table among its first {@value #ROWS} rows that are not blank: the
 * first row that names every required column (names compared without surrounding blanks and case).
 * Rows above it, such as a sheet's title or a merged group header, are passed over. If no row names
 * them all, the row naming most of them is taken, so that the missing columns are reported there.
 * A name given twice in the header counts once when looking for it, and is listed by
 * {@link #duplicates()} so that the reader can reject the table.
 */
public final class HeaderSearch {
    /** Rows (not counting blank ones) among which the header is looked for. */
    public static final int ROWS = 10;

    private final List<String> required;
    private final List<Map.Entry<Integer, List<String>>> candidates = new ArrayList<>();
    private Map<String, Integer> columns;
    private final List<Duplicate> duplicates = new ArrayList<>();
    private int line;

    public HeaderSearch(List<String> required) {
        this.required = List.copyOf(required);
    }

    /** @return true if no cell of the row holds anything but blanks */
    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> CellValues.clean(c) == null);
    }

    /**
     * Offers the next row that is not blank.
     *
     * @return true once the header is decided: this row is it, or the search has given up
     */
    public boolean offer(int rowLine, List<String> cells) {
        if (decided()) {
            return true;
        }
        if (matches(cells) == required.size()) {
            take(rowLine, cells);
            return true;
        }
        candidates.add(Map.entry(rowLine, cells));
        if (candidates.size() >= ROWS) {
            settle();
            return true;
        }
        return false;
    }

    /**
     * A column name the header gives more than once.
     *
     * @param name   the name as the header writes it the second time (without surrounding blanks)
     * @param column the 1-based column where it is given again
     * @param first  the 1-based column where it is first given
     */
    public record Duplicate(String name, int column, int first) {
    }

    /** Takes this row as the header. */
    public void take(int rowLine, List<String> cells) {
        line = rowLine;
        columns = new HashMap<>();
        duplicates.clear();
        for (int i = 0; i < cells.size(); i++) {
            String name = name(cells.get(i));
            if (name != null) {
                Integer first = columns.putIfAbsent(name, i + 1);
                if (first != null) {
                    duplicates.add(new Duplicate(CellValues.clean(cells.get(i)), i + 1, first));
                }
            }
        }
        candidates.clear();
    }

    /**
     * At the end of the input: takes the row most like a header.
     *
     * @return false if no row was offered at all (the table is empty)
     */
    public boolean settle() {
        if (decided()) {
            return true;
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Map.Entry<Integer, List<String>> best = candidates.get(0);
        for (Map.Entry<Integer, List<String>> candidate : candidates) {
            if (matches(candidate.getValue()) > matches(best.getValue())) {
                best = candidate;
            }
        }
        take(best.getKey(), best.getValue());
        return true;
    }

    public boolean decided() {
        return columns != null;
    }

    /** @return the header's line (CSV) or row number (Excel) */
    public int line() {
        return line;
    }

    /** @return the 1-based column of each name of the header (the first, if a name repeats) */
    public Map<String, Integer> columns() {
        return columns == null ? Map.of() : Collections.unmodifiableMap(columns);
    }

    /** @return the names the header gives more than once, each time it gives one again, in column order */
    public List<Duplicate> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** @return the required columns the header lacks, in their order */
    public List<String> missing() {
        return required.stream().filter(r -> !columns().containsKey(r)).toList();
    }

    /** @return how many of the required columns the row names (a name given twice counts once) */
    private int matches(List<String> cells) {
        Set<String> named = new HashSet<>();
        for (String cell : cells) {
            String name = name(cell);
            if (name != null && required.contains(name)) {
                named.add(name);
            }
        }
        return named.size();
    }

    private static String name(String cell) {
        String name = CellValues.clean(cell);
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
