package org.grassroots.planner.reference;

/** A US state, DC or territory, with its place on the tile-grid map (1-based column and row). */
public record UsState(String code, String nameEn, String nameJa, String kind, int col, int row) {
}
