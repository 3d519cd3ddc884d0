package org.grassroots.planner.export;

/**
 * Every call into POI and PDFBox runs with this bundle's class loader as the thread context class
 * loader: POI and XMLBeans find their parts through it (a Job or the UI thread may carry any other).
 */
final class Poi {
    private Poi() {
    }

    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    static <T, E extends Exception> T call(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(Poi.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
