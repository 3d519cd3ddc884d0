package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.TeamRole;
import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.grassroots.planner.ui.app.PlannerPreferences;
import org.grassroots.planner.ui.edit.ConflictDialog;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.grassroots.planner.ui.plan.PlanSession;
import org.junit.jupiter.api.Test;

/**
 * Two planners on one PostgreSQL server (a throw-away cluster): the workbench, as alice, planner of
 * Chicago, shows Denver's rows read-only and greyed, sees bob's and another alice session's saves live,
 * says who else has the year open, and a save that meets another's change opens the conflict dialog,
 * where the planner takes their budget and keeps her title. Waits are generous time-outs, not timings.
 */
class TeamWorkbenchTest {

    private static Initiative initiative(String id, String mission, String title, long budget) {
        return Initiative.builder().id(id).fiscalYear(2023).mission(mission).titleJa(title).kind(Kind.COMPANY_SUPPORT)
                .themes(List.of("workers-middle-class")).states(List.of(mission.equals("cg-chicago") ? "IL" : "CO"))
                .partners(List.of("JETRO")).format(Format.IN_PERSON).startDate(LocalDate.of(2023, 6, 1))
                .endDate(LocalDate.of(2023, 6, 2)).budgetJpy(budget).status(Status.DRAFT).build();
    }

    private static Initiative shown(String id) {
        return Workbench.session().snapshot().initiatives().stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElse(null);
    }

