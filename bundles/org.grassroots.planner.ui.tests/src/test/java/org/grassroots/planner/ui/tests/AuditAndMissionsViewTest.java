package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.MissionOverview;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ProposalState;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.plan.AuditPart;
import org.grassroots.planner.ui.plan.MissionsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year's audit trail in the workbench (each field before and after, filtered, exported as CSV and
 * read back) and the reviewer's overview of the missions, with the notice of a proposal made elsewhere.
 */
class AuditAndMissionsViewTest {
    @TempDir
    Path dir;

    @Test
    void theAuditTrailShowsEachFieldAndExportsWhatIsFiltered() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Initiative before = Workbench.session().snapshot().initiatives().get(0);
        PlanOperations.save(Workbench.session(), before, before.toBuilder().budgetJpy(2_345_000L).build());
        Workbench.settle();
        Workbench.session().save().join();
        Workbench.settle();
        AuditPart audit = Workbench.show(AuditPart.ID, AuditPart.class);
        audit.filter(before.getId(), null);
        assertTrue(Workbench.waitUntil(() -> audit.shownLines().stream().anyMatch(l -> l.field().equals("budget_jpy")
                && "2345000".equals(l.after()))), audit.shownLines().toString());
        AuditPart.Line budget = audit.shownLines().stream().filter(l -> l.field().equals("budget_jpy")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(String.valueOf(before.getBudgetJpy()), budget.before());
        assertEquals(System.getProperty("user.name"), budget.entry().who());
        audit.filter("NO-SUCH-ID", null);
        assertTrue(audit.shownLines().isEmpty());
        audit.filter(before.getId(), null);
        Path csv = dir.resolve("audit.csv");
        audit.write(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFchanged_at_jst,changed_by,id,mission,action,field,before,after", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",update,budget_jpy," + before.getBudgetJpy() + ",2345000")),
                lines.toString());
        assertEquals(audit.shownLines().size() + 1, lines.size());
        audit.filter("", null);
        Workbench.screenshot(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "audit-view.png");
    }

    @Test
    void theMissionsOverviewListsEveryMissionAndHearsAProposal() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        MissionsPart missions = Workbench.show(MissionsPart.ID, MissionsPart.class);
        assertTrue(Workbench.waitUntil(() -> missions.rows().size() == 17), missions.rows().toString());
        // a mission without error findings (the proposal view's test proposes one with errors, in the same workbench)
        var snapshot = Workbench.session().snapshot();
        java.util.Set<String> withErrors = new java.util.HashSet<>();
        snapshot.findings().stream().filter(f -> f.getSeverity() == org.grassroots.planner.model.Severity.ERROR)
                .forEach(f -> {
                    withErrors.add(f.getMission());
                    snapshot.initiatives().stream().filter(i -> i.getId().equals(f.getInitiative()))
                            .forEach(i -> withErrors.add(i.getMission()));
                });
        MissionOverview quiet = missions.rows().stream().filter(m -> m.initiatives() > 0 && !withErrors.contains(m.mission()))
                .findFirst().orElseThrow();
        long stored = snapshot.initiatives().stream().filter(i -> i.getMission().equals(quiet.mission()) && !i.isCancelled())
                .count();
        assertEquals(stored, quiet.initiatives());
        assertEquals(0, quiet.errorFindings());
        assertEquals(ProposalState.DRAFT, quiet.proposal());
        assertTrue(missions.rows().stream().anyMatch(m -> m.errorFindings() > 0), missions.rows().toString());
        // another planner (another connection) proposes that plan: the overview says so without reopening
        try (PlanStore other = Workbench.store()) {
            other.proposals().propose(2023, quiet.mission(), other.initiativesOfMission(2023, quiet.mission()), List.of(),
                    Map.of());
        }
        assertTrue(Workbench.waitUntil(() -> missions.rows().stream().anyMatch(m -> m.mission().equals(quiet.mission())
                && m.proposal() == ProposalState.PROPOSED) && missions.noticeText().contains("2023")), missions.noticeText());
        Workbench.screenshot(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "missions-view.png");
    }
}
