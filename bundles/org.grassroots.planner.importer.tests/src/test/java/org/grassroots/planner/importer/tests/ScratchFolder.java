package org.grassroots.planner.importer.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder in memory where the system has one ({@code /dev/shm} on Linux), else under the
 * given folder: the fuzz test writes ten thousand small files and commits to H2 a thousand times,
 * which a virtual disk makes a hundred times slower than memory.
 */
final class ScratchFolder implements AutoCloseable {
    private static final Path MEMORY = Path.of("/dev/shm");

    private final Path path;

    ScratchFolder(Path fallback) throws IOException {
        path = Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)
                ? Files.createTempDirectory(MEMORY, "grassroots-fuzz-")
                : Files.createTempDirectory(fallback, "scratch-");
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
