package org.grassroots.planner.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.grassroots.planner.importer.CellValues;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.PlanCells;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;

/**
 * Fuzz inputs aimed at the contract's input limits: a good plan table (CSV or XLSX) with one cell or
 * header edited at random to a value on either side of a limit (a column name given twice, a
 * control character, a budget or fiscal year out of range or at its bound, a cell quoted with
 * {@code '} before a formula character, a hidden sheet before the plan). Each input knows where the
 * edit is and whether the contract must reject it, so the fuzz test can hold the reader to it.
 */
final class LimitInputs {
    private static final int ID = PlanRows.COLUMNS.indexOf("id");
    private static final int YEAR = PlanRows.COLUMNS.indexOf("fiscal_year");
    private static final int TITLE_JA = PlanRows.COLUMNS.indexOf("title_ja");
    private static final int TITLE_EN = PlanRows.COLUMNS.indexOf("title_en");
    private static final int BUDGET = PlanRows.COLUMNS.indexOf("budget_jpy");
    private static final String[] BAD_BUDGETS = { "-1", "-1500000", "1000000000001", "1,000,000,000,001",
            "¥1000000000001", "１０００００００００００１", "9223372036854775807", "-9223372036854775808",
            "99999999999999999999", "1000000000001.0" };
    private static final String[] GOOD_BUDGETS = { "0", "1000000000000", "1,000,000,000,000", "¥0", "-0",
            "1000000000000.00" };
    private static final String[] BAD_YEARS = { "1999", "2101", "0", "-2023", "1900", "平成11年度", "令和83年度",
            "99999999999", "２１０１" };
    private static final String[] GOOD_YEARS = { "2000", "2100", "平成12年度", "令和82年度", "２０００", "2100.0" };