    /** Runs {@code planner} on the conflict dialog once it opens (it blocks in its own event loop). */
    private static void whenConflictDialogOpens(java.util.function.Consumer<Shell> planner, List<String> seen) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && s.getData() instanceof ConflictDialog) {
                    try {
                        planner.accept(s);
                    } catch (RuntimeException | Error e) {
                        seen.add("failed: " + e);
                        s.close();
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    @Test
    void twoPlannersOnOneServerSeeEachOtherAndAConflictIsChosenFieldByField() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PlannerPreferences.NODE);
        try (ThrowAwayPostgres server = ThrowAwayPostgres.start()) {
            PlanStore.migrate(server.admin());
            DatabaseLogin alice = server.createLogin("alice", "alice-pw");
            DatabaseLogin bob = server.createLogin("bob", "bob-pw");
            try (PlanStore admin = PlanStore.open(server.admin())) {
                admin.grant("alice", TeamRole.PLANNER, "cg-chicago");
                admin.grant("bob", TeamRole.PLANNER, "cg-denver");
                admin.save(List.of(initiative("CHI-1", "cg-chicago", "シカゴ企業訪問", 100_000),
                        initiative("DEN-1", "cg-denver", "デンバー企業訪問", 100_000)));
            }
            try (PlanStore bobs = PlanStore.open(bob); PlanStore alicesOther = PlanStore.open(alice)) {
                Workbench.settle();
                Workbench.session().discard().join();
                PlanSession.setPasswordProvider((url, user) -> user.equals("alice") ? "alice-pw".toCharArray() : null);
                prefs.put(PlannerPreferences.DATABASE_URL, server.url());
                prefs.put(PlannerPreferences.DATABASE_USER, "alice");
                Workbench.session().reconnect().join();
                Workbench.settle();
                InitiativesPart part = Workbench.show(InitiativesPart.ID, InitiativesPart.class);
                assertTrue(Workbench.waitUntil(() -> shown("DEN-1") != null), Workbench.session().snapshot().toString());

                // Denver's row is greyed and read-only for a planner of Chicago
                assertTrue(Workbench.session().mayEdit(shown("CHI-1")));
                assertFalse(Workbench.session().mayEdit(shown("DEN-1")));
                TableItem den = item(part, "DEN-1");
                assertEquals(den.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND), den.getForeground(1));
                assertEquals(null, item(part, "CHI-1").getForeground(1) == den.getForeground(1) ? "same" : null);
                Workbench.session().edit(shown("DEN-1").toBuilder().budgetJpy(1L).build()).join();
                Workbench.settle();
                assertTrue(Workbench.session().snapshot().problem().contains("DEN-1"), Workbench.session().snapshot().problem());
                assertFalse(Workbench.session().isDirty(), "the refused edit is not taken");

                // bob saves: the workbench shows it without reopening, and says bob has the year open
                bobs.announceYear(2023);
                bobs.initiatives(2023);
                bobs.save(List.of(initiative("DEN-1", "cg-denver", "デンバー企業訪問", 777_000)));
                assertTrue(Workbench.waitUntil(() -> shown("DEN-1").getBudgetJpy() == 777_000L), "bob's save seen live");
                assertTrue(Workbench.waitUntil(() -> item(part, "DEN-1").getText(5).equals("777,000")));
                assertTrue(Workbench.waitUntil(() -> part.summaryText().contains("bob")), part.summaryText());
                Shell window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
                assertTrue(Workbench.waitUntil(() -> Workbench.find(window, org.eclipse.swt.custom.CLabel.class).stream()
                        .anyMatch(l -> l.getText() != null && l.getText().contains("bob"))), "the status line names bob");
                Workbench.screenshot(window, "team-read-only-rows.png");

                // alice edits CHI-1 here while her other session saves another budget for it
                alicesOther.initiatives(2023);
                Workbench.session().edit(shown("CHI-1").toBuilder().titleJa("シカゴ企業訪問（改）").budgetJpy(200_000L).build())
                        .join();
                alicesOther.save(List.of(initiative("CHI-1", "cg-chicago", "シカゴ企業訪問", 300_000)));
                Workbench.settle();
                List<String> seen = new java.util.ArrayList<>();
                whenConflictDialogOpens(shell -> {
                    List<Button> takeTheirs = Workbench.find(shell, Button.class).stream()
                            .filter(b -> (b.getStyle() & SWT.RADIO) != 0 && b.getText().equals(
                                    org.grassroots.planner.ui.edit.Messages.conflictTakeTheirs)).toList();
                    seen.add("fields " + takeTheirs.size());
                    try {
                        Workbench.screenshot(shell, "conflict-dialog.png");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    Button budget = takeTheirs.get(1); // title_ja, then budget_jpy: take their budget, keep my title
                    budget.setSelection(true);
                    for (var sibling : budget.getParent().getChildren()) {
                        if (sibling != budget) {
                            ((Button) sibling).setSelection(false);
                        }
                    }
                    Workbench.find(shell, Button.class).stream().filter(b -> Integer.valueOf(IDialogConstants.OK_ID)
                            .equals(b.getData())).findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
                }, seen);
                Workbench.session().save();
                assertTrue(Workbench.waitUntil(() -> !seen.isEmpty() && Workbench.session().isDirty()
                        && shown("CHI-1").getBudgetJpy() == 300_000L), seen + " " + Workbench.session().snapshot().problem());
                assertEquals(List.of("fields 2"), seen);
                try (PlanStore check = PlanStore.open(alice)) {
                    assertEquals(300_000L, check.initiatives(List.of("CHI-1")).get(0).getBudgetJpy(), "nothing saved yet");
                }
                Workbench.session().save().join();
                Workbench.settle();
                assertFalse(Workbench.session().isDirty());
                try (PlanStore check = PlanStore.open(alice)) {
                    Initiative saved = check.initiatives(List.of("CHI-1")).get(0);
                    assertEquals("シカゴ企業訪問（改）", saved.getTitleJa(), "my title kept");
                    assertEquals(300_000L, saved.getBudgetJpy(), "their budget taken");
                    assertEquals("alice", check.history("CHI-1").get(check.history("CHI-1").size() - 1).who());
                }
            } finally {
                prefs.remove(PlannerPreferences.DATABASE_URL);
                prefs.remove(PlannerPreferences.DATABASE_USER);
                PlanSession.setPasswordProvider(null);
                Workbench.session().reconnect().join();
                Workbench.settle();
            }
        }
    }

    private static TableItem item(InitiativesPart part, String id) {
        for (TableItem item : part.viewer().getTable().getItems()) {
            if (id.equals(item.getText(0))) {
                return item;
            }
        }
        throw new AssertionError("no row " + id);
    }
}
