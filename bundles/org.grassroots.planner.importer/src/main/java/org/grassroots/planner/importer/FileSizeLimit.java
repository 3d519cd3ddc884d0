package org.grassroots.planner.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The largest file any importer reads. A larger file is refused before a byte of it is read, so that
 * a mistaken or hostile file (a database dump, a disk image) cannot fill the memory or keep the
 * importer busy. 200 MB holds several million plan rows; real plans are well under 1 MB.
 */
public final class FileSizeLimit {
    /** The limit in bytes. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    private FileSizeLimit() {
    }

    /** @throws ImportException if the file is larger than the limit or its size cannot be read */
    public static void check(Path file) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, 0, null, Messages.get("unreadable", e))));
        }
        if (size > MAX_BYTES) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, 0, null,
                    Messages.get("too.large", (size + MB - 1) / MB, MAX_BYTES / MB))));
        }
    }
}
