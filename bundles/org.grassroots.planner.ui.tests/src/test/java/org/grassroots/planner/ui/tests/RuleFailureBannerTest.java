package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.ui.app.PlannerPreferences;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws, or loops, in the live session: a banner says which, and the last good findings stay. */
class RuleFailureBannerTest {

    @TempDir
    Path dir;

    private Path rulesWith(String name, String drl) throws Exception {
        Path rules = dir.resolve(name);
        try (Stream<Path> files = Files.list(ShippedRules.folder())) {
            Files.createDirectories(rules);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(rules.resolve("failing.drl"), drl);
        return rules;
    }

    @Test
    void aThrowingOrLoopingRuleShowsABannerAndKeepsTheLastGoodFindings() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        List<Finding> before = Workbench.session().snapshot().findings();
        assertTrue(!before.isEmpty());
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PlannerPreferences.NODE);
        try {
            org.grassroots.planner.rules.RulesFolderPreference.set(rulesWith("throwing", "package failing\n"
                    + "import org.grassroots.planner.model.Initiative\n\n"
                    + "rule \"THROWS\"\nwhen\n    $i : Initiative( )\nthen\n    throw new IllegalStateException(\"boom\");\nend\n")
                    .toString());
            Workbench.session().reloadRules().join();
            Workbench.settle();
            String problem = String.valueOf(Workbench.session().snapshot().problem());
            assertTrue(problem.contains("THROWS") && problem.contains("failing.drl:4"), problem);
            assertEquals(before, Workbench.session().snapshot().findings(), "the last good findings stay");
            assertTrue(Workbench.waitUntil(() -> part.summaryText().contains("THROWS")), part.summaryText());

            org.grassroots.planner.rules.RulesFolderPreference.set(rulesWith("looping", "package failing\n"
                    + "import org.grassroots.planner.model.Initiative\n\n"
                    + "rule \"LOOPS\"\nwhen\n    $i : Initiative( )\nthen\n    update( $i );\nend\n").toString());
            Workbench.session().reloadRules().join(); // ends: the firing limit stops the loop
            Workbench.settle();
            problem = String.valueOf(Workbench.session().snapshot().problem());
            assertTrue(problem.contains("limit of") && problem.contains("firings"), problem);
            assertEquals(before, Workbench.session().snapshot().findings(), "the last good findings stay");
        } finally {
            org.grassroots.planner.rules.RulesFolderPreference.set(null);
            Workbench.session().reloadRules().join();
            Workbench.settle();
        }
        assertEquals(before.size(), Workbench.session().snapshot().findings().size(), "the shipped rules check again");
    }
}
