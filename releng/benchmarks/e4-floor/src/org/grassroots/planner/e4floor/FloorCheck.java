package org.grassroots.planner.e4floor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.planning.YearCheck;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;

/**
 * What {@code planner check --plan} does with the sample, on a thread of its own, started once: the plan read by the
 * planner's CSV importer, the shipped rules from the workspace's rule cache, the planning service's check.
 */
final class FloorCheck {
    private static CompletableFuture<List<Finding>> findings;

    private FloorCheck() {
    }

    static synchronized CompletableFuture<List<Finding>> start() {
        if (findings == null) {
            findings = CompletableFuture.supplyAsync(FloorCheck::check, task -> {
                Thread thread = new Thread(task, "findings floor check");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return findings;
    }

    private static List<Finding> check() {
        try {
            Path plan = Path.of(System.getProperty("floor.csv"));
            ImportedPlan read = Importers.forFile(plan).read(plan, ImportOptions.DETECT);
            PlanningService planning = PlanningService.withoutStore();
            RuleSet rules = RuleEngine.compile(ShippedRules.folder());
            YearCheck check = planning.check(rules, read.initiatives(),
                    planning.reference(read.newestFiscalYear(), null), Duration.ofMinutes(1));
            return check.findings();
        } catch (Exception e) {
            throw new IllegalStateException("the findings floor's check failed", e);
        }
    }
}
