package org.grassroots.planner.planning;

import java.util.List;

/**
 * A plan file refused whole because some rows carry an older {@code version} than the database's: they
 * were changed there since the file was exported. Nothing was stored.
 */
public final class OlderVersionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> rows;

    OlderVersionsException(String file, List<String> rows) {
        super(file + " was refused; nothing was stored: " + rows.size() + (rows.size() == 1 ? " row carries" : " rows carry")
                + " an older version than the database's (changed there since the file was exported: export the plan"
                + " again and redo the edits there)");
        this.rows = List.copyOf(rows);
    }

    /** @return each refused row as {@code file:line: ID has version N, the database version M} */
    public List<String> rows() {
        return rows;
    }
}
