package org.grassroots.planner.rules;

import java.util.Objects;

/**
 * A statistic of the plan given to the rules as a fact: the median budget of a kind's initiatives of the year (not
 * cancelled, with a budget), and the limit above which an initiative's budget is "far above" it (the median times
 * the reference's {@code cost_median_factor}), and how many of those initiatives are above that limit. The session
 * computes it outside the rules and keeps it current as initiatives are edited, so a rule compares each initiative
 * with it alone: {@code KindMedian( $k : kind, $limit : limitJpy )} and
 * {@code Initiative( kindCode == $k, budgetJpy > $limit )}; a rule that asks {@code KindMedian( aboveLimit > 0 )}
 * first compares no initiative of a kind where none is above the limit.
 */
public final class KindMedian {
    private final String kind;
    private final long medianJpy;
    private final long limitJpy;
    private final int aboveLimit;

    /*
     * No count of the initiatives the median is of: the fact changes only when the median or the count above the
     * limit does, since a change of the fact makes the engine compare every initiative of the kind with it again (a
     * count of them all would change it at every edit of the kind).
     */
    public KindMedian(String kind, long medianJpy, long limitJpy, int aboveLimit) {
        this.kind = kind;
        this.medianJpy = medianJpy;
        this.limitJpy = limitJpy;
        this.aboveLimit = aboveLimit;
    }

    /** @return the kind's code */
    public String getKind() {
        return kind;
    }

    public long getMedianJpy() {
        return medianJpy;
    }

    public long getLimitJpy() {
        return limitJpy;
    }

    /** @return how many of the kind's initiatives (of the year, not cancelled) have a budget above {@link #getLimitJpy()} */
    public int getAboveLimit() {
        return aboveLimit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KindMedian k && k.kind.equals(kind) && k.medianJpy == medianJpy && k.limitJpy == limitJpy
                && k.aboveLimit == aboveLimit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, medianJpy, limitJpy, aboveLimit);
    }

    @Override
    public String toString() {
        return "KindMedian[" + kind + " " + medianJpy + " limit " + limitJpy + ", " + aboveLimit + " above]";
    }
}
