package org.grassroots.planner.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the proposal documents in English or Japanese ({@code labels*.properties}). */
final class Labels {
    private final ResourceBundle bundle;
    private final boolean japanese;

    Labels(Locale locale) {
        japanese = "ja".equals(locale.getLanguage());
        bundle = ResourceBundle.getBundle("org.grassroots.planner.export.labels", japanese ? Locale.JAPANESE : Locale.ROOT,
                Labels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    boolean japanese() {
        return japanese;
    }

    /** @return the kind's label (one copy for every view and document: {@link org.grassroots.planner.model.CodeLabels}) */
    String kind(String code) {
        return org.grassroots.planner.model.CodeLabels.kind(code, locale());
    }

    /** @return the format's label ({@link org.grassroots.planner.model.CodeLabels}) */
    String format(String code) {
        return org.grassroots.planner.model.CodeLabels.format(code, locale());
    }

    /** @return the status's label ({@link org.grassroots.planner.model.CodeLabels}) */
    String status(String code) {
        return org.grassroots.planner.model.CodeLabels.status(code, locale());
    }

    /** @return the policy line's name ({@link org.grassroots.planner.model.CodeLabels}) */
    String line(String code) {
        return org.grassroots.planner.model.CodeLabels.line(code, locale());
    }

    Locale locale() {
        return japanese ? Locale.JAPANESE : Locale.ENGLISH;
    }

    String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, japanese ? Locale.JAPANESE : Locale.ENGLISH).format(args);
    }
}
