package org.grassroots.planner.importer;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the services of one type registered in the framework (importers, exporters). */
final class Services {
    private static final long WAIT_MILLIS = 5_000;

    private Services() {
    }

    /** @return every registered service of this type (waits a few seconds for the first to appear) */
    static <T> List<T> all(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            tracker.waitForService(WAIT_MILLIS);
            List<T> out = new ArrayList<>();
            Object[] services = tracker.getServices();
            for (Object service : services == null ? new Object[0] : services) {
                out.add(type.cast(service));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            tracker.close();
        }
    }
}
