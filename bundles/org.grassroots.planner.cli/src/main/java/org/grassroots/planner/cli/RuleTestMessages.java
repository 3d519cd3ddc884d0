package org.grassroots.planner.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The messages of {@code planner test-rules} in the user's language (Japanese or English). */
final class RuleTestMessages {
    private RuleTestMessages() {
    }

    static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.grassroots.planner.cli.ruletests", Locale.getDefault(),
                RuleTestMessages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }
}
