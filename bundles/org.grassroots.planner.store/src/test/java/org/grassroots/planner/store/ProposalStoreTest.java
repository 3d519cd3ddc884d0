package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proposal workflow: refusals, the frozen snapshot with its justifications, review, reopening the database. */
class ProposalStoreTest {
    @TempDir
    Path dir;

    private static Initiative initiative(String id, long budget) {
        return Initiative.builder().id(id).fiscalYear(2023).mission("cg-chicago").titleJa("草の根キャラバン " + id)
                .kind(Kind.JAPAN_EVENT).themes(List.of("digital", "dgc-agriculture")).states(List.of("ND", "TX"))
                .partners(List.of("Honorary Consul of Japan in North Dakota")).format(Format.IN_PERSON)
                .startDate(LocalDate.of(2023, 9, 1)).endDate(LocalDate.of(2023, 9, 3)).budgetJpy(budget)
                .status(Status.DRAFT).build();
    }

    private static final List<ErrorFinding> ERRORS = List.of(
            new ErrorFinding("REGION-OUTSIDE-JURISDICTION:C-1", "C-1 targets TX, outside the jurisdiction of cg-chicago"),
            new ErrorFinding("BUDGET-OVER-CAP:FY", "The budgets of FY2023 add up to more than the cap"));

    @Test
    void anErrorFindingWithoutAJustificationIsRefusedAndNothingIsStored() {
        try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(dir))) {
            ProposalStore proposals = store.proposals();
            ProposalRefusedException e = assertThrows(ProposalRefusedException.class,
                    () -> proposals.propose(2023, "cg-chicago", List.of(initiative("C-1", 1_000_000)), ERRORS,
                            Map.of("REGION-OUTSIDE-JURISDICTION:C-1", "Joint caravan with CG Houston", "BUDGET-OVER-CAP:FY", "  ")));
            assertEquals(List.of("BUDGET-OVER-CAP:FY"), e.getUnjustified());
            assertTrue(e.getMessage().contains("1 error finding(s) without a written justification"), e.getMessage());
            assertTrue(e.getMessage().contains("BUDGET-OVER-CAP:FY"), e.getMessage());
            assertEquals(ProposalState.DRAFT, proposals.get(2023, "cg-chicago").state());
            assertTrue(proposals.lastSnapshot(2023, "cg-chicago").isEmpty());
        }
    }

    @Test
    void proposingFreezesTheSnapshotWithItsJustificationsThroughTheReview() {
        String url = PlanStore.embeddedUrl(dir);
        Map<String, String> justified = Map.of("REGION-OUTSIDE-JURISDICTION:C-1", "Joint caravan with CG Houston",
                "BUDGET-OVER-CAP:FY", "The task force agreed to a supplementary budget");
        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            ProposalStore proposals = store.proposals();
            Snapshot s = proposals.propose(2023, "cg-chicago", List.of(initiative("C-1", 1_000_000), initiative("C-2", 500_000)),
                    ERRORS, justified);
            assertEquals(2, s.initiatives().size());
            assertEquals(justified, s.justifications());
            assertEquals(ProposalState.PROPOSED, proposals.get(2023, "cg-chicago").state());
            // proposed twice: refused
            assertThrows(ProposalRefusedException.class,
                    () -> proposals.propose(2023, "cg-chicago", List.of(initiative("C-1", 1)), List.of(), Map.of()));
            // returned needs a comment
            assertThrows(ProposalRefusedException.class, () -> proposals.returnWithComment(2023, "cg-chicago", " "));
            Proposal returned = proposals.returnWithComment(2023, "cg-chicago", "Reduce the caravan budget");
            assertEquals(ProposalState.RETURNED, returned.state());
            assertEquals("Reduce the caravan budget", returned.comment());
            // approving a returned proposal is refused; proposing it again works, without errors
            assertThrows(ProposalRefusedException.class, () -> proposals.approve(2023, "cg-chicago", null));
            proposals.propose(2023, "cg-chicago", List.of(initiative("C-1", 800_000)), List.of(), Map.of());
            assertEquals(ProposalState.APPROVED, proposals.approve(2023, "cg-chicago", "OK").state());
            // another mission is untouched
            assertEquals(ProposalState.DRAFT, proposals.get(2023, "cg-miami").state());
        }
        try (PlanStore store = PlanStore.open(url)) {
            Snapshot last = store.proposals().lastSnapshot(2023, "cg-chicago").orElseThrow();
            assertEquals(List.of(initiative("C-1", 800_000)), last.initiatives(), "the values are frozen as proposed");
            assertTrue(last.justifications().isEmpty());
            assertFalse(store.proposals().get(2023, "cg-chicago").changedBy().isEmpty());
        }
    }
}
