package org.grassroots.planner.rules;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;

/** Where the shipped rule set is: {@code planner.rules.dir} if set, else {@code rules/} of the installation. */
public final class ShippedRules {
    private ShippedRules() {
    }

    public static Path folder() {
        String configured = System.getProperty("planner.rules.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String install = System.getProperty("osgi.install.area");
        if (install != null) {
            try {
                return Path.of(new URL(install).getPath(), "rules");
            } catch (MalformedURLException e) {
                // fall through to the working directory
            }
        }
        return Path.of("rules");
    }
}
