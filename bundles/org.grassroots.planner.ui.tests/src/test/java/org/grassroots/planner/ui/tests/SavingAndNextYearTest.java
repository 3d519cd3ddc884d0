package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits stay unsaved, marked, until File › Save; a year's plan becomes the next year's draft. */
class SavingAndNextYearTest {

    @TempDir
    Path dir;

    private static Initiative one() {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals("ONE-001")).findFirst()
                .orElseThrow();
    }

    /** @return the text of the Initiatives view's tab, where the workbench puts its dirty marker */
    private static String initiativesTab() {
        return Workbench.find(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), CTabFolder.class).stream()
                .flatMap(f -> Arrays.stream(f.getItems())).map(CTabItem::getText)
                .filter(t -> t.contains("Initiatives")).findFirst().orElseThrow();
    }

    @Test
    void anEditIsMarkedUnsavedUntilFileSaveWritesItToTheStore() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Initiative before = one();
        PlanOperations.save(Workbench.session(), before, before.toBuilder().budgetJpy(2_345_000L).build());
        Workbench.settle();

        assertTrue(Workbench.session().isDirty());
        assertEquals(2_345_000L, one().getBudgetJpy(), "the views show the edit at once");
        assertTrue(Workbench.waitUntil(() -> initiativesTab().startsWith("*")), initiativesTab());
        try (PlanStore store = Workbench.store()) {
            assertEquals(1_500_000L, store.initiatives(2023).stream().filter(i -> i.getId().equals("ONE-001"))
                    .findFirst().orElseThrow().getBudgetJpy(), "not saved yet");
        }

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.saveAll", null);
        Workbench.settle();

        assertFalse(Workbench.session().isDirty());
        assertTrue(Workbench.waitUntil(() -> !initiativesTab().startsWith("*")), initiativesTab());
        try (PlanStore store = Workbench.store()) {
            assertEquals(2_345_000L, store.initiatives(2023).stream().filter(i -> i.getId().equals("ONE-001"))
                    .findFirst().orElseThrow().getBudgetJpy());
        }
    }

    @Test
    void discardingGivesBackThePlanAsStored() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Initiative before = one();
        Workbench.session().delete(List.of("ONE-001")).join();
        Workbench.settle();
        assertTrue(Workbench.session().snapshot().initiatives().stream().noneMatch(i -> i.getId().equals("ONE-001")));
        assertTrue(Workbench.session().isDirty());
        Workbench.session().discard().join();
        Workbench.settle();
        assertEquals(before, one());
        assertFalse(Workbench.session().isDirty());
    }

    @Test
    void theYearsPlanBecomesTheNextYearsDraftOnce() throws Exception {
        // a year of its own, with a reference the planner saved, so that no other test's years interfere
        Files.writeString(dir.resolve("fy2040.csv"), "id,fiscal_year,mission,title_ja,kind,states,start_date,budget_jpy,status\n"
                + "CAR-001-FY2040,2040,cg-chicago,草の根キャラバン,other,ND,2040-09-12,1500000,done\n"
                + "CAR-002-FY2040,2040,cg-chicago,中止した催し,other,IL,,100000,cancelled\n", StandardCharsets.UTF_8);
        Workbench.session().discard().join();
        Workbench.session().importPlan(dir.resolve("fy2040.csv")).join();
        FiscalYearReference fy2023 = org.grassroots.planner.reference.ReferenceData.shipped().referenceFor(2023);
        Workbench.session().saveReference(new FiscalYearReference(2040, fy2023.getBudgetCapJpy(), fy2023.getMissionShareMax(),
                fy2023.getPriorityThemes(), fy2023.getPriorityStates(), fy2023.getMissions())).join();
        Workbench.settle();
        try {
            assertEquals(2040, Workbench.session().snapshot().fiscalYear(), String.valueOf(Workbench.session().snapshot().problem()));
            Workbench.session().copyToNextYear().join();
            Workbench.settle();
            var s = Workbench.session().snapshot();
            assertEquals(2041, s.fiscalYear(), String.valueOf(s.problem()));
            assertEquals(List.of("CAR-001-FY2041"), s.initiatives().stream().map(Initiative::getId).toList(),
                    "the cancelled initiative stays behind");
            Initiative carried = s.initiatives().get(0);
            assertEquals(Status.DRAFT, carried.getStatus());
            assertEquals(java.time.LocalDate.of(2041, 9, 12), carried.getStartDate());
            assertNotNull(s.reference(), "the FY2040 reference was carried over");
            assertEquals(2041, s.reference().getFiscalYear());
            assertTrue(s.findings().stream().anyMatch(f -> "CAR-001-FY2041".equals(f.getInitiative())),
                    "the draft is checked: " + s.findings());
            assertFalse(s.dirty(), "the draft is saved");

            Workbench.session().showYear(2040).join();
            Workbench.session().copyToNextYear().join();
            Workbench.settle();
            assertEquals(2040, Workbench.session().snapshot().fiscalYear(), String.valueOf(Workbench.session().snapshot().problem()));
            assertTrue(String.valueOf(Workbench.session().snapshot().problem()).contains("FY2041 already has initiatives"),
                    Workbench.session().snapshot().problem());
        } finally {
            try (PlanStore store = Workbench.store()) {
                store.delete(List.of("CAR-001-FY2040", "CAR-002-FY2040", "CAR-001-FY2041"));
            }
            Workbench.session().showYear(2023).join();
            Workbench.settle();
        }
    }
}
