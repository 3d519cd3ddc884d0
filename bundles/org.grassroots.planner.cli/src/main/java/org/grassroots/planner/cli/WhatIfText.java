package org.grassroots.planner.cli;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.grassroots.planner.reference.ReferenceResolution;

/** The words of {@code planner what-if} (text) and {@code planner suggest} in the language asked ({@code --lang ja|en}). */
final class WhatIfText {
    private final ResourceBundle bundle;
    private final Locale locale;

    WhatIfText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.grassroots.planner.cli.whatif", locale, WhatIfText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** @return the text of the key with its arguments (numbers are formatted by the caller: see {@link #yen}) */
    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** @return an amount with the language's grouping, as text (MessageFormat would group a year too) */
    String yen(long amount) {
        return NumberFormat.getIntegerInstance(locale).format(amount);
    }

    /** @return where the year's reference came from, in words */
    String reference(ReferenceResolution r) {
        return r.carriedOver()
                ? get("reference.carried", String.valueOf(r.fiscalYear()), String.valueOf(r.fromFiscalYear()), source(r.fromSource()))
                : get("reference.own", String.valueOf(r.fiscalYear()), source(r.source()));
    }

    private String source(ReferenceResolution.Source s) {
        return bundle.getString("source." + s.code());
    }
}
