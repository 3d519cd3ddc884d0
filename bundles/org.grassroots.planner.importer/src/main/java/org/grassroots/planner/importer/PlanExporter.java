package org.grassroots.planner.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

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
    void write(Collection<Initiative> initiatives, Path file) throws IOException;
}
