package org.grassroots.planner.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the importer services registered in the framework. */
public final class Importers {
    private static final long WAIT_MILLIS = 5_000;

    private Importers() {
    }

    /** @return every registered importer (waits a few seconds for the first to appear) */
    public static List<PlanImporter> available() {
        BundleContext context = FrameworkUtil.getBundle(Importers.class).getBundleContext();
        ServiceTracker<PlanImporter, PlanImporter> tracker = new ServiceTracker<>(context, PlanImporter.class, null);
        tracker.open();
        try {
            tracker.waitForService(WAIT_MILLIS);
            List<PlanImporter> out = new ArrayList<>();
            for (Object service : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
                out.add((PlanImporter) service);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            tracker.close();
        }
    }

    /** @return the importer for this file, or {@code null} if no registered importer reads it */
    public static PlanImporter forFile(Path file) {
        return available().stream().filter(i -> i.accepts(file)).findFirst().orElse(null);
    }
}
