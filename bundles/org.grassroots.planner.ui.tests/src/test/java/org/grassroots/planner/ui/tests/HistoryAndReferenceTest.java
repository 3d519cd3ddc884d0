package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.ui.plan.FindingsPart;
import org.grassroots.planner.ui.plan.HistoryPart;
import org.grassroots.planner.ui.plan.ReferencePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history shows the store's years and the source's figures; the reference shows each priority state's figures; the
 * findings of the year shown see the store's earlier years (the judgements that look back).
 */
class HistoryAndReferenceTest {

    @TempDir
    Path dir;

    private static Table table(String viewId, Object part) {
        return Workbench.widget(viewId, Table.class);
    }

    private static TableItem row(Table table, String first) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).startsWith(first)).findFirst().orElseThrow();
    }

    @Test
    void historyShowsTheStoresYearAndTheSourcesFigures() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        Workbench.session().showYear(2023).join();
        Workbench.settle();
        HistoryPart history = Workbench.show(HistoryPart.ID, HistoryPart.class);
        Table table = table(HistoryPart.ID, history);
        assertEquals("FY2017 (平成29年度)", table.getItem(0).getText(0));
        TableItem fy2021 = row(table, "FY2021");
        assertEquals("97", fy2021.getText(1));
        assertEquals("\u2248 239,000,000", fy2021.getText(2));
        assertTrue(fy2021.getText(3).contains("MOFA"), fy2021.getText(3));
        assertEquals("\u2013", row(table, "FY2019").getText(1));
        TableItem fy2023 = row(table, "FY2023");
        assertEquals(Integer.toString(Workbench.session().countsByYear().get(2023)), fy2023.getText(1));
        assertEquals("the plan in the database", fy2023.getText(3));
    }

    /**
     * The live session of the year shown holds the store's years before it, as {@code planner check --db} does: an
     * initiative that repeats the partner of one of last year's without results is flagged in the Findings view (not
     * "last year not held"), and an edit that drops the partner takes the finding away. The store is left as found.
     */
    @Test
    void theFindingsOfTheYearSeeTheStoresYearBefore() throws Exception {
        java.nio.file.Path plan = dir.resolve("two-years.csv");
        java.nio.file.Files.writeString(plan, "id,fiscal_year,mission,title_ja,kind,themes,states,partners,start_date,budget_jpy,status\n"
                + "HIST-2022-OPEN,2022,cg-chicago,昨年度の講演,japan-event,climate-energy,IL,Historic Society,2022-09-01,1000000,approved\n"
                + "HIST-2023-AGAIN,2023,cg-chicago,今年度の講演,japan-event,climate-energy,IL,Historic Society,2023-09-01,1000000,draft\n",
                java.nio.charset.StandardCharsets.UTF_8);
        int shown = Workbench.session().snapshot().fiscalYear();
        Workbench.session().discard().join();
        Workbench.session().importPlan(plan).join();
        try {
            Workbench.session().showYear(2023).join();
            Workbench.settle();
            var snapshot = Workbench.session().snapshot();
            assertTrue(snapshot.initiatives().stream().allMatch(i -> i.getFiscalYear() == 2023), "only the year is shown");
            assertEquals(List.of("REPEAT-WITHOUT-RESULTS"), snapshot.findingsOf("HIST-2023-AGAIN").stream()
                    .map(org.grassroots.planner.model.Finding::getRule).filter(r -> r.startsWith("REPEAT")).toList());
            assertTrue(snapshot.findings().stream().noneMatch(f -> f.getRule().equals("HISTORY-NOT-EVALUATED-LAST-YEAR")),
                    snapshot.findings().toString());
            Workbench.show(FindingsPart.ID, FindingsPart.class);
            Tree tree = Workbench.widget(FindingsPart.ID, Tree.class);
            assertTrue(Workbench.waitUntil(() -> FindingNamesViewTest.messages(tree).stream()
                    .anyMatch(m -> m.contains("HIST-2023-AGAIN") && m.contains("HIST-2022-OPEN"))), FindingNamesViewTest.messages(tree).toString());

            // last year's results recorded, not yet saved: this year's initiative no longer repeats work without results
            Workbench.session().showYear(2022).join();
            org.grassroots.planner.model.Initiative open = Workbench.session().snapshot().initiatives().stream()
                    .filter(i -> i.getId().equals("HIST-2022-OPEN")).findFirst().orElseThrow();
            Workbench.session().edit(open.toBuilder().participants(40L).build()).join();
            Workbench.session().showYear(2023).join();
            Workbench.settle();
            assertEquals(List.of(), Workbench.session().snapshot().findingsOf("HIST-2023-AGAIN").stream()
                    .map(org.grassroots.planner.model.Finding::getRule).filter(r -> r.startsWith("REPEAT")).toList(),
                    "the unsaved results count");
            Workbench.session().discard().join();
            Workbench.settle();
            assertEquals(List.of("REPEAT-WITHOUT-RESULTS"), Workbench.session().snapshot().findingsOf("HIST-2023-AGAIN").stream()
                    .map(org.grassroots.planner.model.Finding::getRule).filter(r -> r.startsWith("REPEAT")).toList(),
                    "discarded: as stored");

            // another planner records last year's results and saves them: heard, and the finding goes
            try (org.grassroots.planner.store.PlanStore other = Workbench.store()) {
                other.save(List.of(open.toBuilder().participants(40L).build()));
            }
            assertTrue(Workbench.waitUntil(() -> Workbench.session().snapshot().findingsOf("HIST-2023-AGAIN").stream()
                    .noneMatch(f -> f.getRule().startsWith("REPEAT"))), "another planner's results seen live");
            try (org.grassroots.planner.store.PlanStore other = Workbench.store()) {
                other.save(List.of(open));
            }
            assertTrue(Workbench.waitUntil(() -> Workbench.session().snapshot().findingsOf("HIST-2023-AGAIN").stream()
                    .anyMatch(f -> f.getRule().startsWith("REPEAT"))), "and taken back");

            org.grassroots.planner.model.Initiative again = Workbench.session().snapshot().initiatives().stream()
                    .filter(i -> i.getId().equals("HIST-2023-AGAIN")).findFirst().orElseThrow();
            Workbench.session().edit(again.toBuilder().partners(List.of("New Partner")).build()).join();
            Workbench.settle();
            assertEquals(List.of(), Workbench.session().snapshot().findingsOf("HIST-2023-AGAIN").stream()
                    .map(org.grassroots.planner.model.Finding::getRule).filter(r -> r.startsWith("REPEAT")).toList());
            assertTrue(Workbench.session().snapshot().initiatives().stream().allMatch(i -> i.getFiscalYear() == 2023));
        } finally {
            Workbench.session().discard().join();
            Workbench.session().delete(List.of("HIST-2023-AGAIN")).join();
            Workbench.session().save().join();
            Workbench.session().showYear(2022).join();
            Workbench.session().delete(List.of("HIST-2022-OPEN")).join();
            Workbench.session().save().join();
            if (shown > 0) {
                Workbench.session().showYear(shown).join();
            }
            Workbench.settle();
        }
        try (org.grassroots.planner.store.PlanStore store = Workbench.store()) {
            assertTrue(java.util.stream.Stream.concat(store.initiatives(2022).stream(), store.initiatives(2023).stream())
                    .noneMatch(i -> i.getId().startsWith("HIST-")),
                    "the store as found");
        }
    }

    @Test
    void referenceShowsThePriorityStatesWithTheirFigures() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        Workbench.session().showYear(2023).join();
        Workbench.settle();
        ReferencePart reference = Workbench.show(ReferencePart.ID, ReferencePart.class);
        Table table = table(ReferencePart.ID, reference);
        assertEquals("220,000,000", row(table, "Budget cap").getText(1));
        TableItem california = row(table, "Priority state CA California");
        assertEquals("124,700 (2019)", california.getText(1));
        assertTrue(california.getText(2).contains("BEA"));
    }
}
