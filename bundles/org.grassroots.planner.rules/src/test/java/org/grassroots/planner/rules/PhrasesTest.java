package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.grassroots.planner.rules.Phrases.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phrases of the shipped rules' phrases.dsl as a rule author's tools read them. */
class PhrasesTest {

    private static Phrase named(List<Phrase> phrases, String text) {
        return phrases.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + phrases.stream().map(Phrase::text).toList()));
    }

    @Test
    void theShippedPhrasesInJapaneseAndEnglishWithTheirLineAndDrl() throws Exception {
        Path folder = ShippedRules.folder();
        Phrases.Read read = Phrases.of(folder);
        assertEquals(List.of(), read.problems());
        List<Phrase> phrases = read.phrases();
        List<String> lines = Files.readAllLines(folder.resolve("phrases.dsl"), StandardCharsets.UTF_8);
        for (Phrase p : phrases) {
            assertTrue(p.line() > 0, p.text());
            String written = lines.get(p.line() - 1);
            assertTrue(written.contains("]" + p.text() + "="), p.text() + " at line " + p.line() + ": " + written);
            assertEquals("phrases.dsl", p.file().getFileName().toString());
        }
        Phrase year = named(phrases, "今年度の案件");
        assertEquals(Phrases.Scope.CONDITION, year.scope());
        assertFalse(year.isConstraint());
        assertEquals(named(phrases, "an active initiative of the year").drl(), year.drl());
        assertTrue(year.drl().startsWith("$i : Initiative("), year.drl());

        Phrase theme = named(phrases, "- テーマに{theme}を含む");
        assertTrue(theme.isConstraint());
        assertEquals(List.of("theme"), theme.variables());
        assertEquals("themes contains \"{theme}\"", theme.drl());
        Matcher m = theme.pattern().matcher("- テーマにcovid-19を含む");
        assertTrue(m.lookingAt());
        assertEquals("covid-19", m.group(1));

        Phrase report = named(phrases, "指摘する");
        assertEquals(Phrases.Scope.CONSEQUENCE, report.scope());
        assertTrue(report.inConsequence());
        assertFalse(report.inConditions());
        assertEquals(phrases.size(), phrases.stream().filter(p -> p.inConditions() || p.inConsequence()).count());
    }

    @Test
    void anUnsavedPhraseFileInPlaceOfTheOneOnDisk(@TempDir Path dir) throws Exception {
        Path dsl = dir.resolve("mine.dsl");
        Files.writeString(dsl, "[when]an initiative=$i : Initiative()\n", StandardCharsets.UTF_8);
        assertEquals(List.of("an initiative"), Phrases.of(dir).phrases().stream().map(Phrase::text).toList());
        Phrases.Read unsaved = Phrases.of(dir, Map.of(dsl, "# mine\n[when]案件=$i : Initiative()\n[then]指摘する=Report.initiative( drools, $i );\n"));
        assertEquals(List.of("案件", "指摘する"), unsaved.phrases().stream().map(Phrase::text).toList());
        assertEquals(List.of(2, 3), unsaved.phrases().stream().map(Phrase::line).toList());
        assertEquals(List.of(), Phrases.of(dir.resolve("none")).phrases(), "a folder that is not there has none");
    }
}
