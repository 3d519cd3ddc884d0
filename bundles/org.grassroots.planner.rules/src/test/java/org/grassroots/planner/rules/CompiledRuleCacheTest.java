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
        return copyOfShippedRules("rules");
    }

    private Path copyOfShippedRules(String name) throws IOException {
        Path rules = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(RuleEngineTest.SHIPPED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }

    private static Path entry(Path rules) throws Exception {
        return cacheDirectory().resolve(CompiledRuleCache.key(rules) + ".kpkg");
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
        Files.deleteIfExists(edited); // the key is the files' names and bytes: another test may have made this edit
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

    @Test
    void aLoadedRuleSetLocatesItsRulesInItsOwnFolderAndKeepsTheMatrix() throws Exception {
        Path first = copyOfShippedRules("first");
        Files.deleteIfExists(entry(first));
        RuleSet compiled = RuleEngine.compile(first);
        Path second = copyOfShippedRules("second"); // the same files elsewhere: the same entry
        assertEquals(entry(first), entry(second));
        int loads = CompiledRuleCache.LOADS.get();
        RuleSet loaded = RuleEngine.compile(second);
        assertEquals(loads + 1, CompiledRuleCache.LOADS.get(), "loaded, not compiled again");

        assertFalse(compiled.themeMisfits().isEmpty(), "the shipped matrix has misfits");
        assertEquals(compiled.themeMisfits(), loaded.themeMisfits(), "the matrix, from the entry");
        assertEquals(compiled.kindMisfits().toString(), loaded.kindMisfits().toString());
        for (String rule : compiled.ruleIds()) {
            String location = compiled.location(rule);
            assertTrue(location != null && location.startsWith(first.toString()), rule + ": " + location);
            assertEquals(second + location.substring(first.toString().length()), loaded.location(rule),
                    rule + " is located in the folder it was loaded from (a .dslr rule on its source line)");
        }
        assertTrue(compiled.ruleIds().stream().anyMatch(r -> compiled.location(r).contains(".dslr:")),
                "rules of .dslr files are among them");
    }

    @Test
    void aChangedPhraseDslrFileOrMatrixIsCompiledAgain() throws Exception {
        Path rules = copyOfShippedRules();
        RuleSet before = RuleEngine.compile(rules);
        assertEquals(before.ruleIds(), RuleEngine.compile(rules).ruleIds());

        // the matrix: one more misfit, seen by the rules (the cache key covers the raw file, not its parse)
        Path matrix = rules.resolve(KindThemeMatrix.FILE);
        String text = Files.readString(matrix, StandardCharsets.UTF_8);
        String row = text.lines().filter(l -> l.startsWith("info-dissemination,")).findFirst().orElseThrow();
        Files.writeString(matrix, text.replace(row, row.replaceFirst(",", ",no")), StandardCharsets.UTF_8);
        Files.deleteIfExists(entry(rules)); // left by an earlier run of this test in the same workspace
        int loads = CompiledRuleCache.LOADS.get();
        RuleSet matrixEdited = RuleEngine.compile(rules);
        assertEquals(loads, CompiledRuleCache.LOADS.get(), "the edited matrix is read again");
        assertEquals(before.themeMisfits().size() + 1, matrixEdited.themeMisfits().size());
        assertEquals(matrixEdited.themeMisfits(), RuleEngine.compile(rules).themeMisfits(), "and kept");

        // a .dslr rule renamed: compiled again, never the old rule
        Path themes = rules.resolve("themes.dslr");
        String dslr = Files.readString(themes, StandardCharsets.UTF_8);
        String renamed = before.ruleIds().stream().filter(r -> dslr.contains("\"" + r + "\"")).findFirst().orElseThrow();
        Files.writeString(themes, dslr.replace("\"" + renamed + "\"", "\"" + renamed + "-RENAMED\""), StandardCharsets.UTF_8);
        Files.deleteIfExists(entry(rules));
        loads = CompiledRuleCache.LOADS.get();
        RuleSet dslrEdited = RuleEngine.compile(rules);
        assertEquals(loads, CompiledRuleCache.LOADS.get(), "the edited .dslr file is expanded and compiled");
        assertTrue(dslrEdited.ruleIds().contains(renamed + "-RENAMED"), dslrEdited.ruleIds().toString());
        assertFalse(dslrEdited.ruleIds().contains(renamed));

        // a phrase file in a subfolder is part of the key too (the engine reads phrase files under the folder)
        Path key = entry(rules);
        Path sub = Files.createDirectories(rules.resolve("more"));
        Files.writeString(sub.resolve("extra.dsl"), "# no phrase yet\n", StandardCharsets.UTF_8);
        assertNotEquals(key, entry(rules));
    }

    @Test
    void whatWasCompiledWhileAFileChangedIsNotKept() throws Exception {
        Path rules = copyOfShippedRules();
        Path entry = entry(rules);
        Files.deleteIfExists(entry);
        CompiledRuleCache cache = CompiledRuleCache.of(rules);
        RuleSet compiled = RuleEngine.compile(rules, java.util.Map.of(rules.resolve("budget.drl"),
                Files.readString(rules.resolve("budget.drl"), StandardCharsets.UTF_8))); // compiled, not cached
        assertFalse(Files.exists(entry));
        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget, StandardCharsets.UTF_8) + "\n// saved meanwhile\n",
                StandardCharsets.UTF_8);
        cache.store(compiled.kieBase().getKiePackages(), java.util.Map.of(), compiled.themeMisfits());
        assertFalse(Files.exists(entry), "the files changed after the key was taken: nothing kept under it");
        assertFalse(Files.exists(entry(rules)), "nor under the new files' key");
    }

    @Test
    void rulesLoadedAheadAreUsedOnlyIfNoFileChangedSince() throws Exception {
        Path rules = copyOfShippedRules();
        Path entry = entry(rules);
        Files.deleteIfExists(entry);
        assertEquals(null, RuleEngine.cached(rules), "nothing cached: nothing loaded");
        assertFalse(Files.exists(entry), "and nothing compiled");

        RuleEngine.compile(rules);
        RuleSet ahead = RuleEngine.cached(rules);
        assertTrue(ahead != null, "cached now");
        RuleEngine engine = new RuleEngine();
        assertTrue(engine.load(rules, ahead) == ahead, "the files are as they were: the rules loaded ahead");
        assertTrue(engine.current() == ahead);

        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget, StandardCharsets.UTF_8)
                .replace("\"BUDGET-OVER-CAP\"", "\"BUDGET-OVER-THE-CAP-AHEAD\""), StandardCharsets.UTF_8);
        Files.deleteIfExists(entry(rules));
        RuleSet now = engine.load(rules, ahead);
        assertTrue(now != ahead, "a file changed since: compiled again");
        assertTrue(now.ruleIds().contains("BUDGET-OVER-THE-CAP-AHEAD"), now.ruleIds().toString());
        assertFalse(now.ruleIds().contains("BUDGET-OVER-CAP"));
        assertTrue(engine.current() == now);
        RuleSet compiled = RuleEngine.compile(rules, java.util.Map.of(budget, Files.readString(budget, StandardCharsets.UTF_8)));
        assertTrue(engine.load(rules, compiled) != compiled, "a rule set not from the cache is never taken as it is");
    }
}
