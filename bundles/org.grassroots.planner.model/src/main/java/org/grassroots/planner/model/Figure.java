package org.grassroots.planner.model;

import java.util.Objects;

/**
 * A known figure with its source: what it measures, about what (a state code, {@code US}, a mission
 * code, or a fiscal year such as {@code FY2021}), for which year, and whether the source gives it
 * only approximately ("about JPY 220 million"). Unknown figures are simply absent: never invented.
 * The source is cited in English; {@code sourceJa}, when the data gives it, is the same citation in Japanese
 * (the descriptive words translated, the titles as the source has them), or null.
 */
public record Figure(String subject, String measure, int year, long value, boolean approximate, String source,
        String sourceJa) {

    /** Employment by majority-owned US affiliates of Japanese companies (BEA). */
    public static final String EMPLOYMENT = "japanese_affiliate_employment";
    /** The same, manufacturing only. */
    public static final String EMPLOYMENT_MANUFACTURING = "japanese_affiliate_employment_manufacturing";
    /** Japanese company establishments (MOFA survey of Japanese companies overseas, 1 October). */
    public static final String ESTABLISHMENTS = "japanese_establishments";
    /** The grassroots budget of a fiscal year, in yen. */
    public static final String BUDGET_JPY = "budget_jpy";
    /** Initiatives carried out in a fiscal year. */
    public static final String INITIATIVES = "initiatives";
    /** Initiatives carried out from FY2017 up to and including the year. */
    public static final String INITIATIVES_SINCE_FY2017 = "initiatives_since_fy2017";

    public Figure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
    }

    /** A figure cited in English only. */
    public Figure(String subject, String measure, int year, long value, boolean approximate, String source) {
        this(subject, measure, year, value, approximate, source, null);
    }

    /** @return the source as cited in the locale's language: in Japanese where the data gives it, else in English */
    public String source(java.util.Locale locale) {
        return sourceJa != null && locale != null && "ja".equals(locale.getLanguage()) ? sourceJa : source;
    }
}
