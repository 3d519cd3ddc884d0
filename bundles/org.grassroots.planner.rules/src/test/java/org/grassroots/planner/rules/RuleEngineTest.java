package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shipped DRL files of rules/ inside Equinox. */
class RuleEngineTest {
    static final Path SHIPPED = Path.of(System.getProperty("planner.rules.dir", "../../rules"));
    /** The files of the reviewer's judgements (judgements.drl, history.drl), which have rule tests of their own */
    static final Set<String> JUDGEMENTS = Set.of("judgements.drl", "history.drl");

    /**
     * @return a copy of the shipped rules without the reviewer's judgements: the contract's rules and the data
     *         rules, whose behaviour these tests hold (the judgements are held by their rule tests in rules/tests and by
     *         {@link RuleSessionTest#everyEditLeavesTheFindingsOfAFreshCheck}, which runs every shipped rule)
     */
    static Path contractRules() throws IOException {
        Path copy = Files.createTempDirectory("contract-rules");
        copy.toFile().deleteOnExit();
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!JUDGEMENTS.contains(f.getFileName().toString())) {
                    Path to = copy.resolve(f.getFileName());
                    Files.copy(f, to);
                    to.toFile().deleteOnExit();
                }
            }
        }
        return copy;
    }
    static final List<Theme> THEMES = List.of(new Theme("climate-energy", "気候変動・エネルギー", "Climate", List.of()),
            new Theme("digital", "デジタル", "Digital", List.of()));
    static final FiscalYearReference FY2023 = new FiscalYearReference(2023, 10_000_000L, 0.5,
            Set.of("climate-energy"), Set.of("IL", "TX"),
            List.of(new Mission("cg-chicago", "シカゴ総", "Chicago", List.of("IL", "ND")),
                    new Mission("cg-houston", "ヒューストン総", "Houston", List.of("TX")),
                    new Mission("cg-seattle", "シアトル総", "Seattle", List.of("WA", "MT", "ID"))));
    /** The outreach states of the contract: every state, DC and territory but the 16 where a Japanese mission sits. */
    static final Set<String> OUTREACH = Set.of(
            "AL", "AR", "AS", "AZ", "CT", "DE", "IA", "ID", "IN", "KS", "KY", "LA", "MD", "ME",
            "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "OH", "OK",
            "PA", "PR", "RI", "SC", "SD", "UT", "VA", "VI", "VT", "WI", "WV", "WY");

    static RuleSet shipped;

    @BeforeAll
    static void compileShipped() throws RuleSetException, IOException {
        shipped = RuleEngine.compile(contractRules());
    }

    static Initiative.Builder clean(String id) {
        return Initiative.builder().id(id).fiscalYear(2023).mission("cg-chicago").titleJa("案件").titleEn("Event").kind(Kind.JAPAN_EVENT)
                .themes(List.of("climate-energy")).states(List.of("IL")).partners(List.of("Partner"))
                .startDate(LocalDate.of(2023, 5, 1)).endDate(LocalDate.of(2023, 5, 2)).budgetJpy(1_000_000L)
                .status(Status.DRAFT);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.getRule() + ":" + (f.getInitiative() != null ? f.getInitiative()
                : f.getMission() != null ? f.getMission() : f.getState() != null ? f.getState() : "year")).toList();
    }

    @Test
    void theShippedRuleSetHasEveryContractRule() {
        assertTrue(shipped.ruleIds().containsAll(List.of("AP2-NO-PRIORITY-THEME", "AP2-UNKNOWN-THEME", "AP2-NO-PARTNER",
                "REGION-OUTSIDE-PRIORITY", "REGION-OUTSIDE-JURISDICTION", "BUDGET-OVER-CAP", "BUDGET-MISSION-SHARE",
                "DATA-NO-BUDGET", "DATA-INVALID-DATES", "COVERAGE-UNCOVERED-STATE", "REGION-PRIORITY-SHARE")),
                shipped.ruleIds().toString());
    }

    @Test
    void preparingTheEngineBesideALoadChangesNoFindingAndPutsNothingInForce() throws Exception {
        RuleEngine engine = new RuleEngine();
        Path folder = contractRules();
        java.util.concurrent.CompletableFuture<RuleSet> loading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return RuleEngine.compile(folder);
            } catch (RuleSetException e) {
                throw new IllegalStateException(e);
            }
        });
        RuleEngine.prepare(); // as planner check does while its rules load
        RuleEngine.prepare(); // and again: nothing kept from the first
        assertEquals(null, engine.current());
        List<Initiative> plan = List.of(clean("NOPARTNER").partners(List.of()).build(), clean("B").build());
        assertEquals(ids(RuleEngine.check(shipped, plan, FY2023, THEMES, OUTREACH)),
                ids(RuleEngine.check(loading.get(), plan, FY2023, THEMES, OUTREACH)));
        assertTrue(ids(RuleEngine.check(loading.get(), plan, FY2023, THEMES, OUTREACH)).contains("AP2-NO-PARTNER:NOPARTNER"));
    }

    @Test
    void aCleanPlanCoveringThePriorityStatesHasNoFinding() {
        List<Finding> findings = RuleEngine.check(shipped,
                List.of(clean("A").build(), clean("B").mission("cg-houston").states(List.of("TX")).build()), FY2023, THEMES, OUTREACH);
        assertEquals(List.of(), findings);
    }

    @Test
    void everyContractRuleFiresWhereTheContractSays() {
        List<Initiative> plan = List.of(
                clean("NOTHEME").themes(List.of("digital")).build(),
                clean("UNKNOWN").themes(List.of("climate-energy", "space-debris")).build(),
                clean("NOPARTNER").partners(List.of()).build(),
                clean("FAR").mission("cg-seattle").states(List.of("WA")).build(),
                clean("OUTREACH").states(List.of("ND")).build(),
                clean("WRONGMISSION").states(List.of("IL", "OK")).build(),
                clean("NOBUDGET").budgetJpy(null).build(),
                clean("ZERO").budgetJpy(0L).build(),
                clean("BACKWARDS").startDate(LocalDate.of(2023, 6, 2)).endDate(LocalDate.of(2023, 6, 1)).build(),
                clean("LATE").startDate(LocalDate.of(2024, 4, 1)).endDate(LocalDate.of(2024, 4, 2)).build(),
                clean("BIG").budgetJpy(6_000_000L).build(),
                clean("NATIONWIDE").states(List.of("US")).build(),
                clean("CANCELLED").themes(List.of()).partners(List.of()).status(Status.CANCELLED).budgetJpy(50_000_000L).build(),
                clean("OTHERYEAR").fiscalYear(2022).themes(List.of()).build());
        List<Finding> findings = RuleEngine.check(shipped, plan, FY2023, THEMES, OUTREACH);
        assertEquals(List.of(
                "AP2-NO-PRIORITY-THEME:NOTHEME",
                "BUDGET-OVER-CAP:year",
                "DATA-INVALID-DATES:BACKWARDS", "DATA-INVALID-DATES:LATE",
                "REGION-OUTSIDE-JURISDICTION:WRONGMISSION",
                "AP2-UNKNOWN-THEME:UNKNOWN",
                "BUDGET-MISSION-SHARE:cg-chicago",
                "DATA-NO-BUDGET:NOBUDGET", "DATA-NO-BUDGET:ZERO",
                "REGION-OUTSIDE-PRIORITY:FAR",
                "AP2-NO-PARTNER:NOPARTNER",
                "COVERAGE-UNCOVERED-STATE:TX"), ids(findings));
        Finding jurisdiction = findings.get(4);
        assertEquals(Severity.ERROR, jurisdiction.getSeverity());
        assertEquals("OK", jurisdiction.getState());
        assertEquals("cg-chicago", jurisdiction.getMission());
        assertEquals(List.of("IL", "ND"), jurisdiction.getFacts().get("jurisdiction"));
        assertEquals(15_000_000L, findings.get(1).getFacts().get("total_jpy"));
    }

    @Test
    void anOutreachStateIsNotOutsideThePriorityRegions() {
        List<Initiative> plan = List.of(
                clean("CARAVAN").states(List.of("ND")).build(), // no mission in North Dakota: outreach
                clean("SEATS").mission("cg-seattle").states(List.of("WA", "MT")).build(), // MT has no mission either
                clean("SEAT").mission("cg-seattle").states(List.of("WA")).build());
        assertEquals(List.of("REGION-OUTSIDE-PRIORITY:SEAT"), ids(RuleEngine.check(shipped, plan, FY2023, THEMES, OUTREACH))
                .stream().filter(id -> id.startsWith("REGION-OUTSIDE-PRIORITY")).toList());
        assertEquals(List.of("REGION-OUTSIDE-PRIORITY:CARAVAN", "REGION-OUTSIDE-PRIORITY:SEAT", "REGION-OUTSIDE-PRIORITY:SEATS"),
                ids(RuleEngine.check(shipped, plan, FY2023, THEMES, Set.of())).stream()
                        .filter(id -> id.startsWith("REGION-OUTSIDE-PRIORITY")).toList(),
                "the outreach states are the caller's: none given, none counted");
    }

    @Test
    void budgetsBeyondTheRangeOfLongStillGoOverTheCap() {
        long huge = 9_200_000_000_000_000_000L; // two of them overflow a long to a negative total
        List<Initiative> plan = List.of(clean("A").budgetJpy(huge).build(), clean("B").budgetJpy(huge).build());
        List<Finding> findings = RuleEngine.check(shipped, plan, FY2023, THEMES, OUTREACH);
        assertEquals(List.of("BUDGET-OVER-CAP:year", "BUDGET-MISSION-SHARE:cg-chicago", "COVERAGE-UNCOVERED-STATE:TX"),
                ids(findings));
        java.math.BigInteger exact = java.math.BigInteger.valueOf(huge).multiply(java.math.BigInteger.TWO);
        assertEquals(exact, findings.get(0).getFacts().get("total_jpy"));
        assertEquals(exact, findings.get(1).getFacts().get("total_jpy"));

        FiscalYearReference limitless = new FiscalYearReference(2023, Long.MAX_VALUE, 1.0, FY2023.getPriorityThemes(),
                FY2023.getPriorityStates(), FY2023.getMissions());
        assertEquals(List.of("BUDGET-OVER-CAP:year", "BUDGET-MISSION-SHARE:cg-chicago", "COVERAGE-UNCOVERED-STATE:TX"),
                ids(RuleEngine.check(shipped, plan, limitless, THEMES, OUTREACH)), "a total beyond Long.MAX_VALUE exceeds a cap of Long.MAX_VALUE");
        assertEquals(List.of("COVERAGE-UNCOVERED-STATE:TX"), ids(RuleEngine.check(shipped,
                List.of(clean("A").budgetJpy(Long.MAX_VALUE).build()), limitless, THEMES, OUTREACH)), "a total at the cap does not");

        try (RuleSession session = RuleEngine.open(shipped, plan, FY2023, THEMES, OUTREACH)) {
            session.update(clean("B").budgetJpy(1_000_000L).build());
            assertEquals(huge + 1_000_000L, session.findings().get(0).getFacts().get("total_jpy"), "a Long once it fits");
            session.update(clean("A").build());
            assertEquals(List.of("COVERAGE-UNCOVERED-STATE:TX"), ids(session.findings()));
        }
    }

    @Test
    void checkInAnyOrderGivesTheSameFindings() {
        List<Initiative> plan = List.of(clean("A").partners(List.of()).build(), clean("B").states(List.of("ND", "OK")).build());
        List<Finding> ordered = RuleEngine.check(shipped, plan, FY2023, THEMES, OUTREACH);
        List<Finding> any = new java.util.ArrayList<>(RuleEngine.checkInAnyOrder(shipped, plan, FY2023, THEMES, OUTREACH));
        assertEquals(3, ordered.size(), ordered.toString()); // ND and OK are outreach states: B is not outside the priorities
        any.sort(RuleEngine.ORDER);
        assertEquals(ordered, any);
    }

    @Test
    void findingsSpeakJapaneseAndEnglish() {
        Finding f = RuleEngine.check(shipped, List.of(clean("A").states(List.of("IL", "TX")).build()), FY2023, THEMES, OUTREACH).stream()
                .filter(x -> x.getRule().equals("REGION-OUTSIDE-JURISDICTION")).findFirst().orElseThrow();
        // the names the planning service gives (here a few of the shipped reference's, in both languages)
        java.util.Map<String, String[]> known = java.util.Map.of("cg-chicago", new String[] { "在シカゴ日本国総領事館",
                "Consulate-General of Japan in Chicago" }, "TX", new String[] { "テキサス州", "Texas" }, "IL",
                new String[] { "イリノイ州", "Illinois" });
        org.grassroots.planner.model.Names names = new org.grassroots.planner.model.Names() {
            private String name(String code, Locale locale) {
                String[] n = known.get(code);
                return n == null ? code : n["ja".equals(locale.getLanguage()) ? 0 : 1];
            }

            @Override
            public String mission(String code, Locale locale) {
                return name(code, locale);
            }

            @Override
            public String state(String code, Locale locale) {
                return name(code, locale);
            }

            @Override
            public String theme(String code, Locale locale) {
                return name(code, locale);
            }
        };
        assertEquals("A targets Texas, outside the jurisdiction of Consulate-General of Japan in Chicago (Illinois, ND).",
                shipped.messages().format(f, names, Locale.ENGLISH));
        assertEquals("A の対象州 テキサス州 は 在シカゴ日本国総領事館 の管轄外です（管轄：イリノイ州、ND）。",
                shipped.messages().format(f, names, Locale.JAPANESE)); // ND has no name here: its code, never blank
        assertEquals("A targets TX, outside the jurisdiction of cg-chicago (IL, ND).",
                shipped.messages().format(f, org.grassroots.planner.model.Names.CODES, Locale.ENGLISH));
    }

    @Test
    void kindsStatusesAndSharesReadAsWordsNotCodes() {
        Finding f = new Finding("KIND-THEME-MISMATCH", org.grassroots.planner.model.Severity.WARNING, "A", null, null,
                java.util.Map.of("theme", "covid-19", "kind", "tourism-promotion"));
        assertEquals("A のテーマ covid-19 は種類 観光促進イベント に合いません（kind-themes.csv）。",
                shipped.messages().format(f, org.grassroots.planner.model.Names.CODES, Locale.JAPANESE));
        Finding approved = new Finding("DATA-APPROVED-WITHOUT-DATES", org.grassroots.planner.model.Severity.WARNING, "A", null,
                null, new java.util.LinkedHashMap<>(java.util.Map.of("status", org.grassroots.planner.model.Status.APPROVED)));
        assertTrue(shipped.messages().format(approved, org.grassroots.planner.model.Names.CODES, Locale.JAPANESE)
                .startsWith("A は 承認済み ですが"));
        Finding share = new Finding("BUDGET-MISSION-SHARE", org.grassroots.planner.model.Severity.WARNING, null, "cg-denver", null,
                java.util.Map.of("total_jpy", 60_000_000L, "share_cap_jpy", 55_000_000L, "mission_share_max", 0.25, "cap_jpy",
                        220_000_000L));
        assertEquals("cg-denver plans JPY 60,000,000, more than its share of the cap (JPY 55,000,000, 25% of JPY 220,000,000).",
                shipped.messages().format(share, org.grassroots.planner.model.Names.CODES, Locale.ENGLISH));
    }

    @Test
    void aBrokenRuleIsReportedWithFileRuleLineColumnAndTheLastGoodSetStays(@TempDir Path dir) throws Exception {
        copyRules(dir);
        RuleEngine engine = new RuleEngine();
        RuleSet good = engine.load(dir);
        Path themes = dir.resolve("themes.dslr");
        List<String> lines = Files.readAllLines(themes);
        int at = lines.indexOf("    - パートナーがいない");
        assertTrue(at > 0, "the line to break is in themes.dslr");
        lines.set(at, "    - パートナーがいなあ"); // no phrase of phrases.dsl says this
        Files.write(themes, lines);
        RuleSetException e = assertThrows(RuleSetException.class, () -> engine.load(dir));
        Diagnostic d = e.getDiagnostics().get(0);
        assertEquals(themes.toString(), d.file());
        assertEquals("AP2-NO-PARTNER", d.rule());
        assertEquals(at + 1, d.line());
        assertTrue(d.column() >= 1, d.toString());
        assertTrue(d.message().contains("no phrase of the .dsl files matches \"- パートナーがいなあ\""), d.toString());
        assertSame(good, engine.current());
        assertNotNull(RuleEngine.check(engine.current(), List.of(clean("A").build()), FY2023, THEMES, OUTREACH));
    }

    @Test
    void aPhraseFollowedByWordsItDoesNotTakeIsReportedWhereTheRuleAuthorWroteThem(@TempDir Path dir) throws Exception {
        copyRules(dir);
        Path themes = dir.resolve("themes.dslr");
        List<String> lines = Files.readAllLines(themes);
        int at = lines.indexOf("    - パートナーがいない");
        assertTrue(at > 0, "the line to break is in themes.dslr");
        lines.set(at, "    - パートナーがいないよ"); // the phrase, then a word it does not take
        Files.write(themes, lines);
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleEngine().load(dir));
        Diagnostic d = e.getDiagnostics().get(0);
        assertEquals("AP2-NO-PARTNER", d.rule());
        // Drools names the pattern's line above, at a column of the expanded DRL; the author wrote よ here
        assertEquals(at + 1, d.line(), d.toString());
        assertEquals(lines.get(at).indexOf('よ') + 1, d.column(), d.toString());
        assertTrue(d.message().startsWith("\"よ\" does not belong to the phrase before it on this line (\"- パートナーがいない\")"),
                d.toString());
    }

    @Test
    void aRuleSetWithAForbiddenCallIsRefusedAndTheLastGoodSetStays(@TempDir Path dir) throws Exception {
        copyRules(dir);
        RuleEngine engine = new RuleEngine();
        RuleSet good = engine.load(dir);
        Path exit = dir.resolve("exit.drl");
        Files.writeString(exit, "package rules\n\nrule \"EXIT\" @severity(info)\nwhen\n    org.grassroots.planner.model.FiscalYearReference()\n"
                + "then\n    Runtime.getRuntime().halt( 3 );\nend\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> engine.load(dir));
        assertTrue(e.isRefused(), e.getMessage());
        Diagnostic d = e.getDiagnostics().get(0);
        assertEquals(exit.toString(), d.file());
        assertEquals("EXIT", d.rule());
        assertEquals(7, d.line());
        assertTrue(d.message().startsWith("forbidden call Runtime"), d.message());
        assertSame(good, engine.current());
        // a forbidden name in a comment or a string is no call
        Files.writeString(exit, "package rules\n// System.exit is not called here\nrule \"QUIET\" @severity(info)\nwhen\n"
                + "    org.grassroots.planner.model.Initiative( titleJa == \"System.exit\" )\nthen\nend\n");
        assertNotSame(good, engine.load(dir));
    }

    @Test
    void aSyntaxErrorGetsARealColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.drl"), "package x\nrule \"R\"\nwhen\n    String( length > )\nthen\nend\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleEngine.compile(dir));
        Diagnostic d = e.getDiagnostics().get(0);
        assertEquals("R", d.rule(), d.toString());
        assertEquals(4, d.line(), d.toString());
        assertTrue(d.column() >= 5, d.toString());
    }

    private static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!JUDGEMENTS.contains(f.getFileName().toString())) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
    }
}