    /**
     * One input and what the reader must make of it.
     *
     * @param rows       the table, header first (line n of the file is rows[n - 1])
     * @param sheets     for XLSX: the sheets before the table's (hidden ones), else empty
     * @param line       the 1-based line of the edit, 0 if none must be reported
     * @param column     the 1-based column of the edit
     * @param mustReject true if the contract rejects the file for the edit
     * @param what       the edit, for failure messages
     */
    record LimitInput(List<List<String>> rows, List<PlanFiles.Sheet> sheets, int line, int column, boolean mustReject,
            String what, Check accepted) {

        byte[] bytes(boolean xlsx) throws IOException {
            if (!xlsx) {
                return PlanFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
            }
            List<PlanFiles.Sheet> all = new ArrayList<>(sheets);
            all.add(PlanFiles.Sheet.visible(rows));
            return PlanFiles.workbook(all);
        }

        /** Holds the reader to the contract for a rejected input. */
        void rejected(List<ImportProblem> problems) {
            for (ImportProblem p : problems) {
                assertTrue(p.line() >= 1 && p.column() >= 1, what + ": a problem without line and column: " + p);
            }
            if (mustReject) {
                assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.column() == column),
                        what + ": no problem at " + line + ":" + column + " among " + problems);
            }
        }

        /** Holds the reader to the contract for an accepted input. */
        void accepted(List<Initiative> plan) {
            assertTrue(!mustReject, what + ": accepted");
            assertEquals(rows.size() - 1, plan.size(), what + ": every row is an initiative");
            if (accepted != null) {
                accepted.check(plan.get(line - 2), what);
            }
        }
    }

    /** What an accepted edit must have given. */
    interface Check {
        void check(Initiative edited, String what);
    }

    private LimitInputs() {
    }

    /** @return the contract's columns and the cells of each initiative, as the plan file holds them */
    static List<List<String>> table(List<Initiative> plan) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(PlanRows.COLUMNS));
        for (Initiative i : plan) {
            rows.add(PlanCells.text(i));
        }
        return rows;
    }

    /** @return a copy of the table with one edit aimed at an input limit */
    static LimitInput make(List<List<String>> table, Mutator m, boolean xlsx) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : table) {
            rows.add(new ArrayList<>(r));
        }
        int line = 2 + m.nextInt(rows.size() - 1);
        List<String> row = rows.get(line - 1);
        switch (m.nextInt(xlsx ? 7 : 6)) {
            case 0 -> {
                return duplicateColumn(rows, m);
            }
            case 1 -> {
                int at = m.nextInt(rows.size());
                int column = m.nextInt(rows.get(at).size());
                String cell = rows.get(at).get(column);
                char c = (char) (m.nextInt(33) == 32 ? 0x7F : m.nextInt(32));
                if (c == '\t') {
                    c = '\u000B';
                }
                int pos = m.nextInt(cell.length() + 1);
                rows.get(at).set(column, cell.substring(0, pos) + c + cell.substring(pos));
                return new LimitInput(rows, List.of(), at + 1, column + 1, true,
                        String.format("U+%04X in %d:%d", (int) c, at + 1, column + 1), null);
            }
            case 2 -> {
                boolean bad = m.nextInt(3) > 0;
                String budget = bad ? BAD_BUDGETS[m.nextInt(BAD_BUDGETS.length)] : GOOD_BUDGETS[m.nextInt(GOOD_BUDGETS.length)];
                row.set(BUDGET, budget);
                long expected = budget.startsWith("1") || budget.startsWith("¥1") ? PlanRows.MAX_BUDGET_JPY : 0;
                return new LimitInput(rows, List.of(), line, BUDGET + 1, bad, "budget_jpy " + budget + " on line " + line,
                        (i, what) -> assertEquals(expected, i.getBudgetJpy(), what));
            }
            case 3 -> {
                boolean bad = m.nextInt(3) > 0;
                String year = bad ? BAD_YEARS[m.nextInt(BAD_YEARS.length)] : GOOD_YEARS[m.nextInt(GOOD_YEARS.length)];
                row.set(YEAR, year);
                int expected = year.equals("2000") || year.equals("２０００") || year.startsWith("平成") ? 2000 : 2100;
                return new LimitInput(rows, List.of(), line, YEAR + 1, bad, "fiscal_year " + year + " on line " + line,
                        (i, what) -> assertEquals(expected, i.getFiscalYear(), what));
            }
            case 4, 5 -> {
                int column = m.nextInt(row.size());
                char c = PlanCells.FORMULA_STARTS.charAt(m.nextInt(PlanCells.FORMULA_STARTS.length()));
                String unquoted = c + row.get(column);
                row.set(column, "'" + unquoted);
                String what = "'" + unquoted.replace("\t", "\\t").replace("\r", "\\r") + " in " + line + ":" + (column + 1);
                Check check = null;
                if (column == ID || column == TITLE_JA || column == TITLE_EN) {
                    String expected = Objects.toString(CellValues.clean(unquoted), "");
                    check = (i, w) -> assertEquals(expected, PlanCells.text(i).get(column), w);
                }
                // CR is a control character: the quote comes off, the cell is still refused
                return new LimitInput(rows, List.of(), line, column + 1, c == '\r', what, check);
            }
            default -> {
                List<List<String>> hidden = table.subList(0, 1 + m.nextInt(table.size()));
                List<List<String>> bad = new ArrayList<>();
                for (List<String> r : hidden) {
                    List<String> copy = new ArrayList<>(r);
                    copy.set(m.nextInt(copy.size()), "\u0000" + (m.nextInt(2) == 0 ? "id" : "-1"));
                    bad.add(copy);
                }
                String state = m.nextInt(2) == 0 ? "hidden" : "veryHidden";
                return new LimitInput(rows, List.of(new PlanFiles.Sheet("old", state, bad)), 0, 0, false,
                        "a " + state + " sheet first", null);
            }
        }
    }

    private static LimitInput duplicateColumn(List<List<String>> rows, Mutator m) {
        List<String> header = rows.get(0);
        String name = header.get(m.nextInt(header.size()));
        String given = switch (m.nextInt(3)) {
            case 0 -> name;
            case 1 -> name.toUpperCase(Locale.ROOT);
            default -> " " + name + "\u3000";
        };
        if (m.nextInt(2) == 0) {
            header.add(given);
            for (List<String> r : rows.subList(1, rows.size())) {
                r.add(m.nextInt(2) == 0 ? "" : r.get(header.indexOf(name)));
            }
            return new LimitInput(rows, List.of(), 1, header.size(), true, name + " again at the end", null);
        }
        int first = header.indexOf(name);
        int other = m.nextInt(header.size());
        if (other == first) {
            other = (first + 1) % header.size();
        }
        header.set(other, given);
        return new LimitInput(rows, List.of(), 1, Math.max(first, other) + 1, true,
                name + " again in column " + (other + 1), null);
    }
}
