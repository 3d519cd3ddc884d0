package org.grassroots.planner.rules;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which earlier fiscal years the check holds initiatives of (given beside the year checked: from the store, or the
 * plan file's other years). A judgement that looks back needs them: without them it says it was not evaluated rather
 * than passing in silence. A fact of every evaluation.
 */
public final class History {
    private final int fiscalYear;
    private final SortedSet<Integer> years;

    public History(int fiscalYear, Set<Integer> years) {
        this.fiscalYear = fiscalYear;
        this.years = new TreeSet<>(years);
        this.years.removeIf(y -> y >= fiscalYear);
    }

    /** @return the fiscal year checked */
    public int getFiscalYear() {
        return fiscalYear;
    }

    /** @return the earlier fiscal years held, oldest first */
    public SortedSet<Integer> getYears() {
        return years;
    }

    /** @return whether each of the {@code back} fiscal years before the one checked is held */
    public boolean holdsYearsBack(int back) {
        for (int y = fiscalYear - back; y < fiscalYear; y++) {
            if (!years.contains(y)) {
                return false;
            }
        }
        return true;
    }

    /** @return the fiscal years among the {@code back} before the one checked that are not held, oldest first */
    public SortedSet<Integer> missingYearsBack(int back) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int y = fiscalYear - back; y < fiscalYear; y++) {
            if (!years.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && h.fiscalYear == fiscalYear && h.years.equals(years);
    }

    @Override
    public int hashCode() {
        return fiscalYear * 31 + years.hashCode();
    }

    @Override
    public String toString() {
        return "History[FY" + fiscalYear + " holds " + years + "]";
    }
}
