package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** The accumulate function of exact totals: past the range of long and back, as a live session's edits go. */
class ExactSumTest {
    private static final long HUGE = 9_200_000_000_000_000_000L;

    @Test
    void sumsExactlyPastTheRangeOfLongAndReversesBack() throws Exception {
        ExactSum f = new ExactSum();
        ExactSum.Total t = f.createContext();
        f.init(t);
        assertEquals(BigInteger.ZERO, f.getResult(t));
        f.accumulate(t, HUGE);
        f.accumulate(t, null);
        f.accumulate(t, HUGE);
        f.accumulate(t, HUGE);
        assertEquals(BigInteger.valueOf(HUGE).multiply(BigInteger.valueOf(3)), f.getResult(t));
        f.reverse(t, HUGE);
        f.reverse(t, HUGE);
        assertEquals(BigInteger.valueOf(HUGE), f.getResult(t));
        f.accumulate(t, -HUGE);
        f.accumulate(t, -HUGE);
        f.accumulate(t, -HUGE);
        assertEquals(BigInteger.valueOf(HUGE).multiply(BigInteger.valueOf(-2)), f.getResult(t));
        f.reverse(t, -HUGE);
        f.reverse(t, -HUGE);
        f.accumulate(t, 5);
        assertEquals(BigInteger.valueOf(5), f.getResult(t));
    }
}
