package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.whatif.ScenariosPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if view in the real workbench on the sample plan: the plan beside "cap −10%" and another scenario, a
 * suggestion found by the solver as a Job, applied as one undoable edit and undone, and the comparison exported.
 */
class ScenariosViewTest {
    @TempDir
    Path dir;

    private static String[] row(ScenariosPart part, String item) {
        return part.rows().stream().filter(r -> r[0].strip().equals(item)).findFirst().orElse(null);
    }

    @Test
    void thePlanAndTwoScenariosSideBySideASuggestionAppliedAndUndoneAndTheComparisonExported() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        var session = Workbench.session();
        var planning = session.planning();
        String cut = "cap -10% (test)";
        String ky = "KY and TN priority (test)";
        planning.saveScenario(2023, new Scenario(cut, new Scenario.ReferenceChange(198_000_000L, null, null, null, null, null),
                List.of(), List.of(), null));
        planning.saveScenario(2023, new Scenario(ky, new Scenario.ReferenceChange(null, null, null,
                Set.of("CA", "TX", "OH", "IL", "IN", "KY", "TN"), null, null), List.of(), List.of(), null));
        ScenariosPart part = Workbench.show(ScenariosPart.ID, ScenariosPart.class);
        part.reload();
        assertTrue(Workbench.waitUntil(() -> part.scenarioNames().contains(cut) && part.scenarioNames().contains(ky)),
                part.scenarioNames().toString());
        part.show(cut, ky);
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 2 && row(part, "Budget cap (JPY)") != null
                && !row(part, "Budget cap (JPY)")[2].isEmpty() && !row(part, "Budget cap (JPY)")[3].isEmpty()),
                part.shown().size() + " shown, problem " + part.problem() + ", rows "
                        + part.rows().stream().map(java.util.Arrays::toString).toList());
        String[] cap = row(part, "Budget cap (JPY)");
        assertEquals("220,000,000", cap[1]);
        assertEquals("198,000,000", cap[2]);
        assertEquals("220,000,000", cap[3]);
        // Tennessee a priority state now: the sample's Nashville initiative there is no longer outside the priorities
        assertTrue(part.differenceRows().stream().anyMatch(r -> r[0].equals(ky) && r[3].equals("REGION-OUTSIDE-PRIORITY")
                && r[4].equals("SAMPLE-066")), part.differenceRows().stream().map(java.util.Arrays::toString).toList().toString());
        Workbench.screenshot(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "what-if-view.png");

        Job suggest = part.suggest();
        while (suggest.getState() != Job.NONE) {
            Workbench.waitUntil(() -> suggest.getState() == Job.NONE);
        }
        String suggested = "Suggested (within the cap and mission shares)";
        assertTrue(Workbench.waitUntil(() -> part.scenarioNames().contains(suggested)), part.scenarioNames().toString());
        part.show(suggested, null);
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 1 && part.shown().get(0).scenario().name().equals(suggested)
                && row(part, "Within the cap") != null && !row(part, "Within the cap")[2].isEmpty()
                && row(part, "Within the cap")[3].isEmpty()), part.rows().stream().map(java.util.Arrays::toString).toList().toString());
        assertEquals("no", row(part, "Within the cap")[1]);
        assertEquals("yes", row(part, "Within the cap")[2]);

        Path xlsx = dir.resolve("what-if.xlsx");
        part.export(xlsx, part.shown(), session.engine().current()).join();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertTrue(zip.getEntry("xl/worksheets/sheet3.xml") != null, "plan, the scenario and the differences");
        }

        Set<String> changed = part.shown().get(0).changedIds();
        String id = changed.iterator().next();
        Initiative before = session.snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
        part.applyShown();
        Workbench.settle();
        assertTrue(session.isDirty(), "applied as unsaved edits");
        var after = session.snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst();
        assertTrue(after.isEmpty() || !after.get().equals(before), "the scenario's change is in the plan");
        PlanOperations.history().undo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertEquals(before, session.snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow(),
                "undone in one step");
        try (var store = Workbench.store()) {
            assertEquals(org.grassroots.planner.store.ScenarioStore.State.OPEN, store.scenarios().get(2023, suggested).orElseThrow().state(),
                    "undone, the scenario is open again");
            // undone before a save: nothing was written, so nothing to record (the application is recorded with the save)
            assertEquals("saved", store.scenarios().events(2023).get(store.scenarios().events(2023).size() - 1).action());
        }
        session.discard().join();
        Workbench.settle();
        assertTrue(Files.size(xlsx) > 0);
    }
}
