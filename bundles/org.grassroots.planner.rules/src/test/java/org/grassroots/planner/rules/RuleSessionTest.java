package org.grassroots.planner.rules;

import static org.grassroots.planner.rules.RuleEngineTest.FY2023;
import static org.grassroots.planner.rules.RuleEngineTest.OUTREACH;
import static org.grassroots.planner.rules.RuleEngineTest.SHIPPED;
import static org.grassroots.planner.rules.RuleEngineTest.THEMES;
import static org.grassroots.planner.rules.RuleEngineTest.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live session: edits re-evaluate what they touch, and listeners hear what came and went. */
class RuleSessionTest {
    static RuleSet shipped;

    private final List<FindingsChange> heard = new ArrayList<>();
    private RuleSession session;

    @BeforeAll
    static void compileShipped() throws RuleSetException, java.io.IOException {
        shipped = RuleEngine.compile(RuleEngineTest.contractRules());
        everyRule = RuleEngine.compile(SHIPPED);
    }

    /** Every shipped rule, the reviewer's judgements with their facts computed outside the rules included */
    static RuleSet everyRule;

    @BeforeEach
    void openCleanPlan() {
        session = RuleEngine.open(shipped,
                List.of(clean("A").build(), clean("B").mission("cg-houston").states(List.of("TX")).build()), FY2023, THEMES, OUTREACH);
        session.addListener(heard::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /**
     * Makes the edit in the plan (in place of the initiative with its id, or added) and in the live session, and
     * asserts that the session's findings are then a fresh check's of the plan.
     *
     * @return the fresh check's findings
     */
    private static List<Finding> editBoth(RuleSet rules, List<Initiative> plan, RuleSession live, Initiative edit) {
        if (plan.stream().noneMatch(i -> i.getId().equals(edit.getId()))) {
            plan.add(edit);
        }
        plan.replaceAll(i -> i.getId().equals(edit.getId()) ? edit : i);
        live.update(edit);
        List<Finding> fresh = RuleEngine.check(rules, plan, FY2023, THEMES, OUTREACH);
        assertEquals(fresh, live.findings(), edit.toString());
        return fresh;
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.getRule() + ":" + (f.getInitiative() != null ? f.getInitiative()
                : f.getMission() != null ? f.getMission() : f.getState() != null ? f.getState() : "year")).toList();
    }

    @Test
    void anEditThatBreaksARuleAddsItsFindingAndTheRepairRemovesIt() {
        assertEquals(List.of(), session.findings());
        Initiative noPartner = clean("A").partners(List.of()).build();
        session.update(noPartner);
        assertEquals(List.of("AP2-NO-PARTNER:A"), keys(session.findings()));
        assertEquals(1, heard.size());
        assertEquals(List.of("AP2-NO-PARTNER:A"), keys(heard.get(0).added()));
        assertEquals(List.of(), heard.get(0).removed());

        session.update(clean("A").build());
        assertEquals(List.of(), session.findings());
        assertEquals(List.of("AP2-NO-PARTNER:A"), keys(heard.get(1).removed()));
        assertEquals(List.of(), heard.get(1).added());
    }

    @Test
    void anEditThatChangesNothingIsNotHeard() {
        session.update(clean("A").build());
        session.update(clean("A").format(Format.ONLINE).build()); // no rule looks at the format
        assertEquals(List.of(), heard);
    }

    @Test
    void aNewYearTotalReplacesTheBudgetFindingWithItsNewFacts() {
        session.update(clean("A").budgetJpy(9_500_000L).build());
        Finding over = session.findings().stream().filter(f -> f.getRule().equals("BUDGET-OVER-CAP")).findFirst().orElseThrow();
        assertEquals(10_500_000L, over.getFacts().get("total_jpy"));
        heard.clear();

        session.update(clean("A").budgetJpy(9_600_000L).build());
        Finding after = session.findings().stream().filter(f -> f.getRule().equals("BUDGET-OVER-CAP")).findFirst().orElseThrow();
        assertEquals(10_600_000L, after.getFacts().get("total_jpy"));
        assertEquals(List.of(over), heard.get(0).removed().stream().filter(f -> f.getRule().equals("BUDGET-OVER-CAP")).toList());
        assertEquals(List.of(after), heard.get(0).added().stream().filter(f -> f.getRule().equals("BUDGET-OVER-CAP")).toList());
    }

    @Test
    void cancellingRemovingAndAddingInitiatives() {
        session.update(clean("B").mission("cg-houston").states(List.of("TX")).status(Status.CANCELLED).build());
        assertEquals(List.of("COVERAGE-UNCOVERED-STATE:TX"), keys(session.findings()));

        assertTrue(session.remove("A"));
        assertFalse(session.remove("A"));
        assertEquals(List.of("COVERAGE-UNCOVERED-STATE:IL", "COVERAGE-UNCOVERED-STATE:TX"), keys(session.findings()));

        session.add(clean("C").states(List.of("IL", "TX")).partners(List.of()).build());
        assertEquals(List.of("REGION-OUTSIDE-JURISDICTION:C", "AP2-NO-PARTNER:C"), keys(session.findings()));
        assertEquals(List.of("B", "C"), session.initiatives().stream().map(Initiative::getId).toList());
        FindingsChange last = heard.get(heard.size() - 1);
        assertEquals(List.of("REGION-OUTSIDE-JURISDICTION:C", "AP2-NO-PARTNER:C"), keys(last.added()));
        assertEquals(List.of("COVERAGE-UNCOVERED-STATE:IL", "COVERAGE-UNCOVERED-STATE:TX"), keys(last.removed()));
    }

    @Test
    void everyEditLeavesTheFindingsOfAFreshCheck() {
        List<Initiative> plan = new ArrayList<>(List.of(clean("A").build(), clean("B").mission("cg-houston").states(List.of("TX")).build()));
        List<Initiative> edits = List.of(clean("A").themes(List.of("digital", "space")).build(),
                clean("B").mission("cg-houston").states(List.of("TX", "OK", "US")).budgetJpy(null).build(),
                clean("A").startDate(java.time.LocalDate.of(2023, 3, 31)).budgetJpy(20_000_000L).build(),
                clean("A").fiscalYear(2022).build(),
                clean("B").mission("cg-houston").states(List.of("OK")).build(),
                clean("B").mission("cg-houston").states(List.of("WA")).build(), // a mission's seat, not a priority
                clean("B").mission("cg-houston").states(List.of("ND")).build()); // an outreach state
        for (Initiative edit : edits) {
            editBoth(shipped, plan, session, edit);
        }
    }

    /**
     * The same for every shipped rule: the statistics the judgements compare with (a kind's median, the missions with
     * the largest budgets, the years held) follow each edit as a fresh check computes them.
     */
    @Test
    void everyEditLeavesTheFindingsOfAFreshCheckWithTheJudgementsToo() {
        List<Initiative> plan = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            plan.add(clean("F" + n).kind(org.grassroots.planner.model.Kind.FOOD_PR).budgetJpy(1_000_000L * n).build());
        }
        plan.add(clean("H").mission("cg-houston").states(List.of("TX")).themes(List.of("workers-middle-class")).build());
        plan.add(clean("OLD").fiscalYear(2022).titleJa("前年度の案件").partners(List.of("Old Partner")).status(Status.DONE).build());
        List<Initiative> edits = List.of(
                clean("F4").kind(org.grassroots.planner.model.Kind.FOOD_PR).budgetJpy(9_000_000L).build(), // above 3x the median
                clean("F1").kind(org.grassroots.planner.model.Kind.FOOD_PR).budgetJpy(5_000_000L).build(), // the median moves
                clean("F2").kind(org.grassroots.planner.model.Kind.TOURISM_PROMOTION).themes(List.of("covid-19")).build(),
                clean("H").mission("cg-houston").states(List.of("TX")).budgetJpy(30_000_000L).build(), // houston first, no workers theme
                clean("F3").kind(org.grassroots.planner.model.Kind.FOOD_PR).format(org.grassroots.planner.model.Format.ONLINE).budgetJpy(60_000_000L)
                        .startDate(java.time.LocalDate.of(2024, 2, 1)).endDate(java.time.LocalDate.of(2024, 2, 2)).build(),
                clean("NEW").titleJa("前年度の案件").build(), // repeats last year's title without results
                clean("NEW").titleJa("前年度の案件").partners(List.of("Old Partner")).build(), // and its partner
                clean("OLD2").fiscalYear(2022).partners(List.of("Old Partner")).build(), // a second of last year with that partner
                clean("OLD2").fiscalYear(2022).partners(List.of("Old Partner")).participants(40L).build(), // its results recorded
                clean("OLD").fiscalYear(2021).build(),
                clean("OLD2").fiscalYear(2021).build(), // no more last year
                clean("F1").kind(org.grassroots.planner.model.Kind.FOOD_PR).status(Status.CANCELLED).build());
        RuleSession live = RuleEngine.open(everyRule, plan, FY2023, THEMES, OUTREACH);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        try {
            assertEquals(RuleEngine.check(everyRule, plan, FY2023, THEMES, OUTREACH), live.findings(), "opened");
            for (Initiative edit : edits) {
                editBoth(everyRule, plan, live, edit);
                live.findings().forEach(f -> seen.add(f.getRule()));
            }
            plan.removeIf(i -> i.getId().equals("F4"));
            live.remove("F4");
            assertEquals(RuleEngine.check(everyRule, plan, FY2023, THEMES, OUTREACH), live.findings(), "F4 removed");
            for (String rule : List.of("REPEAT-WITHOUT-RESULTS", "POLICY-WORKERS-MAJOR-MISSION", "HISTORY-NOT-EVALUATED-LAST-YEAR",
                    "BUDGET-ABOVE-KIND-MEDIAN", "KIND-THEME-MISMATCH", "BUDGET-LAST-QUARTER", "LAST-YEAR-DONE-WITHOUT-RESULTS")) {
                assertTrue(seen.contains(rule), rule + " in " + seen);
            }
        } finally {
            live.close();
        }
    }

