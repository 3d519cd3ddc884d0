package org.grassroots.planner.drl.editor.assist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.grassroots.planner.rules.Phrases;
import org.grassroots.planner.rules.Phrases.Phrase;

/**
 * The phrases of a rules folder's saved {@code .dsl} files, read through the engine's {@link Phrases} and read again
 * when one of those files changes on disk (a phrase file saved, added or removed).
 */
public final class FolderPhrases {
    private record Entry(Map<Path, FileTime> stamps, List<Phrase> phrases) {
    }

    private static final Map<Path, Entry> CACHE = new ConcurrentHashMap<>();

    private FolderPhrases() {
    }

    /** @return the phrases of the folder's {@code .dsl} files (none if it has none or they do not read) */
    public static List<Phrase> of(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        Path key = folder.toAbsolutePath().normalize();
        Map<Path, FileTime> stamps = stamps(key);
        Entry known = CACHE.get(key);
        if (known != null && known.stamps().equals(stamps)) {
            return known.phrases();
        }
        List<Phrase> phrases;
        try {
            phrases = stamps.isEmpty() ? List.of() : Phrases.of(key).phrases();
        } catch (IOException e) {
            phrases = List.of();
        }
        CACHE.put(key, new Entry(stamps, phrases));
        return phrases;
    }

    private static Map<Path, FileTime> stamps(Path folder) {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".dsl"))::iterator) {
                out.put(f, Files.getLastModifiedTime(f));
            }
        } catch (IOException e) {
            // a folder that cannot be read has no phrases
        }
        return out;
    }
}
