package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * One Japanese vocabulary: no Japanese message bundle of the product (the bundles' {@code *_ja.properties}, the
 * rules' {@code messages_ja.properties}) uses a term that {@code docs/glossary.md} bans (施策 for 案件, 理由書き for
 * 理由 …). The banned terms are read from the glossary itself, so that adding one there holds every bundle to it.
 */
class GlossaryTest {
    private static final Path ROOT = ShippedRules.folder().toAbsolutePath().getParent();

    /** @return the banned terms of the glossary, each with the term to use instead */
    static Map<String, String> banned() throws IOException {
        String glossary = Files.readString(ROOT.resolve("docs").resolve("glossary.md"), StandardCharsets.UTF_8);
        int at = glossary.indexOf("## Banned terms");
        assertTrue(at >= 0, "the glossary has a section of banned terms");
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| ([^|]+?) \\| ([^|]+?) \\|$").matcher(glossary.substring(at));
        while (m.find()) {
            if (!m.group(1).equals("banned") && !m.group(1).startsWith("---")) {
                out.put(m.group(1).strip(), m.group(2).strip());
            }
        }
        return out;
    }

    /** @return the Japanese message bundles of the product, decoded (\\uXXXX escapes as characters) */
    static Map<Path, String> japaneseBundles() throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT.resolve("bundles"))) {
            walk.filter(p -> p.getFileName().toString().endsWith("_ja.properties"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/")).forEach(files::add);
        }
        files.add(ROOT.resolve("rules").resolve("messages_ja.properties"));
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text);
            StringBuilder decoded = new StringBuilder();
            while (u.find()) {
                u.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
            }
            u.appendTail(decoded);
            out.put(ROOT.relativize(f), decoded.toString());
        }
        return out;
    }

    @Test
    void noJapaneseMessageUsesATermTheGlossaryBans() throws IOException {
        Map<String, String> banned = banned();
        assertEquals("案件", banned.get("施策"));
        assertEquals("理由", banned.get("理由書き"));
        assertTrue(banned.containsKey("ルールが照合した事実") && banned.containsKey("一公館が使える上限の割合"), banned.toString());
        Map<Path, String> bundles = japaneseBundles();
        assertTrue(bundles.size() >= 10, "the Japanese bundles are found: " + bundles.keySet());
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> b : bundles.entrySet()) {
            int line = 0;
            for (String text : b.getValue().split("\n")) {
                line++;
                if (text.startsWith("#")) {
                    continue;
                }
                for (Map.Entry<String, String> term : banned.entrySet()) {
                    if (text.contains(term.getKey())) {
                        found.add(b.getKey() + ":" + line + ": " + term.getKey() + " (use " + term.getValue() + ")");
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "banned terms: " + found);
    }

    @Test
    void theCheckCatchesABannedTerm() throws IOException {
        // the scan itself: a bundle with 施策 would be caught
        Map<String, String> banned = banned();
        String sample = "ready={1}年度の\\u65bd\\u7b56 {0} 件";
        Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(sample);
        StringBuilder decoded = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(decoded, String.valueOf((char) Integer.parseInt(u.group(1), 16)));
        }
        u.appendTail(decoded);
        assertTrue(banned.keySet().stream().anyMatch(decoded.toString()::contains), decoded.toString());
        assertFalse(banned.keySet().stream().anyMatch("ready={1}年度の案件 {0} 件"::contains));
    }

    @Test
    void theEmbassyHasItsOfficialJapaneseName() {
        assertEquals("在アメリカ合衆国日本国大使館",
                org.grassroots.planner.reference.ReferenceData.shipped().mission("emb-washington").getNameJa());
    }
}
