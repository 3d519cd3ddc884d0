package org.grassroots.planner.importer;

import java.nio.file.Path;
import java.util.List;

/** Finds the importer services registered in the framework. */
public final class Importers {

    private Importers() {
    }

    /** @return every registered importer (waits a few seconds for the first to appear) */
    public static List<PlanImporter> available() {
        return Services.all(PlanImporter.class);
    }

    /** @return the importer for this file, or {@code null} if no registered importer reads it */
    public static PlanImporter forFile(Path file) {
        return available().stream().filter(i -> i.accepts(file)).findFirst().orElse(null);
    }
}
