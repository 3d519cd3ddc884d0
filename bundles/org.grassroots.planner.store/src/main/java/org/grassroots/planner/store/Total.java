package org.grassroots.planner.store;

import java.math.BigInteger;

import org.grassroots.planner.model.Budgets;

/**
 * How many initiatives a group (a mission, a kind) has, and what their budgets add up to: exactly
 * ({@link #exactBudgetJpy()}; budgets of 9.2e18 and more add up beyond the range of {@code long}), and
 * as a {@code long} that saturates instead of wrapping ({@link #budgetJpy()}).
 */
public record Total(String key, int initiatives, BigInteger exactBudgetJpy) {

    public Total(String key, int initiatives, long budgetJpy) {
        this(key, initiatives, BigInteger.valueOf(budgetJpy));
    }

    /** @return the total, or {@link Long#MAX_VALUE} if it is larger than that (never a wrapped, negative value) */
    public long budgetJpy() {
        return Budgets.saturated(exactBudgetJpy);
    }
}
