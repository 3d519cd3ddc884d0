package org.grassroots.planner.store;

import java.time.OffsetDateTime;

/** One change of the audit trail: what happened to which initiative, when, by whom, and which fields changed. */
public record HistoryEntry(String initiativeId, String action, OffsetDateTime when, String who, String changes) {
}
