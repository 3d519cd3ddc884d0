package org.grassroots.planner.model;

import java.time.LocalDate;

/**
 * A Japanese fiscal year, named by the Western year in which it starts: FY2023 is 令和5年度 and runs
 * from 1 April 2023 to 31 March 2024.
 */
public record FiscalYear(int year) {
    private static final int REIWA_OFFSET = 2018;
    private static final int HEISEI_OFFSET = 1988;

    public LocalDate start() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** @return the fiscal year in which this date falls */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** @return the Japanese era form, for example 令和5年度 (Reiwa from FY2019, Heisei before) */
    public String japanese() {
        if (year >= 2019) {
            int reiwa = year - REIWA_OFFSET;
            return "令和" + (reiwa == 1 ? "元" : Integer.toString(reiwa)) + "年度";
        }
        return "平成" + (year - HEISEI_OFFSET) + "年度";
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
