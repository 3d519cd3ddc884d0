package org.grassroots.planner.importer;

import java.nio.file.Path;

/**
 * Reads a plan file of one format. Each format is an OSGi service of its own bundle; a new format
 * is a new bundle that registers one more of these.
 */
public interface PlanImporter {

    /** @return a short name of the format, for example {@code CSV} */
    String formatName();

    /** @return true if this importer reads files of this name (by extension) */
    boolean accepts(Path file);

    /**
     * Reads every initiative of the file, or none.
     *
     * @throws ImportException listing every problem found (up to a limit), each with line and column
     */
    ImportedPlan read(Path file) throws ImportException;

    /**
     * Reads every initiative of the file, or none, as told by the options. Formats without options
     * of their own read as {@link #read(Path)}.
     *
     * @throws ImportException listing every problem found (up to a limit), each with line and column
     */
    default ImportedPlan read(Path file, ImportOptions options) throws ImportException {
        return read(file);
    }
}
