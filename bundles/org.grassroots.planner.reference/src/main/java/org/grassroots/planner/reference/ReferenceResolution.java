package org.grassroots.planner.reference;

import java.util.Objects;

import org.grassroots.planner.model.FiscalYearReference;

/**
 * The reference a fiscal year is checked against, and where it came from: the contract's
 * {@code reference} object ({@code fiscal_year}, {@code source}, {@code from_fiscal_year},
 * {@code from_source}). A carried-over reference is an earlier year's, given the checked year.
 *
 * @param reference the reference, its fiscal year always the year checked
 * @param source where it came from ({@link Source#CARRIED_OVER} when it is an earlier year's)
 * @param fromFiscalYear for a carried-over reference, the year it was made for; else null
 * @param fromSource for a carried-over reference, {@link Source#STORE} or {@link Source#SHIPPED}; else null
 */
public record ReferenceResolution(FiscalYearReference reference, Source source, Integer fromFiscalYear,
        Source fromSource) {

    /** Where a reference came from, with the contract's code. */
    public enum Source {
        FILE("file"), STORE("store"), SHIPPED("shipped"), CARRIED_OVER("carried-over");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public ReferenceResolution {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(source, "source");
        if ((source == Source.CARRIED_OVER) != (fromFiscalYear != null && fromSource != null)) {
            throw new IllegalArgumentException("only a carried-over reference says where it came from");
        }
    }

    /** @return the reference of its own year, from this source */
    public static ReferenceResolution of(FiscalYearReference reference, Source source) {
        return new ReferenceResolution(reference, source, null, null);
    }

    /** @return an earlier year's reference from this source, carried over to {@code fiscalYear} */
    public static ReferenceResolution carriedOver(FiscalYearReference earlier, Source from, int fiscalYear) {
        return new ReferenceResolution(earlier.forYear(fiscalYear), Source.CARRIED_OVER, earlier.getFiscalYear(), from);
    }

    public int fiscalYear() {
        return reference.getFiscalYear();
    }

    public boolean carriedOver() {
        return source == Source.CARRIED_OVER;
    }

    /** @return the contract's text form, e.g. {@code FY2024, carried over from FY2023 (shipped)} or {@code FY2023 (store)} */
    public String describe() {
        return carriedOver() ? "FY" + fiscalYear() + ", carried over from FY" + fromFiscalYear + " (" + fromSource.code() + ")"
                : "FY" + fiscalYear() + " (" + source.code() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
