package org.grassroots.planner.rules;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A statistic of the plan given to the rules as a fact: the year's figures that judgements of the year as a whole
 * compare with its reference, computed outside the rules and kept current at each edit (one fact, updated only when
 * a figure changed): the budget of the year's initiatives that are not cancelled (the contract's total, which the cap
 * is for), and the part of it that starts in January to March; how many initiatives the year has (not cancelled) and
 * how many of them reach {@code US}, a priority state or an outreach state; how many have a format, how many are held
 * in person (in person or hybrid) and how many online (online or hybrid).
 */
public final class YearFigures {
    private final BigInteger totalJpy;
    private final BigInteger lastQuarterJpy;
    private final long initiatives;
    private final long reaching;
    private final long withFormat;
    private final long inPerson;
    private final long online;

    public YearFigures(BigInteger totalJpy, BigInteger lastQuarterJpy, long initiatives, long reaching, long withFormat,
            long inPerson, long online) {
        this.totalJpy = totalJpy;
        this.lastQuarterJpy = lastQuarterJpy;
        this.initiatives = initiatives;
        this.reaching = reaching;
        this.withFormat = withFormat;
        this.inPerson = inPerson;
        this.online = online;
    }

    public BigInteger getTotalJpy() {
        return totalJpy;
    }

    /** @return the part of the total that starts in January to March */
    public BigInteger getLastQuarterJpy() {
        return lastQuarterJpy;
    }

    /** @return how many initiatives the year has (not cancelled) */
    public long getInitiatives() {
        return initiatives;
    }

    /** @return how many of them target {@code US}, a priority state or an outreach state */
    public long getReaching() {
        return reaching;
    }

    /** @return how many of the year's initiatives (not cancelled) have a format */
    public long getWithFormat() {
        return withFormat;
    }

    /** @return how many are held in person or hybrid */
    public long getInPerson() {
        return inPerson;
    }

    /** @return how many are held online or hybrid */
    public long getOnline() {
        return online;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearFigures y && y.totalJpy.equals(totalJpy) && y.lastQuarterJpy.equals(lastQuarterJpy)
                && y.initiatives == initiatives && y.reaching == reaching && y.withFormat == withFormat && y.inPerson == inPerson && y.online == online;
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalJpy, lastQuarterJpy, initiatives, reaching, withFormat, inPerson, online);
    }

    @Override
    public String toString() {
        return "YearFigures[" + totalJpy + " (" + lastQuarterJpy + " Jan-Mar), " + reaching + " of " + initiatives
                + " reaching, formats " + withFormat + ": " + inPerson
                + " in person, " + online + " online]";
    }
}
