package org.grassroots.planner.store;

/** How many initiatives a save added, updated, and found unchanged. */
public record SaveResult(int added, int updated, int unchanged) {
}
