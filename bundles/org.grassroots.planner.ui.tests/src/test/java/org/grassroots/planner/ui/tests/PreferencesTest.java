package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.ui.app.PlannerPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences choose the database and the rules folder; a broken rules folder keeps the last good rules. */
class PreferencesTest {

    @TempDir
    Path dir;

    @Test
    void anotherDatabaseAndABrokenRulesFolder() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        int findingsBefore = Workbench.session().snapshot().findings().size();
        assertTrue(findingsBefore > 0);
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x\nrule \"R\"\nwhen\n    Strin( )\nthen\nend\n");
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PlannerPreferences.NODE);
        try {
            org.grassroots.planner.rules.RulesFolderPreference.set(rules.toString());
            Workbench.session().reconnect().join();
            Workbench.settle();
            String problem = Workbench.session().snapshot().problem();
            assertTrue(problem != null && problem.contains("broken.drl:4:"), problem);
            assertEquals(findingsBefore, Workbench.session().snapshot().findings().size(), "the last good rules stay");

            org.grassroots.planner.rules.RulesFolderPreference.set(null);
            prefs.put(PlannerPreferences.DATABASE_URL, PlanStore.embeddedUrl(dir.resolve("other-db")));
            Workbench.session().reconnect().join();
            Workbench.settle();
            assertEquals(0, Workbench.session().snapshot().fiscalYear());
            assertTrue(Workbench.session().snapshot().initiatives().isEmpty());
        } finally {
            org.grassroots.planner.rules.RulesFolderPreference.set(null);
            prefs.remove(PlannerPreferences.DATABASE_URL);
            Workbench.session().reconnect().join();
            Workbench.settle();
        }
        assertFalse(Workbench.session().snapshot().initiatives().isEmpty());
    }
}
