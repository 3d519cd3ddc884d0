package org.grassroots.planner.drl.editor.folder;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.grassroots.planner.rules.RulesFolderPreference;

/**
 * The rules folder the planner works with: the rules bundle's preference ({@link RulesFolderPreference}, set on
 * Window › Preferences), else the shipped rules ({@code planner.rules.dir} or {@code rules/} of the installation).
 * Every part of the editor that picks "the rules folder" asks here, and follows the preference with
 * {@link #addListener(Runnable)}.
 */
public final class RulesFolder {
    /** The preference node and key of the rules folder: the rules bundle's. */
    public static final String NODE = RulesFolderPreference.NODE;
    public static final String KEY = RulesFolderPreference.KEY;

    private RulesFolder() {
    }

    /** @return the rules folder to use now, absolute */
    public static Path current() {
        return RulesFolderPreference.current();
    }

    /**
     * Calls back when the rules folder preference changes (is set, changed or removed), on the thread that changed it.
     *
     * @return what to pass to {@link #removeListener(IPreferenceChangeListener)}
     */
    public static IPreferenceChangeListener addListener(Runnable changed) {
        return RulesFolderPreference.addListener(changed);
    }

    /** Stops calling back (null is ignored). */
    public static void removeListener(IPreferenceChangeListener listener) {
        RulesFolderPreference.removeListener(listener);
    }
}
