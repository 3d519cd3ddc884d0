package org.grassroots.planner.icu.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The two ICU classes the product's platform bundles call, used as they use them: the word break iterator as
 * {@code org.eclipse.jface.text.DefaultTextDoubleClickStrategy} finds the word under a double click
 * ({@code setText(CharacterIterator)}, {@code preceding}, {@code following}, {@code isBoundary}), and the default
 * format locale as {@code org.eclipse.ui.internal.Workbench} reads and sets it.
 */
class IcuBaseTest {

    private static List<String> words(BreakIterator it, String text) {
        it.setText(new StringCharacterIterator(text));
        List<String> words = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String w = text.substring(start, end);
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    /** What a double click at {@code offset} selects, found as jface.text's default double-click strategy does. */
    private static String wordAt(String text, int offset) {
        BreakIterator it = BreakIterator.getWordInstance(Locale.ROOT);
        it.setText(new StringCharacterIterator(text));
        int start = it.isBoundary(offset) ? offset : it.preceding(offset);
        int end = it.following(offset);
        return text.substring(start, end);
    }

    @Test
    void aDoubleClickInARuleSelectsTheWordUnderIt() {
        String line = "$i : Initiative( budget > cap.limit )";
        assertEquals("Initiative", wordAt(line, line.indexOf("tiat")));
        assertEquals("budget", wordAt(line, line.indexOf("budget")));
        // a full stop between letters joins them (UAX #29, as ICU says too)
        assertEquals("cap.limit", wordAt(line, line.indexOf("imit")));
        BreakIterator it = BreakIterator.getWordInstance();
        it.setText(new StringCharacterIterator(line));
        assertTrue(it.isBoundary(line.indexOf("budget")));
        assertFalse(it.isBoundary(line.indexOf("budget") + 2));
        assertEquals(BreakIterator.DONE, it.following(line.length()));
        assertEquals(BreakIterator.DONE, it.preceding(0));
    }

    @Test
    void japaneseTextBreaksWhereItsScriptChanges() {
        assertEquals(List.of("今年度", "の", "案件", "で", "重点州", "にある"),
                words(BreakIterator.getWordInstance(Locale.JAPANESE), "今年度の案件で重点州にある"));
        assertEquals("案件", wordAt("今年度の案件で", 5));
    }

    @Test
    void eachCallGivesItsOwnIteratorAndAClonedOneKeepsItsPlace() {
        BreakIterator a = BreakIterator.getWordInstance(ULocale.ENGLISH);
        a.setText("one two");
        a.following(1);
        BreakIterator b = (BreakIterator) a.clone();
        assertEquals(3, b.current());
        a.next();
        assertEquals(3, b.current());
        assertEquals(List.of("h", "é"), words(BreakIterator.getCharacterInstance(), "hé"));
    }

    @Test
    void theDefaultFormatLocaleIsTheJdksAndSettingItSetsTheJdks() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            ULocale.setDefault(ULocale.Category.FORMAT, new ULocale("ja_JP"));
            assertEquals(Locale.JAPAN, Locale.getDefault(Locale.Category.FORMAT));
            assertEquals("ja_JP", ULocale.getDefault(ULocale.Category.FORMAT).getBaseName());
            // the workbench compares the base name with its preference and sets it back from the name
            ULocale.setDefault(ULocale.Category.FORMAT,
                    new ULocale(ULocale.getDefault(ULocale.Category.FORMAT).getBaseName()));
            assertEquals(Locale.JAPAN, Locale.getDefault(Locale.Category.FORMAT));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void localeIdsReadAsIcuWritesThem() {
        assertEquals("zh_Hant_TW", new ULocale("zh-Hant-TW").getBaseName());
        assertEquals(Locale.forLanguageTag("zh-Hant-TW"), new ULocale("zh_Hant_TW").toLocale());
        assertEquals("de@collation=phonebook", new ULocale("de@collation=phonebook").getName());
        assertEquals("de", new ULocale("de@collation=phonebook").getBaseName());
        assertEquals("en_US", ULocale.forLocale(Locale.US).toString());
        assertEquals("", ULocale.ROOT.getBaseName());
        assertEquals(new ULocale("ja_JP"), ULocale.JAPAN);
    }
}