    /**
     * The states no initiative reached for three years follow each edit as a fresh check finds them, though an edit
     * brings up to date only the states of the initiative's two versions (and the major missions only when the total
     * of one of their missions changed).
     */
    @Test
    void theUnreachedStatesAndTheMajorMissionsFollowEachEdit() {
        // the reference's jurisdictions: Chicago IL and ND, Houston TX, Seattle WA, MT and ID
        List<Initiative> plan = new ArrayList<>(List.of(clean("P21").fiscalYear(2021).build(),
                clean("P22").fiscalYear(2022).states(List.of("ND")).build(), clean("A").build(),
                clean("H").mission("cg-houston").states(List.of("TX")).budgetJpy(3_000_000L).build(),
                clean("S").mission("cg-seattle").states(List.of("WA")).build()));
        List<Initiative> edits = List.of(clean("A").states(List.of("ND")).build(), // IL still reached in 2021
                clean("P21").fiscalYear(2021).states(List.of("WA")).build(), // now IL is not
                clean("P22").fiscalYear(2022).states(List.of("ND")).status(Status.CANCELLED).build(), // ND still is, by A
                clean("A").mission("cg-houston").states(List.of("TX")).build(), // now ND is not; Chicago's total goes to Houston
                clean("H").mission("cg-houston").states(List.of("TX")).budgetJpy(500_000L).build(), // Houston below Seattle
                clean("S").mission("cg-seattle").states(List.of("MT")).build(), // WA reached only in 2021
                clean("P21").fiscalYear(2021).states(List.of("IL")).build(), // WA unreached, IL reached again
                clean("A").states(List.of("ND")).build(), // ND reached again, Chicago has a total again
                clean("H").mission("cg-houston").states(List.of("TX")).status(Status.CANCELLED).build(), // TX unreached
                clean("P21").fiscalYear(2020).build()); // out of the three years: not evaluated
        RuleSession live = RuleEngine.open(everyRule, plan, FY2023, THEMES, OUTREACH);
        java.util.Set<String> unreachedSeen = new java.util.TreeSet<>();
        java.util.Set<String> reachedSeen = new java.util.TreeSet<>();
        StringBuilder steps = new StringBuilder();
        try {
            for (Initiative edit : edits) {
                List<Finding> fresh = editBoth(everyRule, plan, live, edit);
                java.util.Set<String> unreached = new java.util.TreeSet<>();
                fresh.stream().filter(f -> f.getRule().equals("STATE-NOT-REACHED-3Y")).forEach(f -> unreached.add(f.getState()));
                for (String state : List.of("IL", "ND", "WA", "TX")) {
                    (unreached.contains(state) ? unreachedSeen : reachedSeen).add(state);
                }
                steps.append(edit.getId()).append(unreached).append(' ');
            }
            plan.removeIf(i -> i.getId().equals("S"));
            live.remove("S");
            assertEquals(RuleEngine.check(everyRule, plan, FY2023, THEMES, OUTREACH), live.findings(), "S removed");
            assertEquals(java.util.Set.of("IL", "ND", "WA", "TX"), unreachedSeen, "each state unreached after some edit: " + steps);
            assertEquals(java.util.Set.of("IL", "ND", "WA", "TX"), reachedSeen, "and reached after another: " + steps);
        } finally {
            live.close();
        }
    }

