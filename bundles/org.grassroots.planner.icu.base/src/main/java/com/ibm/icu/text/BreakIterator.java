package com.ibm.icu.text;

import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;

import com.ibm.icu.util.ULocale;

/**
 * ICU4J's {@code BreakIterator} API, each instance backed by the JDK's {@link java.text.BreakIterator} of the same
 * kind and locale (boundaries after Unicode's UAX #29 rules as the JDK implements them; no dictionary for words
 * in Chinese or Japanese: a run of one script is one word).
 */
public abstract class BreakIterator implements Cloneable {
    /** What {@link #next()}, {@link #previous()}, {@link #following(int)} and {@link #preceding(int)} return at an end. */
    public static final int DONE = -1;
    public static final int KIND_CHARACTER = 0;
    public static final int KIND_WORD = 1;
    public static final int KIND_LINE = 2;
    public static final int KIND_SENTENCE = 3;
    public static final int WORD_NONE = 0;
    public static final int WORD_NONE_LIMIT = 100;

    protected BreakIterator() {
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public abstract int first();

    public abstract int last();

    public abstract int next(int n);

    public abstract int next();

    public abstract int previous();

    public abstract int following(int offset);

    public int preceding(int offset) {
        int pos = following(offset);
        while (pos >= offset && pos != DONE) {
            pos = previous();
        }
        return pos;
    }

    public boolean isBoundary(int offset) {
        if (offset == 0) {
            return true;
        }
        return following(offset - 1) == offset;
    }

    public abstract int current();

    /** Always {@link #WORD_NONE}: the JDK's iterators have no rule status. */
    public int getRuleStatus() {
        return WORD_NONE;
    }

    public abstract CharacterIterator getText();

    public void setText(String newText) {
        setText(new StringCharacterIterator(newText));
    }

    public void setText(CharSequence newText) {
        setText(newText.toString());
    }

    public abstract void setText(CharacterIterator newText);

    public static BreakIterator getWordInstance() {
        return getWordInstance(ULocale.getDefault());
    }

    public static BreakIterator getWordInstance(Locale where) {
        return new Jdk(java.text.BreakIterator.getWordInstance(where));
    }

    public static BreakIterator getWordInstance(ULocale where) {
        return getWordInstance(where.toLocale());
    }

    public static BreakIterator getLineInstance() {
        return getLineInstance(ULocale.getDefault());
    }

    public static BreakIterator getLineInstance(Locale where) {
        return new Jdk(java.text.BreakIterator.getLineInstance(where));
    }

    public static BreakIterator getLineInstance(ULocale where) {
        return getLineInstance(where.toLocale());
    }

    public static BreakIterator getCharacterInstance() {
        return getCharacterInstance(ULocale.getDefault());
    }

    public static BreakIterator getCharacterInstance(Locale where) {
        return new Jdk(java.text.BreakIterator.getCharacterInstance(where));
    }

    public static BreakIterator getCharacterInstance(ULocale where) {
        return getCharacterInstance(where.toLocale());
    }

    public static BreakIterator getSentenceInstance() {
        return getSentenceInstance(ULocale.getDefault());
    }

    public static BreakIterator getSentenceInstance(Locale where) {
        return new Jdk(java.text.BreakIterator.getSentenceInstance(where));
    }

    public static BreakIterator getSentenceInstance(ULocale where) {
        return getSentenceInstance(where.toLocale());
    }

    public static BreakIterator getBreakInstance(ULocale where, int kind) {
        switch (kind) {
            case KIND_CHARACTER:
                return getCharacterInstance(where);
            case KIND_WORD:
                return getWordInstance(where);
            case KIND_LINE:
                return getLineInstance(where);
            case KIND_SENTENCE:
                return getSentenceInstance(where);
            default:
                throw new IllegalArgumentException("no break iterator of kind " + kind);
        }
    }

    public static synchronized Locale[] getAvailableLocales() {
        return java.text.BreakIterator.getAvailableLocales();
    }

    public static synchronized ULocale[] getAvailableULocales() {
        Locale[] locales = getAvailableLocales();
        ULocale[] result = new ULocale[locales.length];
        for (int i = 0; i < locales.length; i++) {
            result[i] = ULocale.forLocale(locales[i]);
        }
        return result;
    }

    /** An ICU break iterator that is the JDK's. */
    private static final class Jdk extends BreakIterator {
        private java.text.BreakIterator jdk;

        Jdk(java.text.BreakIterator jdk) {
            this.jdk = jdk;
        }

        @Override
        public Object clone() {
            Jdk copy = (Jdk) super.clone();
            copy.jdk = (java.text.BreakIterator) jdk.clone();
            return copy;
        }

        @Override
        public int first() {
            return jdk.first();
        }

        @Override
        public int last() {
            return jdk.last();
        }

        @Override
        public int next(int n) {
            return jdk.next(n);
        }

        @Override
        public int next() {
            return jdk.next();
        }

        @Override
        public int previous() {
            return jdk.previous();
        }

        @Override
        public int following(int offset) {
            return jdk.following(offset);
        }

        @Override
        public int preceding(int offset) {
            return jdk.preceding(offset);
        }

        @Override
        public boolean isBoundary(int offset) {
            return jdk.isBoundary(offset);
        }

        @Override
        public int current() {
            return jdk.current();
        }

        @Override
        public CharacterIterator getText() {
            return jdk.getText();
        }

        @Override
        public void setText(String newText) {
            jdk.setText(newText);
        }

        @Override
        public void setText(CharacterIterator newText) {
            jdk.setText(newText);
        }
    }
}
