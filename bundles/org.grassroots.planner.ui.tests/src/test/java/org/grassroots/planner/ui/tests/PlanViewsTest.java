package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.ui.plan.BudgetPart;
import org.grassroots.planner.ui.plan.FindingsPart;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.grassroots.planner.ui.plan.MapPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning views of the real workbench react to what the planner does. */
class PlanViewsTest {

    @TempDir
    Path dir;

    private static Initiative initiative(String id) {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Tree tree) {
        List<String> out = new ArrayList<>();
        for (TreeItem group : tree.getItems()) {
            out.add(group.getText(0));
            for (TreeItem item : group.getItems()) {
                out.add(item.getText(0));
            }
        }
        return out;
    }

    @Test
    void aFindingDisappearsWhenThePlannerFixesTheInitiative() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        FindingsPart findings = Workbench.show(FindingsPart.ID, FindingsPart.class);
        Tree tree = Workbench.widget(FindingsPart.ID, Tree.class);
        assertTrue(texts(tree).contains("ONE-001 has no partner."), texts(tree).toString());

        Initiative fixed = initiative("ONE-001").toBuilder().partners(List.of("Honorary Consul of Japan in North Dakota")).build();
        Workbench.session().edit(fixed).join();
        Workbench.settle();
        assertFalse(texts(tree).contains("ONE-001 has no partner."), texts(tree).toString());
        assertTrue(texts(tree).stream().anyMatch(t -> t.startsWith("Errors (")), texts(tree).toString());
    }

    @Test
    void clickingAStateOnTheMapFiltersTheInitiatives() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        InitiativesPart initiatives = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        int all = initiatives.shownRows().size();
        MapPart map = Workbench.show(MapPart.ID, MapPart.class);
        Point nd = map.centreOf("ND");
        assertEquals("ND", map.stateAt(nd.x, nd.y));
        Event click = new Event();
        click.x = nd.x;
        click.y = nd.y;
        click.button = 1;
        map.canvas().notifyListeners(SWT.MouseDown, click);
        assertTrue(Workbench.waitUntil(() -> initiatives.shownRows().size() < all), "the click filters the table");

        List<Initiative> shown = initiatives.shownRows();
        assertTrue(shown.size() < all);
        assertTrue(shown.stream().anyMatch(i -> i.getId().equals("ONE-001")));
        assertTrue(shown.stream().allMatch(i -> i.getStates().contains("ND")));
        assertEquals(shown.size(), initiatives.viewer().getTable().getItemCount());

        map.canvas().notifyListeners(SWT.MouseDown, click); // a second click shows every state again
        assertTrue(Workbench.waitUntil(() -> initiatives.shownRows().size() == all), "a second click clears the filter");
    }

    @Test
    void theMapMarksPriorityStatesThePlanLeavesUncovered() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        MapPart map = Workbench.show(MapPart.ID, MapPart.class);
        // the sample plan's only initiative in Indiana is cancelled
        assertTrue(map.uncoveredPriorityStates().contains("IN"), map.uncoveredPriorityStates().toString());
        Label status = Workbench.find(map.canvas().getParent(), Label.class).stream()
                .filter(l -> l.getText().startsWith("Priority states without an initiative: ")).findFirst().orElseThrow();
        assertTrue(List.of(status.getText().substring(status.getText().indexOf(':') + 1).split(",")).stream()
                .map(String::strip).toList().contains("IN"), status.getText());
    }

    @Test
    void theBudgetFollowsAChangedBudget() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        BudgetPart budget = Workbench.show(BudgetPart.ID, BudgetPart.class);
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.ROOT);
        long before = BudgetPart.planned(Workbench.session().snapshot().initiatives());
        assertTrue(budget.summaryText().contains("planned JPY " + yen.format(before)), budget.summaryText());

        Initiative one = initiative("ONE-001");
        Workbench.session().edit(one.toBuilder().budgetJpy(one.getBudgetJpy() + 7_000_000L).build()).join();
        Workbench.settle();
        assertTrue(budget.summaryText().contains("planned JPY " + yen.format(before + 7_000_000L)), budget.summaryText());
        assertTrue(budget.summaryText().contains("of the cap of JPY 220,000,000"), budget.summaryText());
    }

    @Test
    void exportWritesTheShownYearThroughTheExporterService() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        for (String name : List.of("plan.xlsx", "plan.csv")) {
            Path file = dir.resolve(name);
            Workbench.session().exportPlan(file).join();
            Workbench.settle();
            List<Initiative> back = org.grassroots.planner.importer.Importers.forFile(file).read(file).initiatives();
            assertEquals(Workbench.session().snapshot().initiatives(), back, name);
        }
    }
}
