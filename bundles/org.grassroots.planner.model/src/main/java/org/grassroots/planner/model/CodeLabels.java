package org.grassroots.planner.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one copy of the labels of the contract's fixed codes (kinds, formats, statuses, the policy lines of themes, and
 * {@code US} for the whole country) in English and Japanese ({@code codes*.properties} of this package), for the workbench, the commands and
 * the documents alike. A code with no label is its own label.
 */
public final class CodeLabels {
    private CodeLabels() {
    }

    public static String kind(Kind kind, Locale locale) {
        return label("kind." + kind.code(), kind.code(), locale);
    }

    public static String kind(String code, Locale locale) {
        return code == null ? null : label("kind." + code, code, locale);
    }

    public static String format(Format format, Locale locale) {
        return label("format." + format.code(), format.code(), locale);
    }

    public static String format(String code, Locale locale) {
        return code == null ? null : label("format." + code, code, locale);
    }

    public static String status(Status status, Locale locale) {
        return label("status." + status.code(), status.code(), locale);
    }

    public static String status(String code, Locale locale) {
        return code == null ? null : label("status." + code, code, locale);
    }

    /** @return the policy line's name (行動計画2.0, 「新しい資本主義」, デジタル田園都市国家構想), else its code */
    public static String line(String code, Locale locale) {
        return code == null ? null : label("line." + code, code, locale);
    }

    /** @return 全米 or nationwide for {@code US}, else the code as it is */
    public static String nationwide(String code, Locale locale) {
        return "US".equals(code) ? label("state.US", code, locale) : code;
    }

    /** @return true if the locale's language is Japanese (else English) */
    public static boolean japanese(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage());
    }

    private static String label(String key, String code, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.grassroots.planner.model.codes",
                japanese(locale) ? Locale.JAPANESE : Locale.ROOT, CodeLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
