package org.grassroots.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Sums of budgets never wrap: exact, or saturated at the ends of the range of long. */
class BudgetsTest {
    private static final long HUGE = 9_200_000_000_000_000_000L;

    private static Initiative budget(String id, Long budget) {
        return Initiative.builder().id(id).fiscalYear(2023).mission("cg-chicago").titleJa("案件").kind(Kind.OTHER)
                .states(List.of("IL")).budgetJpy(budget).status(Status.DRAFT).build();
    }

    @Test
    void addAndSubtractSaturate() {
        assertEquals(3, Budgets.add(1, 2));
        assertEquals(Long.MAX_VALUE, Budgets.add(HUGE, HUGE));
        assertEquals(Long.MIN_VALUE, Budgets.add(-HUGE, -HUGE));
        assertEquals(-1, Budgets.add(Long.MAX_VALUE, Long.MIN_VALUE));
        assertEquals(Long.MAX_VALUE, Budgets.subtract(HUGE, -HUGE));
        assertEquals(Long.MIN_VALUE, Budgets.subtract(-HUGE, HUGE));
        assertEquals(-5, Budgets.subtract(5, 10));
    }

    @Test
    void totalsAreExactOrSaturated() {
        List<Initiative> plan = List.of(budget("A", HUGE), budget("B", null), budget("C", HUGE), budget("D", 5L));
        BigInteger exact = BigInteger.valueOf(HUGE).multiply(BigInteger.TWO).add(BigInteger.valueOf(5));
        assertEquals(exact, Budgets.exactTotal(plan));
        assertEquals(Long.MAX_VALUE, Budgets.total(plan));
        assertEquals(Long.MAX_VALUE, Budgets.saturated(exact));
        assertEquals(BigInteger.valueOf(HUGE + 5), Budgets.exactTotal(List.of(budget("A", HUGE), budget("D", 5L))));
        assertEquals(exact, Budgets.compact(exact));
        assertEquals(Long.valueOf(7), Budgets.compact(BigInteger.valueOf(7)));
    }

    @Test
    void exceedsComparesExactly() {
        BigInteger beyond = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        assertTrue(Budgets.exceeds(beyond, Long.MAX_VALUE));
        assertFalse(Budgets.exceeds(Long.MAX_VALUE, Long.MAX_VALUE));
        assertTrue(Budgets.exceeds(11L, 10L));
        assertFalse(Budgets.exceeds(BigInteger.TEN, 10L));
    }
}