    /**
     * The facts COVERAGE-UNCOVERED-STATE and BUDGET-ABOVE-KIND-MEDIAN ask first ({@link ReachedState}, the count above
     * the limit of a {@link KindMedian}) follow each edit: the findings of the live session are a fresh check's after
     * every edit, and each finding comes and goes.
     */
    @Test
    void theReachedStatesAndTheCountsAboveAKindsLimitFollowEachEdit() {
        // one kind, five budgets of 1,000,000: the median 1,000,000, the limit three times it; TX reached only by H
        List<Initiative> plan = new ArrayList<>(List.of(clean("A").build(), clean("B").build(), clean("C").build(),
                clean("D").build(), clean("H").mission("cg-houston").states(List.of("TX")).build()));
        List<Initiative> edits = List.of(clean("A").budgetJpy(5_000_000L).build(), // A above the limit
                clean("B").budgetJpy(5_000_000L).build(), // and B: the median stays
                clean("A").build(), // only B
                clean("H").mission("cg-houston").states(List.of("MT")).build(), // TX not reached
                clean("H").mission("cg-houston").states(List.of("TX")).status(Status.CANCELLED).build(), // nor by a cancelled one
                clean("H").mission("cg-houston").states(List.of("TX")).build(), // reached again
                clean("B").build()); // nothing above the limit
        RuleSession live = RuleEngine.open(everyRule, plan, FY2023, THEMES, OUTREACH);
        List<String> seen = new ArrayList<>();
        try {
            for (Initiative edit : edits) {
                seen.add(keys(editBoth(everyRule, plan, live, edit)).stream().filter(k -> k.startsWith("BUDGET-ABOVE-KIND-MEDIAN:") || k.equals("COVERAGE-UNCOVERED-STATE:TX"))
                        .sorted().toList().toString());
            }
        } finally {
            live.close();
        }
        assertEquals(List.of("[BUDGET-ABOVE-KIND-MEDIAN:A]", "[BUDGET-ABOVE-KIND-MEDIAN:A, BUDGET-ABOVE-KIND-MEDIAN:B]",
                "[BUDGET-ABOVE-KIND-MEDIAN:B]", "[BUDGET-ABOVE-KIND-MEDIAN:B, COVERAGE-UNCOVERED-STATE:TX]",
                "[BUDGET-ABOVE-KIND-MEDIAN:B, COVERAGE-UNCOVERED-STATE:TX]", "[BUDGET-ABOVE-KIND-MEDIAN:B]", "[]"), seen);
    }

