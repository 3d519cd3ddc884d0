package org.grassroots.planner.rules;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The rules folder the workbench checks the plan with and the rule author edits: a preference of the rules
 * bundle (instance scope, node {@value #NODE}), else the shipped rules ({@link ShippedRules#folder()}). The
 * planner's preference page writes it here, the plan session and the DRL editor read and follow it here; no
 * other bundle names its node or key. A workspace that kept it under the workbench bundle's node (before
 * 0.2) has it moved here on first read.
 */
public final class RulesFolderPreference {
    /** The preference node: this bundle's. */
    public static final String NODE = "org.grassroots.planner.rules";
    /** The key of the folder (empty or absent: the shipped rules). */
    public static final String KEY = "rules.folder";
    /** Where the workbench bundle kept it before. */
    private static final String FORMER_NODE = "org.grassroots.planner.ui";

    private RulesFolderPreference() {
    }

    /** @return the folder set in the preferences, or "" for the shipped rules */
    public static String configured() {
        return node().get(KEY, "").strip();
    }

    /** @return the rules folder to use now, absolute: the preference, else the shipped rules */
    public static Path current() {
        String configured = configured();
        return (configured.isEmpty() ? ShippedRules.folder() : Path.of(configured)).toAbsolutePath().normalize();
    }

    /** Sets the rules folder (null or blank: back to the shipped rules) and writes the preferences to disk. */
    public static void set(String folder) {
        if (folder == null || folder.isBlank()) {
            node().remove(KEY);
        } else {
            node().put(KEY, folder.strip());
        }
        try {
            node().flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Calls back when the folder is set, changed or removed, on the thread that changed it.
     *
     * @return what to pass to {@link #removeListener(IPreferenceChangeListener)}
     */
    public static IPreferenceChangeListener addListener(Runnable changed) {
        IPreferenceChangeListener listener = event -> {
            if (KEY.equals(event.getKey())) {
                changed.run();
            }
        };
        node().addPreferenceChangeListener(listener);
        return listener;
    }

    /** Stops calling back (null is ignored). */
    public static void removeListener(IPreferenceChangeListener listener) {
        if (listener != null) {
            node().removePreferenceChangeListener(listener);
        }
    }

    /** @return the node, with a folder kept under the former node moved into it */
    public static IEclipsePreferences node() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        IEclipsePreferences former = InstanceScope.INSTANCE.getNode(FORMER_NODE);
        String old = former.get(KEY, null);
        if (old != null) {
            if (node.get(KEY, null) == null) {
                node.put(KEY, old);
            }
            former.remove(KEY);
        }
        return node;
    }
}
