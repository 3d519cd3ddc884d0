package org.grassroots.planner.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.grassroots.planner.model.Initiative;

/**
 * Writes a plan as a file of the plan contract, which the importer of the same format reads back
 * to the same initiatives. Each format is an OSGi service of its format's bundle.
 */
public interface PlanExporter {

    /** @return a short name of the format, for example {@code CSV} */
    String formatName();

    /** @return true if this exporter writes files of this name (by extension) */
    boolean accepts(Path file);

    /**
     * Writes the initiatives in the contract's columns, replacing the file. The file is written
     * aside and moved into place, so it is never left half-written.
     */
    default void write(Collection<Initiative> initiatives, Path file) throws IOException {
        write(initiatives, Map.of(), file);
    }

    /**
     * As {@link #write(Collection, Path)}, with the optional column {@link PlanRows#VERSION} after the
     * contract's columns holding each initiative's version in the store (by id; empty for an id without
     * one). Without any version the column is left out.
     */
    void write(Collection<Initiative> initiatives, Map<String, Long> versions, Path file) throws IOException;
}
