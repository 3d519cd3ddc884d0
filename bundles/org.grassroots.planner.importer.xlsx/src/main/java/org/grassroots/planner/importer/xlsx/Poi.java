package org.grassroots.planner.importer.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * Every call into POI goes through here: POI's limits against hostile workbooks are set once, and
 * the thread context class loader is POI's own (the bundle of its OOXML schemas, which reaches every POI
 * bundle) while POI runs: POI and XMLBeans find their parts through it, and a caller's thread (a Job or
 * the UI thread) may carry any other loader. POI logs through the Log4j API with no Log4j
 * implementation installed: the API's simple logger, switched off, instead of "could not find a
 * logging provider" (what goes wrong with a workbook reaches the user as an import problem).
 */
final class Poi {
    /** A zip entry may not expand to more than 100 × its compressed size (POI's default ratio). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a workbook may expand to more than 1 GiB. */
    static final long MAX_ENTRY_SIZE = 1L << 30;
    /** No single record or part read into memory may be larger than 100 MB. */
    static final int MAX_RECORD_SIZE = 100 * 1024 * 1024;
    /** Workbooks with more parts than this are refused. */
    static final long MAX_FILE_COUNT = 1000;

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

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        IOUtils.setByteArrayMaxOverride(MAX_RECORD_SIZE);
    }

    private Poi() {
    }

    /** Work done with POI, which may throw what POI throws. */
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
