package org.grassroots.planner.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grassroots.planner.model.Initiative;

/**
 * The cells of one initiative in the contract's columns ({@link PlanRows#COLUMNS} order), typed so
 * that a spreadsheet writer can make real number and date cells: {@code String}, {@code Integer}
 * (fiscal year), {@code Long} (budget), {@code LocalDate}, or {@code null} for an empty cell. Lists
 * are joined with {@code ;}.
 */
public final class PlanCells {
    private PlanCells() {
    }

    public static List<Object> of(Initiative i) {
        return Arrays.asList(i.getId(), i.getFiscalYear(), i.getMission(), i.getTitleJa(), i.getTitleEn(),
                i.getKind().code(), list(i.getThemes()), list(i.getStates()), list(i.getPartners()),
                i.getFormat() == null ? null : i.getFormat().code(), i.getStartDate(), i.getEndDate(), i.getBudgetJpy(),
                i.getStatus().code());
    }

    /** @return the cells as the text a CSV file holds (empty for an empty cell, ISO dates) */
    public static List<String> text(Initiative i) {
        List<String> out = new ArrayList<>(PlanRows.COLUMNS.size());
        for (Object cell : of(i)) {
            out.add(cell == null ? "" : cell.toString());
        }
        return out;
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? null : String.join(";", values);
    }
}
