package org.grassroots.planner.model;

import java.util.Objects;

/**
 * The figures that make a state a priority region, for one year, with their source: the people
 * employed by majority-owned US affiliates of Japanese companies (BEA) and the number of Japanese
 * company establishments (MOFA's survey of Japanese companies overseas). Either figure may be
 * unknown ({@code null}). {@code state} is a USPS code, or {@code US} for the national total.
 * Immutable; getter names follow the bean convention so that rules can refer to the fields by name.
 */
public final class StateFigures {
    private final String state;
    private final int year;
    private final Long japaneseEmployment;
    private final Integer establishments;
    private final String source;

    public StateFigures(String state, int year, Long japaneseEmployment, Integer establishments, String source) {
        this.state = Objects.requireNonNull(state, "state");
        this.year = year;
        this.japaneseEmployment = japaneseEmployment;
        this.establishments = establishments;
        this.source = Objects.requireNonNull(source, "source");
    }

    public String getState() {
        return state;
    }

    public int getYear() {
        return year;
    }

    /** @return the employment by Japanese-owned affiliates, or {@code null} if not known */
    public Long getJapaneseEmployment() {
        return japaneseEmployment;
    }

    /** @return the number of Japanese company establishments, or {@code null} if not known */
    public Integer getEstablishments() {
        return establishments;
    }

    /** @return where the figures come from (publication, table, date) */
    public String getSource() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateFigures other && state.equals(other.state) && year == other.year
                && Objects.equals(japaneseEmployment, other.japaneseEmployment)
                && Objects.equals(establishments, other.establishments) && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, year, japaneseEmployment, establishments, source);
    }

    @Override
    public String toString() {
        return "StateFigures[" + state + " " + year + " employment=" + japaneseEmployment + " establishments="
                + establishments + "]";
    }
}
