package org.grassroots.planner.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Problem messages in the user's language (Japanese or English). */
public final class Messages {
    private Messages() {
    }

    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.grassroots.planner.importer.messages", Locale.getDefault(),
                Messages.class.getClassLoader());
        return MessageFormat.format(bundle.getString(key), args);
    }
}
