package org.grassroots.planner.store;

/** How many initiatives a group (a mission, a kind) has, and what their budgets add up to. */
public record Total(String key, int initiatives, long budgetJpy) {
}
