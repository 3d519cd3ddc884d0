package org.grassroots.planner.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.grassroots.planner.model.Initiative;
import org.kie.api.definition.KiePackage;

/**
 * The compiled packages of a rule folder, kept in the workspace so that a command or a workbench compiles a rule
 * folder once: the next process loads the packages (rules, the classes Drools generated for them) instead of parsing
 * the DRL and running ECJ again.
 * <p>
 * An entry is named by a SHA-256 over everything its packages depend on, read as raw bytes before anything is
 * parsed: every rule and phrase file under the folder ({@code .drl}, {@code .dslr}, {@code .dsl}, by their paths
 * relative to the folder), the kind and theme matrix ({@code kind-themes.csv}) and the messages
 * ({@code messages*.properties}), names and bytes; the Drools version; the entry's format; and the classes of the
 * model and rules bundles (the facts and helpers the rules were compiled against; a bundle's jar, or each class file of
 * a bundle installed as a folder). A change of any of them is
 * another name, so a command never runs rules older than their files. Since the name is known before any
 * {@code .dslr} file is expanded or the matrix parsed, a hit does neither: the entry also holds what those give the
 * {@link RuleSet} (each rule's file:line, the matrix's misfits). An entry is written only after a compile without
 * any diagnostic, and only if the files hashed after the compile are those hashed before it (an edit during the
 * compile is not cached). A folder compiled with unsaved editor texts is never cached. Entries live under the
 * workspace ({@code osgi.instance.area}): {@code .metadata/.plugins/org.grassroots.planner.rules/compiled/}; the
 * {@value #KEEP} most recently used are kept. Without a workspace (a plain class path) nothing is cached.
 * <p>
 * An entry that cannot be read (truncated, written by another Drools) is deleted and the folder compiled.
 */
final class CompiledRuleCache {
    static final int KEEP = 8;
    /** Set to "false" to compile every time (the cold-cache benchmark). */
    static final String ENABLED_PROPERTY = "planner.rules.cache";
    private static final String SUFFIX = ".kpkg";
    /** The layout of an entry: its packages, then the rules' locations, then the matrix's misfits. */
    private static final String FORMAT = "2 packages, locations, misfits";
    /** How many rule sets this process loaded from the cache (the tests tell a load from a compile by it). */
    static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

    /** What an entry gives a {@link RuleSet}: the packages, each rule's "file:line" by location key, the misfits. */
    record Entry(Collection<KiePackage> packages, Map<String, String> locations, List<ThemeMisfit> misfits) {
    }

    private final Path directory;
    private final Path folder;
    private final String key;

    private CompiledRuleCache(Path directory, Path folder, String key) {
        this.directory = directory;
        this.folder = folder;
        this.key = key;
    }

    /** The cache entry of this folder's files as they are now, or null when nothing is cached (no workspace). */
    static CompiledRuleCache of(Path folder) {
        Path directory = directory();
        if (directory == null) {
            return null;
        }
        try {
            return new CompiledRuleCache(directory, folder, key(folder));
        } catch (IOException | UncheckedIOException e) {
            return null; // a file vanished meanwhile: the compile reports it
        }
    }

