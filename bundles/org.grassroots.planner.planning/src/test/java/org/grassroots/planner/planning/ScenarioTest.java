package org.grassroots.planner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.reference.ReferenceResolution.Source;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ScenarioStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios on the shipped rules: the file format, the changed plan, the comparison (full and incremental), the store. */
class ScenarioTest {
    @TempDir
    Path dir;

    private static final FiscalYearReference FY2023 = ReferenceData.shipped().shippedReference(2023);
    private static final ReferenceResolution REFERENCE = ReferenceResolution.of(FY2023, Source.SHIPPED);

    @Test
    void theFileIsReadAndWrittenInTheContractsFormat() {
        String text = """
                {"name": "cap -10% and KY, TN",
                 "reference": {"budget_cap_jpy": 198000000, "priority_states": ["CA", "TX", "OH", "IL", "IN", "KY", "TN"]},
                 "scale": [{"mission": "cg-chicago", "factor": 0.9}, {"kind": "food-pr", "factor": 0.5}],
                 "initiatives": [{"id": "GEN-000001", "budget_jpy": 1200000}, {"id": "GEN-000002", "status": "cancelled"},
                                 {"id": "GEN-000003", "fiscal_year": 2024},
                                 {"id": "NEW-1", "fiscal_year": 2023, "mission": "cg-nashville", "title_ja": "ケンタッキー州キャラバン",
                                  "kind": "company-support", "themes": ["investment-in-people"], "states": ["KY"],
                                  "partners": ["JETRO"], "budget_jpy": 800000, "status": "draft"}]}
                """;
        Scenario s = ScenarioJson.read(text, "s.json");
        assertEquals("cap -10% and KY, TN", s.name());
        assertEquals(198_000_000L, s.reference().budgetCapJpy());
        assertEquals(2, s.scale().size());
        assertEquals(Kind.FOOD_PR, s.scale().get(1).kind());
        assertEquals(Status.CANCELLED, s.initiatives().get(1).status());
        assertEquals(2024, s.initiatives().get(2).fiscalYear());
        assertEquals("cg-nashville", s.initiatives().get(3).whole().getMission());
        Scenario again = ScenarioJson.read(ScenarioJson.write(s), "again.json");
        assertEquals(s, again, "written and read back, the scenario is the same");
    }

    @Test
    void aBadFileNamesEachProblemByLineAndColumn() {
        String text = "{\"name\": \"x\",\n \"scale\": [{\"mission\": \"cg-nowhere\", \"factor\": 0.9}],\n"
                + " \"initiatives\": [{\"id\": \"A\", \"status\": \"gone\"}, {\"id\": \"B\", \"mission\": \"cg-chicago\", \"kind\": \"food-pr\"}],\n"
                + " \"colour\": 1}";
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioJson.read(text, "bad.json"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("bad.json:2:"), all);
        assertTrue(all.contains("unknown mission cg-nowhere"), all);
        assertTrue(all.contains("unknown status gone"), all);
        assertTrue(all.contains("bad.json:4:"), all);
        assertTrue(all.contains("colour"), all);
        assertTrue(all.contains("title_ja"), "the new initiative misses required columns: " + all);
        ScenarioFormatException broken = assertThrows(ScenarioFormatException.class,
                () -> ScenarioJson.read("{\"name\": \"x\",\n  \"scale\": [}", "broken.json"));
        assertTrue(broken.getMessage().startsWith("broken.json:2:"), broken.getMessage());
    }

