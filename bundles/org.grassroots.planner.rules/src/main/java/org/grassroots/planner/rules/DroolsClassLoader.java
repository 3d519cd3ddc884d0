package org.grassroots.planner.rules;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
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

    DroolsClassLoader(List<ClassLoader> loaders, List<Bundle> bundles) {
        super("drools", null);
        this.loaders = List.copyOf(loaders);
        this.bundles = List.copyOf(bundles);
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
            return new DroolsClassLoader(loaders, bundles);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                // the next one
            }
        }
        throw new ClassNotFoundException(name);
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
