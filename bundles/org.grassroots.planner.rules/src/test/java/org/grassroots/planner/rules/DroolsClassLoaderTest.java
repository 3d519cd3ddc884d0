package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The engine's class loader, in the framework: what it finds through each way a bundle's loader finds a class is
 * still found now that a miss is remembered and only the loaders that can have a class are asked; what no loader has
 * stays missing, asked again or not.
 */
class DroolsClassLoaderTest {
    private static final ClassLoader LOADER = DroolsClassLoader.INSTANCE;

    @Test
    void isTheEnginesOwnLoaderInTheFramework() {
        assertNotNull(FrameworkUtil.getBundle(DroolsClassLoader.class), "the tests run in the framework");
        assertInstanceOf(DroolsClassLoader.class, LOADER);
    }

    @Test
    void findsWhatEachWayOfLoadingGives() throws Exception {
        // the engine bundle's own class, and the model it imports
        assertEquals(RuleSet.class, LOADER.loadClass(RuleSet.class.getName()));
        assertEquals(org.grassroots.planner.model.Initiative.class,
                LOADER.loadClass("org.grassroots.planner.model.Initiative"));
        // a package a required Drools bundle exports
        assertEquals("org.drools.core.impl.KnowledgeBaseImpl",
                LOADER.loadClass("org.drools.core.impl.KnowledgeBaseImpl").getName());
        // a package MVEL does not export: only its own loader has it (its content, looked up without loading)
        assertEquals("org.mvel2.asm.signature.SignatureReader",
                LOADER.loadClass("org.mvel2.asm.signature.SignatureReader").getName());
        // a package only the framework exports, which the engine does not import: a Drools bundle's dynamic import
        assertEquals("org.eclipse.osgi.service.debug.DebugOptions",
                LOADER.loadClass("org.eclipse.osgi.service.debug.DebugOptions").getName());
        // java.* outside the boot loader (the platform loader's java.sql), through the bundles' common parent
        assertEquals(java.sql.Date.class, LOADER.loadClass("java.sql.Date"));
    }

    @Test
    void whatNoLoaderHasStaysMissing() {
        for (String name : new String[] { "rules.NoSuchRuleClass", "java.lang$fiscalYear", "$i", "java.lang.fiscalYear",
                "org.drools.core.impl.NoSuchClass", "org.mvel2.asm.signature.NoSuchClass" }) {
            assertThrows(ClassNotFoundException.class, () -> LOADER.loadClass(name), name);
            assertThrows(ClassNotFoundException.class, () -> LOADER.loadClass(name), name + ", asked again");
        }
    }
}
