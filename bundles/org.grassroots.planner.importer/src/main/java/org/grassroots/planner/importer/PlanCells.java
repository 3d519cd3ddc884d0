package org.grassroots.planner.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grassroots.planner.model.Initiative;

/**
 * The cells of one initiative in the contract's columns ({@link PlanRows#COLUMNS} order), typed so
 * that a spreadsheet writer can make real number and date cells: {@code String}, {@code Integer}
 * (fiscal year), {@code Long} (budget, actual cost and the counts of the results), {@code LocalDate}, or {@code null} for an empty cell. Lists
 * are joined with {@code ;}.
 * <p>
 * Also the one place that knows which text a spreadsheet would take for a formula (a cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR): writers quote it with a leading
 * {@code '} ({@link #quoted(String)}), readers take that quote off again ({@link #unquoted(String)}),
 * so that a plan file never runs anything in a spreadsheet and still reads back the same.
 */
public final class PlanCells {
    /** The first characters that make a spreadsheet read a cell as a formula (the contract's list). */
    public static final String FORMULA_STARTS = "=+-@\t\r";
    /** The quote a spreadsheet shows but does not take as part of a cell's text. */
    public static final char QUOTE = '\'';

    private PlanCells() {
    }

    public static List<Object> of(Initiative i) {
        return Arrays.asList(i.getId(), i.getFiscalYear(), i.getMission(), i.getTitleJa(), i.getTitleEn(),
                i.getKind().code(), list(i.getThemes()), list(i.getStates()), list(i.getPartners()),
                i.getFormat() == null ? null : i.getFormat().code(), i.getStartDate(), i.getEndDate(), i.getBudgetJpy(),
                i.getStatus().code(), i.getActualCostJpy(), i.getParticipants(), i.getOnlineViews(), i.getMediaReports(),
                list(i.getDignitaries()), i.getOutcome(), i.getBestPractice() == null ? null : i.getBestPractice().toString());
    }

    /** @return the cells as text (empty for an empty cell, ISO dates), exactly as the initiative holds them */
    public static List<String> text(Initiative i) {
        List<String> out = new ArrayList<>(PlanRows.COLUMNS.size());
        for (Object cell : of(i)) {
            out.add(cell == null ? "" : cell.toString());
        }
        return out;
    }

    /**
     * @return the cells as a CSV plan file holds them: {@link #text(Initiative)}, each cell that a
     *         spreadsheet would take for a formula {@link #quoted(String) quoted}
     */
    public static List<String> csv(Initiative i) {
        List<String> out = text(i);
        out.replaceAll(PlanCells::quoted);
        return out;
    }

    /** @return true if a spreadsheet would read this text as a formula (or strip its first character) */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** @return the text with a leading {@code '} if it is {@link #formulaLike(String) formula-like}, else the text */
    public static String quoted(String text) {
        return formulaLike(text) ? QUOTE + text : text;
    }

    /**
     * @return the text without its leading {@code '} if that quote is followed by a character that
     *         {@link #formulaLike(String) starts a formula}, else the text (the reverse of {@link #quoted(String)})
     */
    public static String unquoted(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == QUOTE && formulaLike(text.substring(1, 2))
                ? text.substring(1)
                : text;
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? null : String.join(";", values);
    }
}
