package org.grassroots.planner.importer;

import java.nio.file.Path;
import java.util.List;

import org.grassroots.planner.model.StateFigures;

/**
 * Reads a state-figures table (employment by Japanese-owned affiliates and Japanese establishments
 * per state and year; columns in {@link StateFigureRows#COLUMNS}). An OSGi service.
 */
public interface StateFiguresImporter {

    /** @return true if this importer reads files of this name (by extension) */
    boolean accepts(Path file);

    /**
     * Reads every row of the file, or none.
     *
     * @throws ImportException listing every problem found, each with line and column
     */
    List<StateFigures> read(Path file, ImportOptions options) throws ImportException;
}
