package org.grassroots.planner.drl.editor.folder;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grassroots.planner.rules.ShippedRules;

/**
 * The rules folder the planner works with: its preference (Window › Preferences, rules folder; kept by the planner's
 * workbench bundle under this node and key, read here by name so that the editor needs no planner bundle), else the
 * shipped rules ({@code planner.rules.dir} or {@code rules/} of the installation).
 */
public final class RulesFolder {
    /** The preference node and key of the planner's rules folder. */
    public static final String NODE = "org.grassroots.planner.ui";
    public static final String KEY = "rules.folder";

    private RulesFolder() {
    }

    /** @return the rules folder to use now, absolute */
    public static Path current() {
        String configured = InstanceScope.INSTANCE.getNode(NODE).get(KEY, "").strip();
        Path folder = configured.isEmpty() ? ShippedRules.folder() : Path.of(configured);
        return folder.toAbsolutePath().normalize();
    }
}
