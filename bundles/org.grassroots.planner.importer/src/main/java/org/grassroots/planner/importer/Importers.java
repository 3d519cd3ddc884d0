package org.grassroots.planner.importer;

import java.nio.file.Path;
import java.util.List;

/** Finds the importer services registered in the framework: plans, fiscal-year references, state figures. */
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

    /** @return the fiscal-year reference importer, or {@code null} if none is registered */
    public static ReferenceImporter referenceImporter() {
        return Services.all(ReferenceImporter.class).stream().findFirst().orElse(null);
    }

    /** @return the state-figures importer, or {@code null} if none is registered */
    public static StateFiguresImporter stateFiguresImporter() {
        return Services.all(StateFiguresImporter.class).stream().findFirst().orElse(null);
    }
}
