package org.grassroots.planner.reference;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.grassroots.planner.model.FiscalYearReference;

/**
 * Which reference a fiscal year is checked against, in the contract's order: the reference file given
 * (its year must be the year checked); else the one saved in the store for that year; else the one
 * shipped for it; else the newest earlier one, carried over to that year. Of earlier references the
 * newest year wins, and of one year the store's (planners' edits) before the shipped one. A year is
 * never checked against another year's reference unchanged.
 * <p>
 * This class knows no store: callers with one pass its saved references as {@link StoredReferences};
 * the rule tools (compiling, rule tests) resolve with {@link StoredReferences#NONE}.
 */
public final class ReferenceResolver {

    /** The references planners saved in a store, by fiscal year. */
    public interface StoredReferences {
        /** No store: only the file and the shipped references count. */
        StoredReferences NONE = new StoredReferences() {
            @Override
            public Optional<FiscalYearReference> reference(int fiscalYear) {
                return Optional.empty();
            }

            @Override
            public SortedSet<Integer> years() {
                return new TreeSet<>();
            }
        };

        /** @return the reference saved for this year, if any */
        Optional<FiscalYearReference> reference(int fiscalYear);

        /** @return the fiscal years that have a saved reference */
        SortedSet<Integer> years();
    }

    /** No reference can be found for the year, or the file given is another year's. */
    public static final class NoReferenceException extends Exception {
        private static final long serialVersionUID = 1L;

        public NoReferenceException(String message) {
            super(message);
        }
    }

    private final ReferenceData shipped;
    private final StoredReferences stored;

    public ReferenceResolver(ReferenceData shipped, StoredReferences stored) {
        this.shipped = shipped;
        this.stored = stored;
    }

    /** @return a resolver of the shipped references alone (no store) */
    public static ReferenceResolver withoutStore() {
        return new ReferenceResolver(ReferenceData.shipped(), StoredReferences.NONE);
    }

    /**
     * @param file the reference file given for the check, or null
     * @throws NoReferenceException if the file is of another year, or no reference exists for the year or before it
     */
    public ReferenceResolution resolve(int fiscalYear, FiscalYearReference file) throws NoReferenceException {
        if (file != null) {
            if (file.getFiscalYear() != fiscalYear) {
                throw new NoReferenceException("the reference file is for FY" + file.getFiscalYear()
                        + ", but the year checked is FY" + fiscalYear);
            }
            return ReferenceResolution.of(file, ReferenceResolution.Source.FILE);
        }
        Optional<FiscalYearReference> saved = stored.reference(fiscalYear);
        if (saved.isPresent()) {
            return ReferenceResolution.of(saved.get().forYear(fiscalYear), ReferenceResolution.Source.STORE);
        }
        FiscalYearReference own = shipped.shippedReference(fiscalYear);
        if (own != null) {
            return ReferenceResolution.of(own, ReferenceResolution.Source.SHIPPED);
        }
        Integer storedYear = stored.years().headSet(fiscalYear).isEmpty() ? null : stored.years().headSet(fiscalYear).last();
        FiscalYearReference shippedEarlier = shipped.referenceFor(fiscalYear - 1);
        if (storedYear != null && (shippedEarlier == null || storedYear >= shippedEarlier.getFiscalYear())) {
            Optional<FiscalYearReference> earlier = stored.reference(storedYear);
            if (earlier.isPresent()) {
                return ReferenceResolution.carriedOver(earlier.get().forYear(storedYear), ReferenceResolution.Source.STORE,
                        fiscalYear);
            }
        }
        if (shippedEarlier != null) {
            return ReferenceResolution.carriedOver(shippedEarlier, ReferenceResolution.Source.SHIPPED, fiscalYear);
        }
        throw new NoReferenceException("no reference for FY" + fiscalYear + " nor for an earlier year; give one with --reference");
    }
}
