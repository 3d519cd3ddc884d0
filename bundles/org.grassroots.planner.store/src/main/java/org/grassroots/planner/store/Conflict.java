package org.grassroots.planner.store;

import org.grassroots.planner.model.Initiative;

/**
 * A save that met another planner's change: the initiative as this planner would save it, and as it
 * is in the store now ({@code theirs} null when the other planner deleted it), with who changed it last.
 */
public record Conflict(String id, Initiative mine, Initiative theirs, long theirVersion, String changedBy) {
}
