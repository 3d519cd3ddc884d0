package org.grassroots.planner.export;

import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * Every call into POI and PDFBox goes through here:
 * the thread context class loader is POI's own (the bundle of its OOXML schemas, which reaches every POI
 * bundle) while POI runs: POI and XMLBeans find their parts through it, and a caller's thread (a Job or
 * the UI thread) may carry any other loader. POI logs through the Log4j API with no Log4j
 * implementation installed: the API's simple logger, switched off, instead of "could not find a
 * logging provider" (what goes wrong with a workbook reaches the user as an import problem).
 */
final class Poi {
    static {
        // POI's loggers are made when its classes load: these must be set before
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    /** The loader of POI's OOXML schema bundle; its dynamic imports reach POI and XMLBeans. */
    private static final ClassLoader POI_LOADER = CTWorkbook.class.getClassLoader();

    private Poi() {
    }

    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    static <T, E extends Exception> T call(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(POI_LOADER);
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
