package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.export.ProposalExport;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.ui.proposal.ProposalPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposal view in the real workbench: a mission of the sample plan with error findings cannot be
 * proposed until each has a justification; proposed, the view shows its state and what changed, and
 * exports the PDF. A screenshot is kept in target/screenshots.
 */
class ProposalViewTest {
    @TempDir
    Path dir;

    @Test
    void errorsNeedJustificationsThenTheProposalIsProposedAndExported() throws Exception {
        Workbench.settle();
        String mission = missionWithErrors();
        ProposalPart part = Workbench.show(ProposalPart.ID, ProposalPart.class);
        part.selectMission(mission);
        List<String> keys = part.errorKeys();
        assertFalse(keys.isEmpty(), "the mission has error findings");

        part.propose();
        assertTrue(part.statusText().contains("without a written justification"), part.statusText());
        assertTrue(part.stateText().contains("draft"), part.stateText());
        assertEquals(List.of(true, false, false), part.actionsEnabled());

        // the view maximized, as a planner works in it, for the screenshots
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPartState(page.findViewReference(ProposalPart.ID), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle();
        screenshot("proposal-view-refused.png");
        for (String key : keys) {
            part.justify(key, "Agreed with the task force: " + key);
        }
        part.propose();
        assertTrue(part.statusText().startsWith("Proposed"), part.statusText());
        assertTrue(part.stateText().contains("proposed"), part.stateText());
        assertEquals(List.of(false, true, true), part.actionsEnabled(), "a proposed proposal awaits review");
        assertTrue(part.changesText().contains("Since the proposal of"), part.changesText());
        assertTrue(part.changesText().contains("Since FY2022"), part.changesText());

        Path pdf = dir.resolve("proposal.pdf");
        part.export(pdf, ProposalExport.PDF).join();
        Workbench.settle();
        assertTrue(Files.exists(pdf), part.statusText());
        assertTrue(part.statusText().startsWith("Written"), part.statusText());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        screenshot("proposal-view.png");
        page.setPartState(page.findViewReference(ProposalPart.ID), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        Workbench.settle();
    }

    private static String missionWithErrors() {
        var s = Workbench.session().snapshot();
        for (Finding f : s.findings()) {
            if (f.getSeverity() == Severity.ERROR && f.getInitiative() != null) {
                return s.initiatives().stream().filter(i -> i.getId().equals(f.getInitiative())).map(Initiative::getMission)
                        .findFirst().orElseThrow();
            }
        }
        throw new AssertionError("the sample plan has no error finding about an initiative");
    }

    private static void screenshot(String name) throws Exception {
        Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }
}
