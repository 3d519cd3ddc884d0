package org.grassroots.planner.rules;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class loader Drools is given, as the thread's context class loader and explicitly: this bundle's loader
 * (its own classes, the model's, every Drools package) followed by the loader of each bundle it requires (the
 * Drools jars, each a bundle of the target platform). Drools finds its parts with {@link java.util.ServiceLoader}
 * and reads {@code META-INF/kie.*.conf}: a bundle's loader only sees its own {@code META-INF}, so resources are
 * the union over all of them. Files under {@code META-INF/} are read from each bundle's own entries, not through its
 * loader: ECJ exports the package {@code META-INF.services}, and a Drools bundle (each has
 * {@code DynamicImport-Package: *}) that once looked for a service file it lacks is wired to ECJ's for good, after
 * which its loader no longer sees its own service files. Outside OSGi (a plain class path) it is this class's own
 * loader.
 */
final class DroolsClassLoader extends ClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final String META_INF = "META-INF/";

    /** The one loader of the engine. */
    static final ClassLoader INSTANCE = create();

    private final List<ClassLoader> loaders;
    private final List<Bundle> bundles;
    /**
     * Which packages a loader may find a class in besides its own content: those some bundle of the framework exports
     * (through its imports, required bundles or {@code DynamicImport-Package}), by {@link Packages}; null outside
     * OSGi (then every loader is asked).
     */
    private final Packages packages;

    DroolsClassLoader(List<ClassLoader> loaders, List<Bundle> bundles, Packages packages) {
        super("drools", null);
        this.loaders = List.copyOf(loaders);
        this.bundles = List.copyOf(bundles);
        this.packages = packages;
    }

    private static ClassLoader create() {
        ClassLoader own = DroolsClassLoader.class.getClassLoader();
        try {
            return Osgi.create(own);
        } catch (LinkageError noOsgi) {
            return own; // a plain class path (the benchmarks' FullCheck): ServiceLoader sees every jar
        }
    }

    /** Apart, so that a plain class path without the OSGi API never loads it. */
    private static final class Osgi {
        static ClassLoader create(ClassLoader own) {
            Bundle bundle = FrameworkUtil.getBundle(DroolsClassLoader.class);
            BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                return own;
            }
            List<ClassLoader> loaders = new ArrayList<>();
            List<Bundle> bundles = new ArrayList<>();
            loaders.add(own);
            bundles.add(bundle);
            for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
                BundleWiring provider = wire.getProviderWiring();
                ClassLoader loader = provider == null ? null : provider.getClassLoader();
                if (loader != null && !loaders.contains(loader)) {
                    loaders.add(loader);
                    bundles.add(provider.getBundle());
                }
            }
            return new DroolsClassLoader(loaders, bundles, Packages.of(bundle));
        }
    }

    /**
     * Asks the engine bundle's loader, then each required bundle's loader that can have the class: every bundle loader
     * hands {@code java.*} and what the JDK has to the same parent, so the first answers for all of them there; a
     * package no bundle of the framework exports can come from no import, so only from a bundle's own content (its
     * {@code .class} entry, looked up without loading); any other package from any of them, as before.
     */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Packages known = packages;
        long generation = known == null ? 0 : known.generation();
        if (known != null && known.missing.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        boolean jdk = name.startsWith("java.");
        boolean imported = known == null || (!jdk && known.exported(pkg));
        String entry = name.replace('.', '/') + ".class";
        for (int i = 0; i < loaders.size(); i++) {
            if (i > 0 && !imported && (jdk || !known.mayHold(bundles.get(i), entry))) {
                continue;
            }
            try {
                return loaders.get(i).loadClass(name);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                // the next one
            }
        }
        if (known != null && known.generation() == generation) { // no bundle changed meanwhile
            known.missing(name);
        }
        throw new ClassNotFoundException(name);
    }

    /**
     * The packages the bundles of the framework export and the names none of the loaders had, kept current by a bundle
     * listener: when a bundle comes, goes, is updated, resolved or unresolved, a package may be exported, a class found,
     * so both are forgotten. (The listener holds no class loader: a refreshed engine bundle leaves only this behind.)
     */
    static final class Packages {
        /**
         * The names none of the loaders had. MVEL asks for many names that are no class while it compiles a constraint
         * (each identifier in each imported package and as an inner class: {@code rules.fiscalYear},
         * {@code java.lang$status}, {@code $i} …), the same ones again for each constraint, and Drools asks for each
         * class it generated in the rules' package before it defines it; a miss asked every loader, each of which (the
         * Drools bundles have {@code DynamicImport-Package: *}) ran the framework's resolver for the package: 322 misses
         * in one warm {@code planner check} (1,856 in a cold one) took 125–146 ms of CPU (BENCHMARKS.md, issue 17, sixth
         * session). Bounded: past {@value #MISSING_MAX} names it is cleared.
         */
        final Set<String> missing = ConcurrentHashMap.newKeySet();
        private static final int MISSING_MAX = 20_000;
        private final BundleContext context;
        private volatile Set<String> exported;
        private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
        private final Map<Bundle, Boolean> plain = new ConcurrentHashMap<>();

        private Packages(BundleContext context) {
            this.context = context;
        }

        /**
         * @return the packages of the framework seen through the system bundle (the provider of the engine's import of
         *         {@code org.osgi.framework}: the engine bundle itself is not started, so it has no context), or null
         *         without it (then every loader is asked, as before)
         */
        static Packages of(Bundle engine) {
            BundleContext context = null;
            BundleWiring wiring = engine.adapt(BundleWiring.class);
            for (BundleWire wire : wiring == null ? List.<BundleWire>of()
                    : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                Bundle provider = wire.getProvider().getBundle();
                if (provider.getBundleId() == 0) {
                    context = provider.getBundleContext();
                    break;
                }
            }
            if (context == null) {
                return null;
            }
            Packages packages = new Packages(context);
            context.addBundleListener((org.osgi.framework.SynchronousBundleListener) event -> {
                switch (event.getType()) {
                    case BundleEvent.INSTALLED, BundleEvent.UNINSTALLED, BundleEvent.RESOLVED, BundleEvent.UNRESOLVED,
                            BundleEvent.UPDATED -> packages.changed();
                    default -> {
                        // the packages stay as they are
                    }
                }
            });
            return packages;
        }

        private void changed() {
            generation.incrementAndGet();
            exported = null;
            plain.clear();
            missing.clear();
        }

        void missing(String name) {
            if (missing.size() >= MISSING_MAX) {
                missing.clear();
            }
            missing.add(name);
        }

        long generation() {
            return generation.get();
        }

        /** @return whether some bundle of the framework (the system bundle's JDK packages among them) exports this package */
        boolean exported(String pkg) {
            Set<String> known = exported;
            if (known == null) {
                known = new java.util.HashSet<>();
                for (Bundle b : context.getBundles()) {
                    BundleRevision revision = b.adapt(BundleRevision.class);
                    if (revision != null) {
                        for (BundleCapability c : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                            Object name = c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                            if (name instanceof String n) {
                                known.add(n);
                            }
                        }
                    }
                }
                exported = known;
            }
            return known.contains(pkg);
        }

        /**
         * @return whether this bundle's own content may hold the class file: it has the entry, or its class path is not
         *         its root alone (a {@code Bundle-ClassPath}, fragments, buddy loading), where only its loader knows
         */
        boolean mayHold(Bundle bundle, String entry) {
            return !plain.computeIfAbsent(bundle, Packages::plain) || bundle.getEntry(entry) != null;
        }

        private static boolean plain(Bundle bundle) {
            java.util.Dictionary<String, String> headers = bundle.getHeaders("");
            String classPath = headers.get(org.osgi.framework.Constants.BUNDLE_CLASSPATH);
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            return (classPath == null || classPath.strip().equals(".")) && headers.get("Eclipse-BuddyPolicy") == null
                    && wiring != null && wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE).isEmpty();
        }
    }

    @Override
    protected URL findResource(String name) {
        if (name.startsWith(META_INF)) {
            for (Bundle bundle : bundles) {
                URL url = bundle.getEntry(name);
                if (url != null) {
                    return url;
                }
            }
            return null;
        }
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Map<String, URL> urls = new LinkedHashMap<>();
        if (name.startsWith(META_INF)) {
            for (Bundle bundle : bundles) {
                URL url = bundle.getEntry(name);
                if (url != null) {
                    urls.putIfAbsent(url.toExternalForm(), url);
                }
            }
            return Collections.enumeration(urls.values());
        }
        for (ClassLoader loader : loaders) {
            for (URL url : Collections.list(loader.getResources(name))) {
                urls.putIfAbsent(url.toExternalForm(), url);
            }
        }
        return Collections.enumeration(urls.values());
    }
}
