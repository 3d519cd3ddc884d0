package org.grassroots.planner.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change of the audit trail: what happened to which initiative, when, by whom (the database login
 * on a server, the OS user on the embedded database), the changed fields in one line, and each field
 * with its value before and after (an update's changed fields, a deletion's removed values; none for
 * an insertion or an entry written before version 5 of the schema), and the fiscal year and mission of
 * the row (before a deletion; null for entries written before version 5).
 */
public record HistoryEntry(String initiativeId, String action, OffsetDateTime when, String who, String changes,
        List<Field> fields, Integer fiscalYear, String mission) {
    public HistoryEntry {
        fields = List.copyOf(fields);
    }

    /** A field of a change, with its value before and after as text (lists {@code a;b}, codes, ISO dates; null for none). */
    public record Field(String name, String before, String after) {
    }
}
