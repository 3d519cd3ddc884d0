package org.grassroots.planner.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.PlanCells;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;

/**
 * Rows of the plan on the clipboard, as Excel copies and pastes them: tab-separated text, one row a line, a cell
 * holding a tab, a line break or a quote put in quotes ({@code "a ""b"""}). A copy starts with the plan file's
 * header, so that it pastes into Excel as a sheet that imports again; a paste goes through the very row checks
 * of an import ({@link PlanRows}), with or without the header (without it, the columns are the plan file's, in
 * its order), and is refused whole with every problem, as an import is.
 */
public final class PlanClipboard {
    /** The name a pasted text goes by in its problems ("clipboard:3:8: ..."). */
    public static final String SOURCE = "clipboard";

    private PlanClipboard() {
    }

    /** @return the initiatives as tab-separated rows under the plan file's header, each cell as a plan file holds it */
    public static String copy(Collection<Initiative> initiatives) {
        StringBuilder out = new StringBuilder();
        line(out, PlanRows.COLUMNS);
        for (Initiative i : initiatives) {
            line(out, PlanCells.csv(i));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int n = 0; n < cells.size(); n++) {
            if (n > 0) {
                out.append('\t');
            }
            String cell = cells.get(n);
            if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('"') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    /**
     * Reads pasted rows through the import's checks.
     *
     * @return the initiatives, in the order pasted
     * @throws ImportException with every problem (line and column of the pasted text); nothing is to be taken then
     */
    public static ImportedPlan paste(String text) throws ImportException {
        List<List<String>> rows = cells(text);
        boolean header = !rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).strip().equalsIgnoreCase("id");
        PlanRows check = header ? new PlanRows(SOURCE) : new PlanRows(SOURCE, PlanRows.COLUMNS, 0);
        for (int n = 0; n < rows.size(); n++) {
            boolean more = header ? check.row(n + 1, rows.get(n)) : check.add(n + 1, rows.get(n));
            if (!more) {
                break;
            }
        }
        return check.result();
    }

    /** What a paste does to the shown plan: the initiatives it adds, and those it updates (by id) with their state before. */
    public record Paste(List<Initiative> added, List<Initiative> updated, List<Initiative> before) {
    }

    /** @return the pasted initiatives split into new ones and updates of the plan's (a row whose id exists updates it) */
    public static Paste against(List<Initiative> pasted, Collection<Initiative> plan) {
        Map<String, Initiative> byId = plan.stream().collect(Collectors.toMap(Initiative::getId, Function.identity(), (a, b) -> a));
        List<Initiative> added = new ArrayList<>();
        List<Initiative> updated = new ArrayList<>();
        List<Initiative> before = new ArrayList<>();
        for (Initiative i : pasted) {
            Initiative old = byId.get(i.getId());
            if (old == null) {
                added.add(i);
            } else if (!old.equals(i)) {
                updated.add(i);
                before.add(old);
            }
        }
        return new Paste(List.copyOf(added), List.copyOf(updated), List.copyOf(before));
    }

    /** @return the rows of tab-separated text as Excel writes it (quoted cells may hold tabs, line breaks and quotes) */
    static List<List<String>> cells(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int n = 0; n < text.length(); n++) {
            char c = text.charAt(n);
            if (quoted) {
                if (c == '"' && n + 1 < text.length() && text.charAt(n + 1) == '"') {
                    cell.append('"');
                    n++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                atStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && n + 1 < text.length() && text.charAt(n + 1) == '\n') {
                    n++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atStart = true;
            } else {
                cell.append(c);
                atStart = false;
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
