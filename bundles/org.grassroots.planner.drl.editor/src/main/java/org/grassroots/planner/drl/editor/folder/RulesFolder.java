package org.grassroots.planner.drl.editor.folder;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grassroots.planner.rules.ShippedRules;

/**
 * The rules folder the planner works with: its preference (Window › Preferences, rules folder; kept by the planner's
 * workbench bundle under this node and key, read here by name so that the editor needs no planner bundle), else the
 * shipped rules ({@code planner.rules.dir} or {@code rules/} of the installation). Every part of the editor that
 * picks "the rules folder" asks here, and follows the preference with {@link #addListener(Runnable)}.
 */
public final class RulesFolder {
    /** The preference node and key of the planner's rules folder. */
    public static final String NODE = "org.grassroots.planner.ui";
    public static final String KEY = "rules.folder";

    private RulesFolder() {
    }

    /** @return the rules folder to use now, absolute */
    public static Path current() {
        String configured = node().get(KEY, "").strip();
        Path folder = configured.isEmpty() ? ShippedRules.folder() : Path.of(configured);
        return folder.toAbsolutePath().normalize();
    }

    /**
     * Calls back when the rules folder preference changes (is set, changed or removed), on the thread that changed it.
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

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
