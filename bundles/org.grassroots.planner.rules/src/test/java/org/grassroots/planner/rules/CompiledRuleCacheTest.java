package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled rule folder kept in the workspace: compiled once, then loaded; loaded rules judge exactly as compiled
 * ones; an edit of a rule or a message is compiled again (never the old rules); a broken entry is compiled over.
 */
class CompiledRuleCacheTest {
    @TempDir
    Path temp;

    private static Path cacheDirectory() throws Exception {
        String area = System.getProperty("osgi.instance.area");
        assertTrue(area != null, "the test runtime has a workspace");
        Path workspace = area.startsWith("file:") ? Paths.get(new URI(area.replace(" ", "%20"))) : Paths.get(area);
        return workspace.resolve(".metadata/.plugins/org.grassroots.planner.rules/compiled");
    }

    private Path copyOfShippedRules() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(RuleEngineTest.SHIPPED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }

    private static Path entry(Path rules) throws Exception {
        List<Path> drl;
        try (Stream<Path> files = Files.list(rules)) {
            drl = files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        return cacheDirectory().resolve(CompiledRuleCache.key(rules, drl) + ".kpkg");
    }

    private static List<Initiative> plan() {
        return List.of(
                RuleEngineTest.clean("NOTHEME").themes(List.of("digital")).build(),
                RuleEngineTest.clean("NOPARTNER").partners(List.of()).build(),
                RuleEngineTest.clean("FAR").mission("cg-seattle").states(List.of("WA")).build(),
                RuleEngineTest.clean("WRONGMISSION").states(List.of("IL", "OK")).build(),
                RuleEngineTest.clean("NOBUDGET").budgetJpy(null).build(),
                RuleEngineTest.clean("BACKWARDS").startDate(LocalDate.of(2023, 6, 2)).endDate(LocalDate.of(2023, 6, 1)).build(),
                RuleEngineTest.clean("BIG").budgetJpy(12_000_000L).build(),
                RuleEngineTest.clean("CANCELLED").themes(List.of()).status(Status.CANCELLED).build());
    }

    private static List<Finding> check(RuleSet rules) {
        return RuleEngine.check(rules, plan(), RuleEngineTest.FY2023, RuleEngineTest.THEMES, RuleEngineTest.OUTREACH);
    }

    @Test
    void aFolderIsCompiledOnceThenLoadedAndJudgesAlike() throws Exception {
        Path rules = copyOfShippedRules();
        Path entry = entry(rules);
        Files.deleteIfExists(entry);

        int loads = CompiledRuleCache.LOADS.get();
        RuleSet compiled = RuleEngine.compile(rules);
        assertEquals(loads, CompiledRuleCache.LOADS.get(), "compiled: nothing to load yet");
        assertTrue(Files.isRegularFile(entry), "the compiled packages are kept: " + entry);
        RuleSet loaded = RuleEngine.compile(rules);
        assertEquals(loads + 1, CompiledRuleCache.LOADS.get(), "loaded, not compiled again");

        assertEquals(compiled.ruleIds(), loaded.ruleIds());
        List<Finding> findings = check(compiled);
        assertTrue(findings.size() >= 7, findings.toString());
        assertEquals(findings, check(loaded));
        // a live session of loaded rules re-evaluates an edit as one of compiled rules
        try (RuleSession session = RuleEngine.open(loaded, plan(), RuleEngineTest.FY2023, RuleEngineTest.THEMES,
                RuleEngineTest.OUTREACH)) {
            session.update(RuleEngineTest.clean("NOTHEME").build());
            assertFalse(session.findings().stream().anyMatch(f -> "NOTHEME".equals(f.getInitiative())),
                    session.findings().toString());
        }
    }

    @Test
    void anEditedRuleOrMessageIsCompiledAgainNeverTheOldRules() throws Exception {
        Path rules = copyOfShippedRules();
        Path before = entry(rules);
        RuleEngine.compile(rules);
        assertTrue(Files.isRegularFile(before));

        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget, StandardCharsets.UTF_8)
                .replace("\"BUDGET-OVER-CAP\"", "\"BUDGET-OVER-THE-CAP\""), StandardCharsets.UTF_8); // rule and finding
        Path edited = entry(rules);
        assertNotEquals(before, edited);
        int loads = CompiledRuleCache.LOADS.get();
        RuleSet afterEdit = RuleEngine.compile(rules);
        assertEquals(loads, CompiledRuleCache.LOADS.get(), "the edited folder is compiled");
        assertTrue(afterEdit.ruleIds().contains("BUDGET-OVER-THE-CAP"), afterEdit.ruleIds().toString());
        assertFalse(afterEdit.ruleIds().contains("BUDGET-OVER-CAP"), afterEdit.ruleIds().toString());
        assertTrue(check(afterEdit).stream().anyMatch(f -> f.getRule().equals("BUDGET-OVER-THE-CAP")));

        Path messages = rules.resolve("messages.properties");
        Files.writeString(messages, Files.readString(messages, StandardCharsets.UTF_8) + "\n# edited\n",
                StandardCharsets.UTF_8);
        assertNotEquals(edited, entry(rules), "a message is part of the key");
    }

    @Test
    void aBrokenEntryIsCompiledOver() throws Exception {
        Path rules = copyOfShippedRules();
        Path entry = entry(rules);
        Files.createDirectories(entry.getParent());
        Files.write(entry, new byte[] {1, 2, 3, 4});
        int loads = CompiledRuleCache.LOADS.get();
        RuleSet rulesSet = RuleEngine.compile(rules);
        assertEquals(loads, CompiledRuleCache.LOADS.get(), "the broken entry is not loaded");
        assertTrue(rulesSet.ruleIds().contains("BUDGET-OVER-CAP"));
        assertTrue(Files.size(entry) > 4, "compiled again and kept");
        assertEquals(check(RuleEngine.compile(rules)), check(rulesSet));
        assertEquals(loads + 1, CompiledRuleCache.LOADS.get(), "the entry written over is loaded");
    }

    @Test
    void unsavedTextsAreNeverKept() throws Exception {
        Path rules = copyOfShippedRules();
        Path data = rules.resolve("data.dslr");
        String text = Files.readString(data, StandardCharsets.UTF_8) + "\n// unsaved\n";
        Path directory = cacheDirectory();
        Files.createDirectories(directory);
        long entriesBefore;
        try (Stream<Path> files = Files.list(directory)) {
            entriesBefore = files.count();
        }
        RuleEngine.compile(rules, java.util.Map.of(data, text));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(entriesBefore, files.count());
        }
    }
}
