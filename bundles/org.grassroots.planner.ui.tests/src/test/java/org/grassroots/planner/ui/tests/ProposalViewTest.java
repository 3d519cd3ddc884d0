package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
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

    /** Saves the workbench window as it is on screen (Xvfb) to target/screenshots. */
    private static void screenshot(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        Workbench.settle();
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
            Path out = Path.of("target", "screenshots").toAbsolutePath();
            Files.createDirectories(out);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(out.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
