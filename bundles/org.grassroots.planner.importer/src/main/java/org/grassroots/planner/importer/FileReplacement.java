package org.grassroots.planner.importer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file by writing its new content aside and moving it into place, so it is never half-written.
 * The file is readable by all, as any file its user writes (a temporary file alone would be private).
 */
public final class FileReplacement {
    private FileReplacement() {
    }

    /** Writes the new content into the file it is given. */
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    public static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path aside = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            content.writeTo(aside);
            try {
                Files.setPosixFilePermissions(aside, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions apply
            }
            try {
                Files.move(aside, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(aside);
        }
    }
}
