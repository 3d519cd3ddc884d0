package org.grassroots.planner.model;

import java.math.BigInteger;
import java.util.Collection;

/**
 * Sums of yen that cannot overflow. Budgets are {@code long}s, and a few large ones (two of 9.2e18)
 * add up beyond {@link Long#MAX_VALUE}, where plain {@code long} arithmetic wraps to a negative total
 * that passes every cap. Importers bound each budget, but totals must not rely on that:
 * <ul>
 * <li>{@link #exactTotal} gives the exact total as a {@link BigInteger} (rules sum with the accumulate
 * function {@code exactSum} of the rules engine);</li>
 * <li>{@link #add}, {@link #subtract} and {@link #total} saturate: a result beyond the range of {@code long}
 * is {@link Long#MAX_VALUE} (or {@link Long#MIN_VALUE}), never a wrapped value, so a total stays at least
 * as large as any cap it exceeds (for a cap below {@code Long.MAX_VALUE}; {@link #exceeds} compares
 * exactly).</li>
 * </ul>
 */
public final class Budgets {
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private Budgets() {
    }

    /** @return a + b, or {@link Long#MAX_VALUE} / {@link Long#MIN_VALUE} where that would overflow */
    public static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) { // both operands have the sign the result lost
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** @return a − b, or {@link Long#MAX_VALUE} / {@link Long#MIN_VALUE} where that would overflow */
    public static long subtract(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** @return the budget, or 0 when it is missing */
    public static long of(Initiative i) {
        return i.getBudgetJpy() == null ? 0 : i.getBudgetJpy();
    }

    /**
     * @return the sum of these initiatives' budgets (missing ones count as 0), saturated to the range of
     *         {@code long}; the caller chooses the initiatives (cancelled ones usually left out)
     */
    public static long total(Collection<Initiative> initiatives) {
        long total = 0;
        for (Initiative i : initiatives) {
            total = add(total, of(i));
        }
        return total;
    }

    /** @return the exact sum of these initiatives' budgets (missing ones count as 0) */
    public static BigInteger exactTotal(Collection<Initiative> initiatives) {
        long small = 0; // the sum while it fits, the cheap way
        BigInteger big = null;
        for (Initiative i : initiatives) {
            long b = of(i);
            long r = small + b;
            if (((small ^ r) & (b ^ r)) < 0) {
                big = (big == null ? BigInteger.valueOf(small) : big.add(BigInteger.valueOf(small))).add(BigInteger.valueOf(b));
                small = 0;
            } else {
                small = r;
            }
        }
        return big == null ? BigInteger.valueOf(small) : big.add(BigInteger.valueOf(small));
    }

    /** @return the value, saturated to the range of {@code long} */
    public static long saturated(BigInteger value) {
        if (value.compareTo(MAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (value.compareTo(MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return value.longValue();
    }

    /**
     * @return the value as a {@link Long} when it fits (as totals usually are reported), else as the
     *         {@link BigInteger} it is; never a wrapped value
     */
    public static Number compact(BigInteger value) {
        return value.bitLength() < 64 ? (Number) Long.valueOf(value.longValue()) : value;
    }

    /** @return whether the total, of any integral type ({@code Long}, {@code BigInteger} …), is more than the cap */
    public static boolean exceeds(Number total, long cap) {
        if (total instanceof BigInteger b) {
            return b.compareTo(BigInteger.valueOf(cap)) > 0;
        }
        if (total instanceof java.math.BigDecimal d) {
            return d.compareTo(java.math.BigDecimal.valueOf(cap)) > 0;
        }
        return total.longValue() > cap;
    }
}