    @Test
    void theScenariosFindingsAreThoseOfACheckOfTheChangedPlanAndReference() throws Exception {
        RuleSet rules = RuleEngine.compile(ShippedRules.folder());
        List<Initiative> plan = new java.util.ArrayList<>(PlanGenerator.generate(300, 18, 2023));
        // last year's, without results: the judgements that look back see them in every comparison, as a check does
        List<Initiative> lastYear = plan.subList(0, 20).stream().map(i -> i.toBuilder().id("LAST-" + i.getId()).fiscalYear(2022)
                .status(Status.APPROVED).build()).toList();
        plan.addAll(lastYear);
        PlanningService planning = PlanningService.withoutStore();
        Scenario cut = new Scenario("cap -10%", new Scenario.ReferenceChange(FY2023.getBudgetCapJpy() * 9 / 10, null, null,
                null, null, null), List.of(), List.of(), null);
        Scenario trims = new Scenario("trims", null, List.of(new Scenario.Scale("cg-chicago", null, 0.5)),
                List.of(Scenario.Change.status("GEN-000001", Status.CANCELLED), Scenario.Change.move("GEN-000002", 2024),
                        Scenario.Change.budget("GEN-000003", 0), Scenario.Change.move("GEN-000004", 2022)), null);
        Scenario states = new Scenario("KY TN", new Scenario.ReferenceChange(null, null, null, Set.of("CA", "TX", "KY", "TN"),
                null, null), List.of(), List.of(), null);
        try (ScenarioSessions sessions = planning.scenarioSessions(rules, plan, REFERENCE)) {
            for (Scenario s : List.of(trims, cut, states, trims, new Scenario("none", null, List.of(), List.of(), null), trims)) {
                Scenario.Applied applied = s.applyTo(plan, FY2023);
                List<Initiative> checked = applied.plan().stream().filter(i -> i.getFiscalYear() >= 2020 && i.getFiscalYear() <= 2023)
                        .toList(); // the year and the three before, as a check holds them
                List<Finding> expected = RuleEngine.check(rules, checked, applied.reference(),
                        ReferenceData.shipped().themes(), ReferenceData.shipped().outreachStates());
                assertTrue(expected.stream().anyMatch(f -> f.getRule().equals("REPEAT-WITHOUT-RESULTS")), s.name());
                ScenarioComparison full = planning.whatIf(rules, plan, REFERENCE, s, RuleEngine.DEFAULT_TIMEOUT);
                ScenarioComparison incremental = sessions.compare(s);
                assertEquals(expected, full.changed().check().findings(), s.name());
                assertEquals(new HashSet<>(expected), new HashSet<>(incremental.changed().check().findings()),
                        s.name() + ": the incremental session agrees with a fresh check");
                assertEquals(full.appeared().size(), incremental.appeared().size());
                assertEquals(full.changed().budgetTotalJpy(), incremental.changed().budgetTotalJpy());
            }
        }
        ScenarioComparison c = planning.whatIf(rules, plan, REFERENCE, cut, RuleEngine.DEFAULT_TIMEOUT);
        assertEquals(FY2023.getBudgetCapJpy() * 9 / 10, c.changed().budgetCapJpy());
        assertEquals(c.base().budgetTotalJpy(), c.changed().budgetTotalJpy(), "a cap cut changes no budget");
        ScenarioComparison t = planning.whatIf(rules, plan, REFERENCE, trims, RuleEngine.DEFAULT_TIMEOUT);
        assertTrue(t.changed().budgetByMission().get("cg-chicago") < t.base().budgetByMission().get("cg-chicago"));
        assertTrue(t.changedIds().contains("GEN-000002"));
        assertFalse(t.changed().check().initiatives().stream().anyMatch(i -> i.getId().equals("GEN-000002")),
                "moved to FY2024, it leaves the year");
        ScenarioComparison k = planning.whatIf(rules, plan, REFERENCE, states, RuleEngine.DEFAULT_TIMEOUT);
        assertTrue(k.appeared().stream().anyMatch(f -> f.getRule().equals("COVERAGE-UNCOVERED-STATE") && "KY".equals(f.getState()))
                || k.changed().statesCovered().contains("KY"), "Kentucky, now a priority, is covered or reported");
    }

