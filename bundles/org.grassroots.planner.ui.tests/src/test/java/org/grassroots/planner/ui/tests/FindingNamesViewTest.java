package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.ui.plan.FindingsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 15 and 16: the Findings view writes names where codes were, in the workbench's language (English here,
 * Japanese in {@link JapaneseFindingsTest}): the sample plan's missions, states, themes and kinds as the reference
 * names them. Saves {@code findings-names-en.png} (or {@code -ja}) for a look at it.
 */
class FindingNamesViewTest {
    /** a mission code (emb-washington, cg-new-york, co-portland …) or a kind code */
    static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9-])(?:(?:emb|cg|co)-[a-z][a-z-]*|info-dissemination|"
            + "company-support|japan-event|tourism-promotion|food-pr)(?![A-Za-z0-9-])");

    @TempDir
    Path dir;

    /** @return the messages of the Findings view as its cells show them (the first column) */
    static List<String> messages(Tree tree) {
        List<String> out = new ArrayList<>();
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                out.add(item.getText(0));
            }
        }
        return out;
    }

    /** Shows the sample plan's findings, maximized for the screenshot, and returns the messages of the cells. */
    static List<String> sampleFindings(Path dir, String screenshot) throws Exception {
        // the year shown before is shown again after: the tests after this one see the workbench as they would without it
        int shown = Workbench.session().snapshot().fiscalYear();
        try {
            return sampleFindingsShown(dir, screenshot);
        } finally {
            if (shown > 0 && shown != Workbench.session().snapshot().fiscalYear()) {
                Workbench.session().showYear(shown).join();
                Workbench.settle();
            }
        }
    }

    private static List<String> sampleFindingsShown(Path dir, String screenshot) throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        Workbench.show(FindingsPart.ID, FindingsPart.class);
        Tree tree = Workbench.widget(FindingsPart.ID, Tree.class);
        assertTrue(Workbench.waitUntil(() -> messages(tree).size() > 20), "the sample's findings: " + messages(tree));
        for (TreeItem group : tree.getItems()) {
            group.setExpanded(true);
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewReference ref = page.findViewReference(FindingsPart.ID);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle();
        // the warnings, where BUDGET-MISSION-SHARE, KIND-THEME-MISMATCH and POLICY-WORKERS-MAJOR-MISSION are, on screen,
        // and the New York CG's BUDGET-MISSION-SHARE selected: the pane beside the tree explains it, its facts by name
        boolean ja = Locale.getDefault().getLanguage().equals("ja");
        TreeItem share = null;
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getText(0).contains(ja ? "\u4e88\u7b97 60,000,000 \u5186" : "plans JPY 60,000,000")) {
                    tree.setTopItem(group);
                    share = item;
                }
            }
        }
        assertTrue(share != null, "BUDGET-MISSION-SHARE of the sample: " + messages(tree));
        tree.setSelection(share);
        Event select = new Event();
        select.item = share;
        tree.notifyListeners(SWT.Selection, select);
        Workbench.settle();
        Text explanation = Workbench.find(tree.getParent(), Text.class).get(0);
        assertTrue(explanation.getText().contains(share.getText(0)), explanation.getText());
        assertTrue(explanation.getText().contains("mission_share_max: 25%"), explanation.getText());
        assertFalse(CODE.matcher(explanation.getText()).find(), explanation.getText());
        Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), screenshot);
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
        Workbench.settle();
        List<String> messages = messages(tree);
        for (String m : messages) {
            assertFalse(CODE.matcher(m).find(), "a code where a name belongs: " + m);
        }
        return messages;
    }

    @Test
    void theFindingsViewNamesTheSamplesMissionsAndKindsInEnglish() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("en".equals(Locale.getDefault().getLanguage()), "runs under -nl en");
        List<String> messages = sampleFindings(dir, "findings-names-en.png");
        String all = String.join("\n", messages);
        assertTrue(all.contains("Consulate-General of Japan in New York plans JPY 60,000,000, more than its share of the cap "
                + "(JPY 55,000,000, 25% of JPY 220,000,000)."), all);
        assertTrue(all.contains("Consulate-General of Japan in Los Angeles, number 3 by budget"), all);
        assertTrue(all.contains("The theme COVID-19 of SAMPLE-039 does not fit its kind Tourism promotion event"), all);
        assertTrue(all.contains("targets Florida, outside the jurisdiction of Consulate-General of Japan in Atlanta"), all);
    }
}
