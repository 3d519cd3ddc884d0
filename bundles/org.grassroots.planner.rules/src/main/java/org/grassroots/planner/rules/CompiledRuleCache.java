package org.grassroots.planner.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.HexFormat;
import java.util.List;
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
 * An entry is named by a SHA-256 over everything its packages depend on: every rule file of the folder
 * ({@code .drl}, {@code .dsl}, {@code .dslr}) and its messages ({@code messages*.properties}), names and bytes; the
 * Drools version; and the classes of the model and rules bundles (the facts and helpers the rules were compiled
 * against). A change of any of them is another name, so a command never runs rules older than their files. A folder
 * compiled with unsaved editor texts is never cached, nor one that does not compile. Entries live under the
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
    /** How many rule sets this process loaded from the cache (the tests tell a load from a compile by it). */
    static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

    private final Path directory;
    private final String key;

    private CompiledRuleCache(Path directory, String key) {
        this.directory = directory;
        this.key = key;
    }

    /** The cache entry of these rule files of this folder, or null when nothing is cached (no workspace). */
    static CompiledRuleCache of(Path folder, List<Path> drlFiles) {
        Path directory = directory();
        if (directory == null) {
            return null;
        }
        try {
            return new CompiledRuleCache(directory, key(folder, drlFiles));
        } catch (IOException e) {
            return null; // a file vanished meanwhile: the compile reports it
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

    /** The key: the hash of the rule files, the messages, the Drools version and the model and rules classes. */
    static String key(Path folder, List<Path> drlFiles) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "drools " + droolsVersion());
        update(digest, "classes " + ClassesHash.OF_MODEL_AND_RULES);
        List<Path> files = new ArrayList<>(drlFiles);
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".dsl") || name.endsWith(".dslr") || name.equals(KindThemeMatrix.FILE)
                        || (name.startsWith("messages") && name.endsWith(".properties"));
            }).forEach(f -> {
                if (!files.contains(f)) {
                    files.add(f);
                }
            });
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        for (Path file : files) {
            update(digest, "file " + file.getFileName());
            byte[] bytes = Files.readAllBytes(file);
            update(digest, "length " + bytes.length);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The packages of this entry, or null if there is none (or it cannot be read, then it is deleted). */
    @SuppressWarnings("unchecked")
    Collection<KiePackage> load(ClassLoader loader) {
        Path file = directory.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
            Object read = objects.readObject();
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            LOADS.incrementAndGet();
            return (Collection<KiePackage>) read;
        } catch (Exception | LinkageError e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next compile overwrites it
            }
            return null;
        }
    }

    /** Keeps these packages (freshly compiled from the files of the key); a failure to write is no error. */
    void store(Collection<KiePackage> packages) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, key, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary));
                    DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            Path file = directory.resolve(key + SUFFIX);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
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
