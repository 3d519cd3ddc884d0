package org.grassroots.planner.importer;

import java.nio.file.Path;
import java.util.List;

/** Finds the plan exporter services registered in the framework. */
public final class Exporters {

    private Exporters() {
    }

    /** @return every registered exporter (waits a few seconds for the first to appear) */
    public static List<PlanExporter> available() {
        return Services.all(PlanExporter.class);
    }

    /** @return the exporter that writes files of this name, or {@code null} if none does */
    public static PlanExporter forFile(Path file) {
        return available().stream().filter(e -> e.accepts(file)).findFirst().orElse(null);
    }
}
