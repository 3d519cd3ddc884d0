package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.ui.edit.InitiativeDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Results section of the initiative form in the real workbench: disabled until the initiative is done,
 * then each result checked as the planner types and given back with the initiative. A screenshot of the form
 * is kept in target/screenshots.
 */
class ResultsFormTest {

    @TempDir
    Path dir;

    private static Initiative one() {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals("ONE-001")).findFirst()
                .orElseThrow();
    }

    @Test
    void theResultsAreWrittenOnceTheInitiativeIsDone() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        InitiativeDialog dialog = new InitiativeDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                one(), false);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button ok = Workbench.find(dialog.getShell(), Button.class).stream()
                    .filter(b -> b.getData() != null && b.getData().equals(IDialogConstants.OK_ID)).findFirst().orElseThrow();
            assertFalse(dialog.resultsEnabled(), "a draft has no results yet");
            dialog.pickStatus(Status.DONE);
            assertTrue(dialog.resultsEnabled(), "done: the results can be written");
            dialog.type("Participants", "many");
            assertFalse(ok.isEnabled());
            assertEquals("Participants is not a whole number from 0 to 1,000,000,000,000", dialog.getErrorMessage());
            dialog.type("Participants", "120");
            dialog.type("Actual cost (JPY)", "1,480,000");
            dialog.type("Media reports", "3");
            dialog.type("Dignitaries met (;)", "州知事; 市長");
            dialog.type("Outcome", "知事から協力強化への期待が示された。\n次回は農業分野で。");
            dialog.tickBestPractice(true);
            assertTrue(ok.isEnabled(), String.valueOf(dialog.getErrorMessage()));
            dialog.getShell().setSize(dialog.getShell().getSize().x, Math.max(dialog.getShell().getSize().y, 820));
            screenshot(dialog.getShell(), "initiative-form-results-en.png");
            ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Initiative result = dialog.result();
            assertNotNull(result);
            assertEquals(Status.DONE, result.getStatus());
            assertEquals(120L, result.getParticipants());
            assertEquals(1_480_000L, result.getActualCostJpy());
            assertEquals(3L, result.getMediaReports());
            assertEquals(null, result.getOnlineViews(), "left empty: not known");
            assertEquals(List.of("州知事", "市長"), result.getDignitaries());
            assertEquals("知事から協力強化への期待が示された。 次回は農業分野で。", result.getOutcome(), "one line, as the plan file holds it");
            assertTrue(result.isBestPractice());
            assertEquals(one().getTitleJa(), result.getTitleJa());
        } finally {
            dialog.close();
        }
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        Workbench.settle();
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(shell.getDisplay());
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
