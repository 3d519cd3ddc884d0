package org.grassroots.planner.rules;

import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.math.BigInteger;

import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * An accumulate function for rules: the exact sum of integral values ({@code Long}, {@code Integer} …),
 * as a {@link BigInteger}, where Drools' {@code sum} of longs wraps past {@link Long#MAX_VALUE} to a
 * negative total. It adds in a {@code long} and counts the wraps, so it costs what {@code sum} costs and
 * keeps no object per value; it supports reverse (a live session's edits). Nulls are skipped.
 *
 * <pre>
 * import accumulate org.grassroots.planner.rules.ExactSum exactSum
 * ...
 *     $total : BigInteger( this &gt; reference.budgetCapJpy ) from accumulate(
 *         Initiative( budgetJpy != null, $b : budgetJpy ), exactSum( $b ) )
 * </pre>
 */
public final class ExactSum implements AccumulateFunction<ExactSum.Total> {
    /** The running total: {@code wraps × 2^64 + low}. */
    public static final class Total implements Serializable {
        private static final long serialVersionUID = 1L;

        long low;
        long wraps;

        void add(long v) {
            long r = low + v;
            if (((low ^ r) & (v ^ r)) < 0) { // the sum left the range of long
                wraps += low < 0 ? -1 : 1;
            }
            low = r;
        }

        void subtract(long v) {
            long r = low - v;
            if (((low ^ v) & (low ^ r)) < 0) {
                wraps += low < 0 ? -1 : 1;
            }
            low = r;
        }

        BigInteger value() {
            BigInteger low = BigInteger.valueOf(this.low);
            return wraps == 0 ? low : BigInteger.valueOf(wraps).shiftLeft(64).add(low);
        }
    }

    @Override
    public Total createContext() {
        return new Total();
    }

    @Override
    public void init(Total total) {
        total.low = 0;
        total.wraps = 0;
    }

    @Override
    public void accumulate(Total total, Object value) {
        if (value != null) {
            total.add(((Number) value).longValue());
        }
    }

    @Override
    public void reverse(Total total, Object value) {
        if (value != null) {
            total.subtract(((Number) value).longValue());
        }
    }

    @Override
    public Object getResult(Total total) {
        return total.value();
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return BigInteger.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        // stateless
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
        // stateless
    }
}
