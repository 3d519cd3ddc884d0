package com.ibm.icu.util;

import java.io.Serializable;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * ICU4J's {@code ULocale} API on {@link java.util.Locale}: an ICU locale ID ({@code language_Script_COUNTRY_VARIANT},
 * with {@code @keywords} kept in {@link #getName()} only) and the JDK locale it names. The default locales are the
 * JDK's: {@link #setDefault(Category, ULocale)} sets {@link Locale#setDefault(Locale.Category, Locale)}, as ICU does.
 */
public final class ULocale implements Serializable, Comparable<ULocale> {
    private static final long serialVersionUID = 1L;

    /** The categories of default locale, as {@link Locale.Category}. */
    public enum Category {
        DISPLAY(Locale.Category.DISPLAY), FORMAT(Locale.Category.FORMAT);

        private final Locale.Category jdk;

        Category(Locale.Category jdk) {
            this.jdk = jdk;
        }
    }

    public static final ULocale ROOT = new ULocale("");
    public static final ULocale ENGLISH = forLocale(Locale.ENGLISH);
    public static final ULocale JAPANESE = forLocale(Locale.JAPANESE);
    public static final ULocale US = forLocale(Locale.US);
    public static final ULocale JAPAN = forLocale(Locale.JAPAN);

    private final String name;
    private final String baseName;
    private final transient Locale locale;

    /** The locale of an ICU locale ID ({@code ja_JP}, {@code en-US}, {@code zh_Hant_TW}, {@code de@collation=phonebook}). */
    public ULocale(String localeID) {
        String id = localeID == null ? "" : localeID.trim().replace('-', '_');
        int at = id.indexOf('@');
        String base = at < 0 ? id : id.substring(0, at);
        this.locale = toJdk(base);
        this.baseName = icuName(locale);
        this.name = at < 0 ? baseName : baseName + id.substring(at);
    }

    private ULocale(Locale locale) {
        this.locale = locale;
        this.baseName = icuName(locale);
        this.name = baseName;
    }

    public static ULocale forLocale(Locale loc) {
        return loc == null ? null : new ULocale(loc);
    }

    public static ULocale forLanguageTag(String languageTag) {
        return new ULocale(Locale.forLanguageTag(languageTag));
    }

    public static ULocale getDefault() {
        return new ULocale(Locale.getDefault());
    }

    public static ULocale getDefault(Category category) {
        return new ULocale(Locale.getDefault(category.jdk));
    }

    public static synchronized void setDefault(ULocale newLocale) {
        Locale.setDefault(newLocale.toLocale());
    }

    public static synchronized void setDefault(Category category, ULocale newLocale) {
        Locale.setDefault(category.jdk, newLocale.toLocale());
    }

    public Locale toLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public String getScript() {
        return locale.getScript();
    }

    public String getCountry() {
        return locale.getCountry();
    }

    public String getVariant() {
        return locale.getVariant();
    }

    /** The full ID, keywords included. */
    public String getName() {
        return name;
    }

    /** The ID without keywords: {@code language_Script_COUNTRY_VARIANT}, empty fields left out. */
    public String getBaseName() {
        return baseName;
    }

    public String toLanguageTag() {
        return locale.toLanguageTag();
    }

    public String getDisplayName() {
        return locale.getDisplayName(Locale.getDefault(Locale.Category.DISPLAY));
    }

    public String getDisplayName(ULocale displayLocale) {
        return locale.getDisplayName(displayLocale.toLocale());
    }

    public static ULocale[] getAvailableLocales() {
        Locale[] locales = Locale.getAvailableLocales();
        ULocale[] result = new ULocale[locales.length];
        for (int i = 0; i < locales.length; i++) {
            result[i] = new ULocale(locales[i]);
        }
        return result;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ULocale other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public int compareTo(ULocale other) {
        return name.compareTo(other.name);
    }

    private Object readResolve() {
        return new ULocale(name);
    }

    private static Locale toJdk(String base) {
        if (base.isEmpty()) {
            return Locale.ROOT;
        }
        String[] parts = base.split("_", -1);
        String language = parts[0];
        int i = 1;
        String script = "";
        if (i < parts.length && parts[i].length() == 4 && parts[i].chars().allMatch(Character::isLetter)) {
            script = parts[i++];
        }
        String country = "";
        if (i < parts.length && (parts[i].length() == 2 || parts[i].length() == 3)) {
            country = parts[i++];
        }
        StringBuilder variant = new StringBuilder();
        for (; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                variant.append(variant.length() == 0 ? "" : "_").append(parts[i]);
            }
        }
        try {
            return new Locale.Builder().setLanguage(language).setScript(script).setRegion(country)
                    .setVariant(variant.toString()).build();
        } catch (IllformedLocaleException e) {
            // as ICU, a locale ID the tag grammar refuses is kept as written
            return new Locale(language, country, variant.toString());
        }
    }

    private static String icuName(Locale locale) {
        StringBuilder b = new StringBuilder(locale.getLanguage());
        if (!locale.getScript().isEmpty()) {
            b.append('_').append(locale.getScript());
        }
        if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty()) {
            b.append('_').append(locale.getCountry());
        }
        if (!locale.getVariant().isEmpty()) {
            b.append('_').append(locale.getVariant());
        }
        return b.toString();
    }
}
