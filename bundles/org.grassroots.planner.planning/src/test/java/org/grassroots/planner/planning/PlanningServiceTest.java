package org.grassroots.planner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.reference.ReferenceResolution.Source;
import org.grassroots.planner.reference.ReferenceResolver;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ProposalState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning service on a real embedded store with the shipped rules: references, checks, proposals. */
class PlanningServiceTest {
    @TempDir
    Path dir;

    private static final FiscalYearReference FY2023 = ReferenceData.shipped().shippedReference(2023);

    private static FiscalYearReference withCap(int year, long cap) {
        return new FiscalYearReference(year, cap, FY2023.getMissionShareMax(), FY2023.getPriorityThemes(),
                FY2023.getPriorityStates(), FY2023.getMissions());
    }

    private static Initiative initiative(String id, int year, String theme, String state) {
        return Initiative.builder().id(id).fiscalYear(year).mission("cg-chicago").titleJa("催し " + id)
                .kind(Kind.JAPAN_EVENT).themes(List.of(theme)).states(List.of(state)).partners(List.of("JETRO"))
                .budgetJpy(1_000_000L).status(Status.DRAFT).build();
    }

    @Test
    void referencesResolveInTheContractsOrderAndAreAlwaysOfTheYearChecked() throws Exception {
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            PlanningService planning = PlanningService.on(store);
            assertEquals("FY2023 (shipped)", planning.reference(2023, null).describe());
            ReferenceResolution next = planning.reference(2024, null);
            assertEquals("FY2024, carried over from FY2023 (shipped)", next.describe());
            assertEquals(2024, next.reference().getFiscalYear());
            assertEquals(FY2023.getBudgetCapJpy(), next.reference().getBudgetCapJpy());

            store.saveReference(withCap(2022, 1L)); // an older saved year loses to a newer shipped one
            assertEquals("FY2024, carried over from FY2023 (shipped)", planning.reference(2024, null).describe());
            store.saveReference(withCap(2023, 123L)); // same year: the planners' edit wins over the shipped one
            assertEquals("FY2023 (store)", planning.reference(2023, null).describe());
            next = planning.reference(2026, null);
            assertEquals("FY2026, carried over from FY2023 (store)", next.describe());
            assertEquals(123L, next.reference().getBudgetCapJpy());
            assertEquals(Source.CARRIED_OVER, next.source());
            assertEquals(Source.STORE, next.fromSource());
            store.saveReference(withCap(2026, 456L));
            assertEquals("FY2026 (store)", planning.reference(2026, null).describe());

            ReferenceResolution file = planning.reference(2025, withCap(2025, 789L));
            assertEquals("FY2025 (file)", file.describe());
            NoReferenceException wrongYear = assertThrows(NoReferenceException.class,
                    () -> planning.reference(2024, withCap(2023, 789L)));
            assertTrue(wrongYear.getMessage().contains("FY2023") && wrongYear.getMessage().contains("FY2024"),
                    wrongYear.getMessage());
            assertThrows(NoReferenceException.class, () -> planning.reference(2010, null));
            assertNull(planning.referenceOrNull(2010));
        }
        // without a store: the shipped ones alone, as the rule tools resolve
        assertEquals("FY2030, carried over from FY2023 (shipped)", ReferenceResolver.withoutStore().resolve(2030, null).describe());
        assertEquals("FY2022 (shipped)", PlanningService.withoutStore().reference(2022, null).describe());
    }

    @Test
    void theNextYearsPlanGetsItsOwnFindingsAndCannotBeProposedUnjustified() throws Exception {
        RuleSet rules = RuleEngine.compile(ShippedRules.folder());
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            store.save(List.of(initiative("N-1", 2024, "anime", "IL"), initiative("N-2", 2024, "climate-energy", "TX"),
                    initiative("O-1", 2023, "climate-energy", "IL")));
            PlanningService planning = PlanningService.on(store);
            YearCheck check = planning.check(rules, 2024);
            assertEquals(2024, check.fiscalYear());
            assertEquals(List.of("N-1", "N-2"), check.initiatives().stream().map(Initiative::getId).toList());
            List<String> keys = check.findings().stream().map(f -> f.getRule() + ":" + f.getInitiative()).toList();
            assertTrue(keys.contains("AP2-NO-PRIORITY-THEME:N-1"), keys.toString());
            assertTrue(keys.contains("REGION-OUTSIDE-JURISDICTION:N-2"), keys.toString());
            assertTrue(check.hasErrors());

            ProposalOutcome refused = planning.propose(rules, 2024, "cg-chicago", Map.of());
            assertFalse(refused.proposed());
            assertTrue(refused.unjustified().containsAll(List.of("AP2-NO-PRIORITY-THEME:N-1", "REGION-OUTSIDE-JURISDICTION:N-2")),
                    refused.unjustified().toString());
            assertEquals(ProposalState.DRAFT, planning.status(2024, "cg-chicago").proposal().state(), "nothing stored");

            java.util.Map<String, String> justified = new java.util.LinkedHashMap<>();
            refused.unjustified().forEach(k -> justified.put(k, "理由 " + k));
            justified.put("AP2-NO-PARTNER:N-1", "not an error finding");
            ProposalOutcome proposed = planning.propose(rules, 2024, "cg-chicago", justified);
            assertTrue(proposed.proposed());
            assertEquals(List.of("AP2-NO-PARTNER:N-1"), proposed.notErrorFindings());
            assertEquals(2_000_000L, proposed.plannedJpy());
            assertEquals(2, proposed.sincePreviousYear().added().size(), "N-1 and N-2 are new in FY2024");
            assertEquals(1, proposed.sincePreviousYear().dropped().size(), "O-1 was not carried over");
            assertNull(proposed.sinceLastProposal(), "never proposed before");
            ProposalStatus status = planning.status(2024, "cg-chicago");
            assertEquals(ProposalState.PROPOSED, status.proposal().state());
            assertEquals(justified.get("AP2-NO-PRIORITY-THEME:N-1"), status.lastSnapshot().justifications()
                    .get("AP2-NO-PRIORITY-THEME:N-1"));
            assertEquals(ProposalState.RETURNED, planning.giveBack(2024, "cg-chicago", "Too costly").state());
            assertTrue(planning.propose(rules, 2024, "cg-chicago", justified).proposed());
            assertEquals(ProposalState.PROPOSED, planning.status(2024, "cg-chicago").proposal().state());
            assertEquals(ProposalState.APPROVED, planning.approve(2024, "cg-chicago", null).state());

            var document = planning.proposalDocument(rules, 2024, "cg-chicago", Map.of(), java.time.Instant.EPOCH);
            assertEquals(2024, document.reference().getFiscalYear(), "the documents use the year's reference too");
            assertTrue(document.findings().stream().anyMatch(f -> "理由 AP2-NO-PRIORITY-THEME:N-1".equals(f.justification())));
        }
    }

    @Test
    void aYearWithoutAnyReferenceCannotBeCheckedOrProposed() throws Exception {
        RuleSet rules = RuleEngine.compile(ShippedRules.folder());
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            store.save(List.of(initiative("OLD-1", 2015, "anime", "IL")));
            PlanningService planning = PlanningService.on(store);
            assertThrows(NoReferenceException.class, () -> planning.check(rules, 2015));
            assertThrows(NoReferenceException.class, () -> planning.propose(rules, 2015, "cg-chicago", Map.of()));
            assertEquals(ProposalState.DRAFT, planning.status(2015, "cg-chicago").proposal().state());
        }
        assertTrue(Set.of(2022, 2023).containsAll(ReferenceData.shipped().shippedYears()));
    }
}
