package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code -nl ja}: the Findings view's cells name the sample plan's missions, states, themes and kinds in
 * Japanese, as the reference names them (missions.json, states.json, themes.json), never by their codes.
 */
class JapaneseFindingsTest {
    @TempDir
    Path dir;

    @Test
    void theFindingsViewNamesTheSamplesMissionsAndKindsInJapanese() throws Exception {
        Assumptions.assumeTrue("ja".equals(Locale.getDefault().getLanguage()), "runs under -nl ja only");
        List<String> messages = FindingNamesViewTest.sampleFindings(dir, "findings-names-ja.png");
        String all = String.join("\n", messages);
        assertTrue(all.contains("在ニューヨーク日本国総領事館 の予算 60,000,000 円が1公館当たりの配分上限（55,000,000 円、上限 220,000,000 円の 25%）を超えています。"),
                all);
        assertTrue(all.contains("予算 3 位の 在ロサンゼルス日本国総領事館（18,250,000 円）"), all);
        assertTrue(all.contains("SAMPLE-039 のテーマ コロナ対策 は種類 観光促進イベント に合いません"), all);
        assertTrue(all.contains("SAMPLE-014 の対象州 フロリダ州 は 在アトランタ日本国総領事館 の管轄外です（管轄：アラバマ州、ジョージア州、"), all);
    }
}
