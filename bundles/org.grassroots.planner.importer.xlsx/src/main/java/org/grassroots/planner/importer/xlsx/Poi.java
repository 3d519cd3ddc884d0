package org.grassroots.planner.importer.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Every call into POI goes through here: POI's limits against hostile workbooks are set once, and
 * the thread context class loader is this bundle's while POI runs (POI and XMLBeans find their
 * parts through it; a caller's thread, a Job or the UI thread, may carry any other loader).
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
        thread.setContextClassLoader(Poi.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
