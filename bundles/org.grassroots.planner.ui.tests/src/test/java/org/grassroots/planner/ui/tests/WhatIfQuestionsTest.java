package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioComparison;
import org.grassroots.planner.planning.ScenarioJson;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ScenarioStore;
import org.grassroots.planner.ui.edit.PlanOperations;
import org.grassroots.planner.ui.whatif.ScenariosPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's questions asked through the what-if view's own buttons and dialogs (the widgets driven as a reviewer
 * drives them): "Kentucky and Tennessee become priority states" and "the seminars of March move to next year" made in
 * the New Scenario dialog, answered as the planning service (the command line's what-if) answers the same scenario
 * file; that scenario applied as one undoable edit, its reference unsaved until File › Save, which writes it with the
 * initiatives and the audit entry; the solver's weights set in the Suggest dialog.
 */
class WhatIfQuestionsTest {
    @TempDir
    Path dir;

    /** The same scenario file as the command line's test (WhatIfCommandsTest.KY_TN_MARCH). */
    private static final String KY_TN_MARCH = """
            {"name": "KY and TN priority, March seminars to FY2024",
             "reference": {"priority_states": ["CA", "IL", "IN", "KY", "OH", "TN", "TX"]},
             "initiatives": [{"id": "SAMPLE-005", "fiscal_year": 2024}, {"id": "SAMPLE-064", "fiscal_year": 2024}]}
            """;

    private final List<String> seen = new ArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void english() {
        org.junit.jupiter.api.Assumptions.assumeFalse("ja".equals(java.util.Locale.getDefault().getLanguage()),
                "the English labels; JapaneseWhatIfTest runs under -nl ja");
    }

    /** Runs the reviewer's hands on the dialog with this title once it is open (the button that opens it blocks). */
    private void whenOpen(String title, Consumer<Shell> reviewer) {
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long deadline = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s != workbench && s.isVisible() && s.getText().equals(title)) {
                    try {
                        reviewer.accept(s);
                    } catch (RuntimeException | Error e) { // a failed step must not leave the dialog blocking the test
                        seen.add("failed: " + e);
                        s.close();
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            } else {
                seen.add("no dialog " + title);
                for (Shell s : display.getShells()) { // whatever opened instead must not block the test
                    if (s != workbench && s.isVisible()) {
                        seen.add("closed " + s.getText());
                        s.close();
                    }
                }
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static Button button(Shell dialog, int id) {
        return Workbench.find(dialog, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst()
                .orElseThrow();
    }

    private static Button viewButton(String which) {
        Control root = (Control) Workbench.parts().findPart(ScenariosPart.ID).getWidget();
        return Workbench.find(root, Button.class).stream().filter(b -> which.equals(b.getData(ScenariosPart.ID))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + which));
    }

    private static void select(Combo combo, String item) {
        int at = combo.indexOf(item);
        if (at < 0) {
            throw new AssertionError("no " + item + " in " + Arrays.toString(combo.getItems()));
        }
        combo.select(at);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static String[] row(ScenariosPart part, String item) {
        return part.rows().stream().filter(r -> r[0].strip().equals(item)).findFirst().orElse(null);
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(f.getRule() + " " + (f.getInitiative() == null ? "" : f.getInitiative())));
        return out;
    }

    private static Set<String> keys(List<String[]> rows, String scenario, String what) {
        Set<String> out = new TreeSet<>();
        rows.stream().filter(r -> r[0].equals(scenario) && r[1].equals(what) && !r[3].isEmpty()).forEach(r -> out.add(r[3] + " " + r[4]));
        return out;
    }

    @Test
    void kentuckyTennesseeAndTheMarchSeminarsMadeInTheDialogAnsweredAsTheCommandLineAndAppliedAsOneEdit() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        var session = Workbench.session();
        ScenariosPart part = Workbench.show(ScenariosPart.ID, ScenariosPart.class);
        part.reload();
        Workbench.settle();
        String name = "KY and TN priority, March seminars (dialog)";
        List<String> listed = new ArrayList<>();
        whenOpen("New scenario of FY2023", dialog -> {
            Text nameField = Workbench.find(dialog, Text.class).stream().filter(t -> (t.getStyle() & SWT.BORDER) != 0
                    && t.getEditable()).findFirst().orElseThrow();
            Button ok = button(dialog, IDialogConstants.OK_ID);
            seen.add("ok before a name: " + ok.isEnabled());
            nameField.setText(name);
            seen.add("ok with a name: " + ok.isEnabled());
            List<Table> tables = Workbench.find(dialog, Table.class);
            Table states = tables.get(0);
            for (TableItem i : states.getItems()) {
                if ("KY".equals(i.getData()) || "TN".equals(i.getData())) {
                    i.setChecked(true);
                }
            }
            List<Combo> combos = Workbench.find(dialog, Combo.class);
            // the first kind after "(any kind)": information dissemination (the seminars and lectures)
            select(combos.get(0), org.grassroots.planner.ui.plan.Labels.kind(org.grassroots.planner.model.Kind.INFO_DISSEMINATION));
            select(combos.get(1), "March");
            for (TableItem i : tables.get(1).getItems()) {
                listed.add(i.getText(0) + (i.getChecked() ? " checked" : ""));
            }
            ok.notifyListeners(SWT.Selection, new Event());
        });
        viewButton("new").notifyListeners(SWT.Selection, new Event());
        Workbench.settle();
        assertEquals(List.of("ok before a name: false", "ok with a name: true"), seen);
        assertEquals(List.of("SAMPLE-005 checked", "SAMPLE-064 checked"), listed,
                "the March lecture and seminar, as the planning service picks them");
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 1 && part.shown().get(0).scenario().name().equals(name)
                && row(part, "Budget cap (JPY)") != null && !row(part, "Budget cap (JPY)")[2].isEmpty()),
                "shown as A: " + part.scenarioNames() + " problem " + part.problem());

        // the scenario kept is the command line's file (WhatIfCommandsTest runs planner what-if on it)
        Scenario file = ScenarioJson.read(KY_TN_MARCH, "ky-tn-march.json");
        Scenario kept = session.planning().scenarios(2023).get(name);
        assertEquals(file.reference(), kept.reference());
        assertEquals(file.initiatives(), kept.initiatives());
        assertTrue(kept.scale().isEmpty());

        // and the view answers as the planning service's what-if (the command line's) answers that file
        ScenarioComparison cli;
        try (PlanStore store = Workbench.store()) {
            var planning = org.grassroots.planner.planning.PlanningService.on(store);
            cli = planning.whatIf(session.engine().current(), store.initiatives(2023), planning.reference(2023, null), file,
                    java.time.Duration.ofMinutes(5));
        }
        ScenarioComparison shown = part.shown().get(0);
        java.text.NumberFormat yen = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH);
        assertEquals(yen.format(cli.changed().budgetTotalJpy()), row(part, "Budget (JPY, not cancelled)")[2]);
        assertEquals(yen.format(cli.base().budgetTotalJpy()), row(part, "Budget (JPY, not cancelled)")[1]);
        assertEquals(String.join(" ", cli.changed().priorityStatesUncovered()), row(part, "Priority states not covered")[2]);
        assertEquals(String.valueOf(cli.changed().count(org.grassroots.planner.model.Severity.WARNING)),
                row(part, "Findings: warnings")[2]);
        assertEquals(keys(cli.appeared()), keys(part.differenceRows(), name, "appears"));
        assertEquals(keys(cli.disappeared()), keys(part.differenceRows(), name, "disappears"));
        assertTrue(keys(part.differenceRows(), name, "disappears").contains("REGION-OUTSIDE-PRIORITY SAMPLE-066"),
                "Tennessee a priority state: Nashville's initiative no longer outside the priorities");
        assertEquals(cli.changedIds(), shown.changedIds());
        maximized("what-if-dialog-scenario-en.png");

        // cap -10% in one click, beside it
        viewButton("cap").notifyListeners(SWT.Selection, new Event());
        assertTrue(Workbench.waitUntil(() -> part.scenarioNames().contains("Cap \u221210%")), part.scenarioNames().toString());
        part.show(name, "Cap \u221210%");
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 2 && row(part, "Budget cap (JPY)") != null
                && "198,000,000".equals(row(part, "Budget cap (JPY)")[3])), part.rows().stream().map(Arrays::toString).toList()
                        .toString());
        maximized("what-if-two-scenarios-en.png");
        part.show(name, null);
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 1 && part.shown().get(0).scenario().name().equals(name)));

        // applied with the Apply button, confirmed: one unsaved edit, the reference included, nothing in the store yet
        Set<String> storedStates = Set.copyOf(session.planning().reference(2023, null).reference().getPriorityStates());
        assertFalse(storedStates.contains("KY"));
        seen.clear();
        whenOpen("Apply A", confirm -> button(confirm, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event()));
        viewButton("apply").notifyListeners(SWT.Selection, new Event());
        Workbench.settle();
        assertTrue(seen.isEmpty(), seen.toString());
        assertTrue(session.isDirty(), "applied as unsaved edits");
        assertTrue(session.snapshot().reference().getPriorityStates().containsAll(Set.of("KY", "TN")),
                "the year is checked against the scenario's reference at once");
        assertTrue(session.snapshot().initiatives().stream().noneMatch(i -> i.getId().equals("SAMPLE-005")), "moved out of FY2023");
        assertTrue(session.snapshot().findings().stream().noneMatch(f -> f.getRule().equals("REGION-OUTSIDE-PRIORITY")
                && "SAMPLE-066".equals(f.getInitiative())), "Tennessee's initiative judged by the applied reference");
        int events;
        try (PlanStore store = Workbench.store()) {
            assertFalse(store.reference(2023).map(r -> r.getPriorityStates().contains("KY")).orElse(false),
                    "the reference is not saved before File > Save");
            assertEquals(ScenarioStore.State.OPEN, store.scenarios().get(2023, name).orElseThrow().state());
            events = store.scenarios().events(2023).size();
        }
        assertTrue(Workbench.waitUntil(() -> !part.scenarioNames().contains(name)), "applied: no longer offered as a scenario");

        // Edit > Undo takes it all back in one step, the reference with it
        PlanOperations.history().undo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertEquals(storedStates, Set.copyOf(session.snapshot().reference().getPriorityStates()));
        assertTrue(session.snapshot().initiatives().stream().anyMatch(i -> i.getId().equals("SAMPLE-005")));
        // and Redo puts it back; Save writes initiatives, reference and the audit entry in one transaction
        PlanOperations.history().redo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertTrue(session.snapshot().reference().getPriorityStates().contains("KY"));
        session.save().join();
        Workbench.settle();
        assertFalse(session.isDirty(), "saved");
        try (PlanStore store = Workbench.store()) {
            assertTrue(store.reference(2023).orElseThrow().getPriorityStates().containsAll(Set.of("KY", "TN")));
            assertEquals(ScenarioStore.State.APPLIED, store.scenarios().get(2023, name).orElseThrow().state());
            List<ScenarioStore.Event> trail = store.scenarios().events(2023);
            assertEquals(events + 1, trail.size(), "one entry: the application, written with the save");
            assertEquals("applied", trail.get(trail.size() - 1).action());
            assertEquals("applied in the workbench: 2 initiatives and the year's reference changed", trail.get(trail.size() - 1).summary());
            assertTrue(store.initiatives(2024).stream().map(Initiative::getId).toList().containsAll(List.of("SAMPLE-005", "SAMPLE-064")));
        }
        // undone after the save: the next save puts the reference back and opens the scenario again, with its entry
        PlanOperations.history().undo(PlanOperations.CONTEXT, null, null);
        Workbench.settle();
        assertTrue(session.isDirty());
        session.save().join();
        Workbench.settle();
        try (PlanStore store = Workbench.store()) {
            assertEquals(storedStates, Set.copyOf(store.reference(2023).orElseThrow().getPriorityStates()));
            assertEquals(ScenarioStore.State.OPEN, store.scenarios().get(2023, name).orElseThrow().state());
            List<ScenarioStore.Event> trail = store.scenarios().events(2023);
            assertEquals("undone", trail.get(trail.size() - 1).action());
            assertTrue(store.initiatives(2023).stream().map(Initiative::getId).toList().contains("SAMPLE-005"));
        }
        session.planning().discardScenario(2023, name);
        session.planning().discardScenario(2023, "Cap \u221210%");
    }

    @Test
    void theSolversWeightsAreSetInTheSuggestDialog() throws Exception {
        Workbench.importSample(dir, "sample-fy2023-plan.csv");
        ScenariosPart part = Workbench.show(ScenariosPart.ID, ScenariosPart.class);
        part.reload();
        Workbench.settle();
        long[] set = { 2, 100, 1000, 30, 2, 0 }; // seconds, themes, states, outreach, balance, changes
        whenOpen("Suggest a plan within the cap", dialog -> {
            List<Spinner> fields = Workbench.find(dialog, Spinner.class);
            seen.add("defaults " + fields.stream().map(s -> String.valueOf(s.getSelection())).toList());
            for (int k = 0; k < set.length; k++) {
                fields.get(k).setSelection((int) set[k]);
            }
            button(dialog, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        });
        viewButton("suggest").notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("defaults [10, 100, 100, 30, 2, 10]"), seen, "the defaults of planner suggest");
        Job job = part.lastSuggestion();
        assertTrue(job != null);
        while (job.getState() != Job.NONE) {
            Workbench.waitUntil(() -> job.getState() == Job.NONE);
        }
        String suggested = "Suggested (within the cap and mission shares)";
        assertTrue(Workbench.waitUntil(() -> part.scenarioNames().contains(suggested)), part.scenarioNames().toString());
        Scenario s = Workbench.session().planning().scenarios(2023).get(suggested);
        var f = s.explanation().figures();
        long soft = set[1] * f.get("priority_themes_covered") + set[2] * f.get("priority_states_covered")
                + set[3] * f.get("outreach_states_reached") - set[4] * f.get("lines_off_even_points") - set[5] * f.get("change_steps");
        assertEquals(soft, f.get("soft"), "scored with the weights set in the dialog: " + f);
        long byDefault = 100 * f.get("priority_themes_covered") + 100 * f.get("priority_states_covered")
                + 30 * f.get("outreach_states_reached") - 2 * f.get("lines_off_even_points") - 10 * f.get("change_steps");
        assertNotEquals(byDefault, f.get("soft"), "not with the default weights");
        assertEquals(0L, f.get("hard"), "within the cap and the shares");

        // its explanation in words: the score, and each change with the constraint it serves
        part.show(suggested, null);
        assertTrue(Workbench.waitUntil(() -> part.shown().size() == 1 && part.shown().get(0).scenario().name().equals(suggested)));
        Text explanation = Workbench.find((Control) Workbench.parts().findPart(ScenariosPart.ID).getWidget(), Text.class).stream()
                .filter(t -> (t.getStyle() & SWT.MULTI) != 0).findFirst().orElseThrow();
        assertTrue(Workbench.waitUntil(() -> explanation.getText().contains("Score: hard 0, soft ")), explanation.getText());
        assertTrue(explanation.getText().contains("\u2192 ") && !explanation.getText().contains("budget-cap")
                && !explanation.getText().contains("trim-") && !explanation.getText().contains("mission-share:"),
                explanation.getText());
        maximized("what-if-view-en.png");
        Workbench.session().planning().discardScenario(2023, suggested);
    }

    /** Saves the workbench with the what-if view maximized (for docs/), then restores the view. */
    private static void maximized(String name) throws Exception {
        Workbench.parts().activate(Workbench.parts().findPart(ScenariosPart.ID));
        boolean maximized = false;
        try {
            Workbench.command("org.eclipse.ui.window.maximizePart");
            maximized = true;
        } catch (Exception e) { // a picture of the view as it is, then
            System.err.println("not maximized: " + e);
        }
        Workbench.settle();
        Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
        if (maximized) {
            Workbench.command("org.eclipse.ui.window.maximizePart");
            Workbench.settle();
        }
    }
}