    @Test
    void aKeptScenarioIsAppliedAsOneChangeWithItsAuditEntryOrDiscarded() throws Exception {
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            List<Initiative> plan = PlanGenerator.generate(20, 7, 2023);
            store.save(plan);
            PlanningService planning = PlanningService.on(store);
            Scenario s = new Scenario("cut", new Scenario.ReferenceChange(100_000_000L, null, null, null, null, null), List.of(),
                    List.of(Scenario.Change.budget("GEN-000001", 123_456L), Scenario.Change.move("GEN-000002", 2024)), null);
            planning.saveScenario(2023, s);
            planning.saveScenario(2023, new Scenario("other", null, List.of(), List.of(Scenario.Change.budget("GEN-000003", 1L)), null));
            assertEquals(Set.of("cut", "other"), planning.scenarios(2023).keySet());
            assertEquals(plan.get(0), store.initiatives(List.of("GEN-000001")).get(0), "kept, a scenario changes nothing");

            String summary = planning.applyScenario(2023, "cut");
            assertTrue(summary.startsWith("2 initiatives changed"), summary);
            assertEquals(123_456L, store.initiatives(List.of("GEN-000001")).get(0).getBudgetJpy());
            assertEquals(2024, store.initiatives(List.of("GEN-000002")).get(0).getFiscalYear());
            assertEquals(100_000_000L, store.reference(2023).orElseThrow().getBudgetCapJpy());
            assertEquals(ScenarioStore.State.APPLIED, store.scenarios().get(2023, "cut").orElseThrow().state());
            List<ScenarioStore.Event> events = store.scenarios().events(2023);
            assertEquals("applied", events.get(events.size() - 1).action());
            assertEquals(summary, events.get(events.size() - 1).summary());
            assertTrue(store.history("GEN-000001").size() >= 2, "the initiative's own trail has the change too");
            assertThrows(org.grassroots.planner.store.StoreException.class, () -> planning.applyScenario(2023, "cut"),
                    "an applied scenario is not applied twice");

            planning.discardScenario(2023, "other");
            assertEquals(Set.of(), planning.scenarios(2023).keySet());
            assertEquals(plan.get(2).getBudgetJpy(), store.initiatives(List.of("GEN-000003")).get(0).getBudgetJpy());
        }
    }

    @Test
    void theReviewersQuestionsBecomeTheScenarioFilesChanges() {
        // "Kentucky and Tennessee become priority states": only the key that differs, as the file says it
        java.util.Set<String> states = new java.util.TreeSet<>(FY2023.getPriorityStates());
        states.addAll(List.of("KY", "TN"));
        FiscalYearReference edited = new FiscalYearReference(2023, FY2023.getBudgetCapJpy(), FY2023.getMissionShareMax(),
                FY2023.getPriorityThemes(), states, FY2023.getMissions(), FY2023.getPriorityShareMin());
        Scenario.ReferenceChange change = ScenarioChanges.between(FY2023, edited);
        assertEquals(new Scenario.ReferenceChange(null, null, null, states, null, null), change);
        assertTrue(ScenarioChanges.between(FY2023, FY2023).isEmpty(), "nothing edited, nothing changed");
        assertEquals(edited.getPriorityStates(), change.applyTo(FY2023).getPriorityStates());
        FiscalYearReference cut = new FiscalYearReference(2023, 198_000_000L, FY2023.getMissionShareMax(), FY2023.getPriorityThemes(),
                FY2023.getPriorityStates(), FY2023.getMissions(), FY2023.getPriorityShareMin());
        assertEquals(new Scenario.ReferenceChange(198_000_000L, null, null, null, null, null), ScenarioChanges.between(FY2023, cut));

        // "the seminars of March move to next year": a kind starting in a month, neither cancelled nor done
        Initiative base = PlanGenerator.generate(1, 3, 2023).get(0).toBuilder().kind(Kind.INFO_DISSEMINATION)
                .status(Status.PROPOSED).build();
        java.time.LocalDate march = java.time.LocalDate.of(2024, 3, 11);
        List<Initiative> plan = List.of(
                base.toBuilder().id("A").startDate(march).endDate(march).build(),
                base.toBuilder().id("B").startDate(march.minusMonths(1)).endDate(march.minusMonths(1)).build(),
                base.toBuilder().id("C").kind(Kind.FOOD_PR).startDate(march).endDate(march).build(),
                base.toBuilder().id("D").startDate(march).endDate(march).status(Status.CANCELLED).build(),
                base.toBuilder().id("E").startDate(march).endDate(march).status(Status.DONE).build(),
                base.toBuilder().id("F").startDate(march.plusDays(10)).endDate(march.plusDays(10)).build(),
                base.toBuilder().id("G").fiscalYear(2022).startDate(march.minusYears(1)).endDate(march.minusYears(1)).build());
        List<String> ids = ScenarioChanges.startingIn(plan, 2023, Kind.INFO_DISSEMINATION, 3);
        assertEquals(List.of("A", "F"), ids);
        assertEquals(List.of("A", "C", "F"), ScenarioChanges.startingIn(plan, 2023, null, 3), "any kind");
        List<Scenario.Change> moves = ScenarioChanges.toNextYear(ids, 2023);
        assertEquals(List.of(Scenario.Change.move("A", 2024), Scenario.Change.move("F", 2024)), moves);
        Scenario.Applied applied = new Scenario("March seminars", null, List.of(), moves, null).applyTo(plan, FY2023);
        assertEquals(java.time.LocalDate.of(2025, 3, 11), applied.plan().get(0).getStartDate(), "its dates move with it");
        assertEquals(Set.of("A", "F"), applied.changed());
    }

    @Test
    void theWorkbenchsEditsAreSavedWithAScenariosReferenceAndItsAuditEntryAllOrNothing() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("edits"));
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir.resolve("edits")))) {
            List<Initiative> plan = PlanGenerator.generate(10, 5, 2023);
            store.save(plan);
            store.scenarios().save(2023, "ky", "{\"name\": \"ky\"}");
            java.util.Set<String> states = new java.util.TreeSet<>(FY2023.getPriorityStates());
            states.add("KY");
            FiscalYearReference ky = new FiscalYearReference(2023, FY2023.getBudgetCapJpy(), FY2023.getMissionShareMax(),
                    FY2023.getPriorityThemes(), states, FY2023.getMissions(), FY2023.getPriorityShareMin());
            Initiative first = plan.get(0);
            Initiative moved = first.toBuilder().fiscalYear(2024).build();
            String second = plan.get(1).getId();
            int events = store.scenarios().events(2023).size();

            // a decision the store refuses (no open scenario of that name): nothing at all is written
            assertThrows(org.grassroots.planner.store.StoreException.class, () -> store.scenarios().saveEdits(List.of(moved),
                    List.of(second), java.util.Map.of(), List.of(ky), List.of(new ScenarioStore.Decision(2023, "nope", true, "x"))));
            assertEquals(2023, store.initiatives(List.of(first.getId())).get(0).getFiscalYear());
            assertEquals(1, store.initiatives(List.of(second)).size());
            assertTrue(store.reference(2023).isEmpty(), "no reference saved");
            assertEquals(events, store.scenarios().events(2023).size());

            store.scenarios().saveEdits(List.of(moved), List.of(second), java.util.Map.of(), List.of(ky),
                    List.of(new ScenarioStore.Decision(2023, "ky", true, "applied: 2 initiatives and the reference")));
            assertEquals(2024, store.initiatives(List.of(first.getId())).get(0).getFiscalYear());
            assertEquals(0, store.initiatives(List.of(second)).size());
            assertTrue(store.reference(2023).orElseThrow().getPriorityStates().contains("KY"));
            assertEquals(ScenarioStore.State.APPLIED, store.scenarios().get(2023, "ky").orElseThrow().state());
            List<ScenarioStore.Event> trail = store.scenarios().events(2023);
            assertEquals(events + 1, trail.size());
            assertEquals("applied", trail.get(trail.size() - 1).action());
            assertEquals("applied: 2 initiatives and the reference", trail.get(trail.size() - 1).summary());

            // its application undone and saved: the reference back, the scenario open again, with its entry
            store.scenarios().saveEdits(List.of(first), List.of(), java.util.Map.of(), List.of(FY2023),
                    List.of(new ScenarioStore.Decision(2023, "ky", false, "undone")));
            assertFalse(store.reference(2023).orElseThrow().getPriorityStates().contains("KY"));
            assertEquals(ScenarioStore.State.OPEN, store.scenarios().get(2023, "ky").orElseThrow().state());
            assertEquals("undone", store.scenarios().events(2023).get(events + 1).action());
            assertEquals(2023, store.initiatives(List.of(first.getId())).get(0).getFiscalYear());
        }
    }
}