    /** @return whether the folder's files are still those this entry was named after */
    boolean unchanged() {
        try {
            return key.equals(key(folder));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static Path directory() {
        if ("false".equals(System.getProperty(ENABLED_PROPERTY))) {
            return null;
        }
        String area = System.getProperty("osgi.instance.area");
        if (area == null || area.isBlank()) {
            return null;
        }
        try {
            Path workspace = area.startsWith("file:") ? Paths.get(new URI(area.replace(" ", "%20"))) : Paths.get(area);
            return workspace.resolve(".metadata/.plugins/org.grassroots.planner.rules/compiled");
        } catch (Exception e) {
            return null;
        }
    }

    /** The files of the folder the key covers: rule and phrase files anywhere under it; matrix and messages in it. */
    static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>(RuleFiles.list(folder));
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.equals(KindThemeMatrix.FILE) || (name.startsWith("messages") && name.endsWith(".properties"));
            }).forEach(files::add);
        }
        return files;
    }

    /**
     * The key: the hash of the folder's rule, phrase, matrix and message files (relative names and bytes), the
     * Drools version, the entry's format and the model and rules classes.
     */
    static String key(Path folder) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "format " + FORMAT);
        update(digest, "drools " + droolsVersion());
        update(digest, "classes " + ClassesHash.OF_MODEL_AND_RULES);
        Map<String, Path> byName = new java.util.TreeMap<>(); // by relative name, in order
        for (Path file : files(folder)) {
            byName.putIfAbsent(folder.relativize(file).toString().replace('\\', '/'), file);
        }
        for (Map.Entry<String, Path> file : byName.entrySet()) {
            update(digest, "file " + file.getKey());
            byte[] bytes = Files.readAllBytes(file.getValue());
            update(digest, "length " + bytes.length);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the name of this entry (the key) */
    String key() {
        return key;
    }

    /** The packages of this entry with what they give a rule set, or null if there is none (or it cannot be read, then it is deleted). */
    @SuppressWarnings("unchecked")
    Entry load(ClassLoader loader) {
        Path file = directory.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
            if (!FORMAT.equals(objects.readUTF())) {
                throw new IOException("another format");
            }
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            Map<String, String> locations = new HashMap<>();
            int count = objects.readInt();
            for (int i = 0; i < count; i++) {
                String locationKey = objects.readUTF();
                String relative = objects.readUTF();
                int line = objects.readInt();
                locations.put(locationKey, folder.resolve(relative) + ":" + line);
            }
            List<ThemeMisfit> misfits = new ArrayList<>();
            count = objects.readInt();
            for (int i = 0; i < count; i++) {
                misfits.add(new ThemeMisfit(objects.readUTF(), objects.readUTF()));
            }
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            LOADS.incrementAndGet();
            return new Entry(packages, locations, misfits);
        } catch (Exception | LinkageError e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next compile overwrites it
            }
            return null;
        }
    }

    /**
     * Keeps these packages, freshly compiled from the files of the key, with their rules' locations ("file:line",
     * each file under the folder) and the matrix's misfits; a failure to write is no error.
     */
    void store(Collection<KiePackage> packages, Map<String, String> locations, List<ThemeMisfit> misfits) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, key, ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary));
                        DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                    objects.writeUTF(FORMAT);
                    objects.writeObject(new ArrayList<>(packages));
                    objects.writeInt(locations.size());
                    for (Map.Entry<String, String> e : locations.entrySet()) {
                        String location = e.getValue();
                        int colon = location.lastIndexOf(':');
                        Path file = Paths.get(location.substring(0, colon));
                        objects.writeUTF(e.getKey());
                        objects.writeUTF(folder.relativize(file).toString());
                        objects.writeInt(Integer.parseInt(location.substring(colon + 1)));
                    }
                    objects.writeInt(misfits.size());
                    for (ThemeMisfit misfit : misfits) {
                        objects.writeUTF(misfit.getKind());
                        objects.writeUTF(misfit.getTheme());
                    }
                }
                if (!unchanged()) {
                    return; // a file was saved during the compile: what was compiled may be neither version
                }
                Path file = directory.resolve(key + SUFFIX);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // not cached: the next process compiles again
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(directory)) {
            entries = new ArrayList<>(listing.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList());
        }
        if (entries.size() <= KEEP) {
            return;
        }
        entries.sort(Comparator.comparing((Path f) -> {
            try {
                return Files.getLastModifiedTime(f).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed());
        for (Path old : entries.subList(KEEP, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static String droolsVersion() {
        String version = org.drools.compiler.builder.impl.KnowledgeBuilderImpl.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** The hash of the class files of the model bundle and of this bundle, computed once per process. */
    private static final class ClassesHash {
        static final String OF_MODEL_AND_RULES = compute();

        private static String compute() {
            MessageDigest digest = sha256();
            try {
                hashClasses(digest, Initiative.class);
                hashClasses(digest, CompiledRuleCache.class);
            } catch (IOException | LinkageError | RuntimeException e) {
                update(digest, "unreadable " + System.nanoTime()); // never matches: compile
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private static void hashClasses(MessageDigest digest, Class<?> anchor) throws IOException {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(anchor);
            if (bundle == null) {
                update(digest, "no bundle " + System.nanoTime());
                return;
            }
            update(digest, bundle.getSymbolicName() + " " + bundle.getVersion());
            // a bundle installed as a jar (the product): the jar's bytes, which hold every class (one read, not one
            // lookup and read per class); a folder (a development or test runtime): each class file
            java.io.File jar = org.eclipse.core.runtime.FileLocator.getBundleFileLocation(bundle).orElse(null);
            if (jar != null && jar.isFile()) {
                update(digest, "jar");
                digest.update(Files.readAllBytes(jar.toPath()));
                return;
            }
            List<URL> entries = bundle.findEntries("/", "*.class", true) == null ? List.of()
                    : Collections.list(bundle.findEntries("/", "*.class", true));
            entries.sort(Comparator.comparing(URL::getPath));
            for (URL entry : entries) {
                update(digest, entry.getPath());
                try (InputStream in = entry.openStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }
}
