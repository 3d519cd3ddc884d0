package org.grassroots.planner.ruletests;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The problems of unreadable rule tests in the user's language (Japanese or English). */
final class Messages {
    private Messages() {
    }

    static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.grassroots.planner.ruletests.messages", Locale.getDefault(),
                Messages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }
}
