package org.grassroots.planner.importer;

import java.nio.file.Path;

import org.grassroots.planner.model.FiscalYearReference;

/** Reads a fiscal-year reference file of the contract (JSON). An OSGi service. */
public interface ReferenceImporter {

    /** @return true if this importer reads files of this name (by extension) */
    boolean accepts(Path file);

    /**
     * @throws ImportException listing every problem found, each with line and column, in the user's
     *                         language
     */
    FiscalYearReference read(Path file) throws ImportException;
}