    /**
     * A REPEAT-WITHOUT-RESULTS finding names the first five of last year's initiatives without results with the
     * partner repeated, and whether there are more: an edit among last year's beyond the first five changes no finding
     * of this year's (nothing heard), one that changes the five or whether there are more does; after each, the live
     * session's findings are a fresh check's.
     */
    @Test
    void aRepeatFindingNamesTheFirstFiveOfLastYearsAndChangesOnlyWithThem() {
        List<Initiative> plan = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            plan.add(lastYears("OLD" + n).build());
        }
        plan.add(clean("NOW1").partners(List.of("Sister Cities")).build());
        plan.add(clean("NOW2").partners(List.of("Sister Cities")).build());
        RuleSession live = RuleEngine.open(everyRule, plan, FY2023, THEMES, OUTREACH);
        List<FindingsChange> changes = new ArrayList<>();
        live.addListener(changes::add);
        try {
            Finding first = repeatOf("NOW1", live.findings());
            assertEquals(List.of("OLD1", "OLD2", "OLD3", "OLD4", "OLD5"), first.getFacts().get("last_year_initiatives"));
            assertEquals(true, first.getFacts().get("last_year_more"));
            assertTrue(everyRule.messages().format(first, org.grassroots.planner.model.Names.CODES, java.util.Locale.ENGLISH)
                    .contains("OLD1, OLD2, OLD3, OLD4, OLD5 and others,"));

            editBoth(everyRule, plan, live, lastYears("OLD7").build());
            editBoth(everyRule, plan, live, lastYears("OLD6").participants(30L).build());
            assertEquals(List.of(), changes, "a seventh came and the sixth's results were recorded: the five and 'more' hold");

            editBoth(everyRule, plan, live, lastYears("OLD7").participants(30L).build());
            Finding five = repeatOf("NOW1", live.findings());
            assertEquals(false, five.getFacts().get("last_year_more"));
            assertEquals(List.of("REPEAT-WITHOUT-RESULTS:NOW1", "REPEAT-WITHOUT-RESULTS:NOW2"), keys(changes.get(0).added()));
            assertTrue(everyRule.messages().format(five, org.grassroots.planner.model.Names.CODES, java.util.Locale.ENGLISH)
                    .contains("OLD1, OLD2, OLD3, OLD4, OLD5, which"));

            editBoth(everyRule, plan, live, lastYears("OLD0").build());
            assertEquals(List.of("OLD0", "OLD1", "OLD2", "OLD3", "OLD4"), repeatOf("NOW2", live.findings()).getFacts().get("last_year_initiatives"));
        } finally {
            live.close();
        }
    }

    /** @return one of last year's initiatives, without results, with its own title and the partner Sister Cities */
    private static Initiative.Builder lastYears(String id) {
        return clean(id).fiscalYear(2022).titleJa("前年度の " + id).partners(List.of("Sister Cities"));
    }

    private static Finding repeatOf(String initiative, List<Finding> findings) {
        return findings.stream().filter(f -> f.getRule().equals("REPEAT-WITHOUT-RESULTS") && initiative.equals(f.getInitiative()))
                .findFirst().orElseThrow(() -> new AssertionError("no REPEAT-WITHOUT-RESULTS of " + initiative + " in " + findings));
    }

    @Test
    void reopeningOnReloadedRulesKeepsThePlanAndTellsTheListenersWhatChanged(@TempDir Path dir) throws Exception {
        session.update(clean("A").partners(List.of()).budgetJpy(null).build());
        heard.clear();
        for (String file : List.of("phrases.dsl", "themes.dslr", "budget.drl", "regions.drl", "coverage.drl", "messages.properties")) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file)); // data.dslr left out: no more DATA-NO-BUDGET
        }
        RuleSession old = session;
        session = old.reopen(RuleEngine.compile(dir));
        assertEquals(List.of("AP2-NO-PARTNER:A"), keys(session.findings()));
        assertEquals(List.of("DATA-NO-BUDGET:A"), keys(heard.get(0).removed()));
        assertThrows(IllegalStateException.class, () -> old.update(clean("A").build()));

        session.update(clean("A").build()); // the listeners came along
        assertEquals(List.of("AP2-NO-PARTNER:A"), keys(heard.get(1).removed()));
        assertEquals(OUTREACH, session.outreachStates(), "the outreach states came along");
        session.update(clean("A").states(List.of("IL", "ND")).build());
        session.update(clean("A").states(List.of("ND")).build()); // North Dakota is still an outreach state
        assertEquals(List.of("COVERAGE-UNCOVERED-STATE:IL"), keys(session.findings()));
    }

    @Test
    void rulesThatStillInsertFindingsLogicallyAreHeardToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("old.drl"), String.join("\n",
                "package old",
                "import org.grassroots.planner.model.Initiative",
                "import org.grassroots.planner.model.Severity",
                "import org.grassroots.planner.rules.Findings",
                "rule \"OLD-EVENT-TITLE\"",
                "when",
                "    $i : Initiative( titleEn == \"Event\" )",
                "then",
                "    insertLogical( Findings.initiative( \"OLD-EVENT-TITLE\", Severity.INFO, $i ) );",
                "end", ""));
        try (RuleSession old = RuleEngine.open(RuleEngine.compile(dir), List.of(clean("A").build()), FY2023, THEMES, OUTREACH)) {
            old.addListener(heard::add);
            assertEquals(List.of("OLD-EVENT-TITLE:A"), keys(old.findings()));
            old.update(clean("A").titleEn("Festival").build());
            assertEquals(List.of(), old.findings());
            assertEquals(List.of("OLD-EVENT-TITLE:A"), keys(heard.get(0).removed()));
        }
    }
}
