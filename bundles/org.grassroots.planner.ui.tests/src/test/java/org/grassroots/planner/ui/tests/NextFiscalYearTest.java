package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan of a year with no reference of its own (FY2024: nothing shipped, nothing saved) is checked in the
 * workbench against the newest earlier reference carried over to FY2024, as the command line checks it.
 */
class NextFiscalYearTest {

    @TempDir
    Path dir;

    @Test
    void aYearWithoutItsOwnReferenceIsCheckedAgainstAnEarlierOneCarriedOver() throws Exception {
        Files.writeString(dir.resolve("fy2024.csv"), "id,fiscal_year,mission,title_ja,kind,themes,states,start_date,budget_jpy,status\n"
                + "NEXT-001,2024,cg-chicago,翌年度の催し,japan-event,anime,IL,2024-09-12,1500000,draft\n"
                + "NEXT-002,2024,cg-chicago,管轄外の催し,japan-event,climate-energy,TX,2024-10-01,1000000,draft\n",
                StandardCharsets.UTF_8);
        Workbench.session().discard().join();
        Workbench.session().importPlan(dir.resolve("fy2024.csv")).join();
        Workbench.settle();
        try {
            var s = Workbench.session().snapshot();
            assertEquals(2024, s.fiscalYear(), String.valueOf(s.problem()));
            ReferenceResolution r = s.resolution();
            assertNotNull(r, String.valueOf(s.problem()));
            assertEquals(2024, r.fiscalYear(), "never another year's reference unchanged");
            assertTrue(r.carriedOver(), r.describe());
            assertTrue(r.fromFiscalYear() < 2024, r.describe());
            List<String> rules = s.findings().stream().filter(f -> f.getInitiative() != null)
                    .map(f -> f.getRule() + ":" + f.getInitiative()).toList();
            assertTrue(rules.contains("AP2-NO-PRIORITY-THEME:NEXT-001"), "the FY2024 plan gets its own findings: " + rules);
            assertTrue(rules.contains("REGION-OUTSIDE-JURISDICTION:NEXT-002"), rules.toString());
            assertTrue(s.findings().stream().map(Finding::getRule).anyMatch("COVERAGE-UNCOVERED-STATE"::equals));
            // the same answer as the planning service gives the command line for this store
            assertEquals(r.describe(), Workbench.session().planning().reference(2024, null).describe());
        } finally {
            try (PlanStore store = Workbench.store()) {
                store.delete(List.of("NEXT-001", "NEXT-002"));
            }
            Workbench.session().showYear(2023).join();
            Workbench.settle();
        }
    }
}
