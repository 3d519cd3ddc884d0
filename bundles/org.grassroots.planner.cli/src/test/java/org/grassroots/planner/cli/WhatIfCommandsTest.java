package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.importer.PlanCells;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.planning.ScenarioJson;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** planner what-if and planner suggest on the shipped sample plan, through the real importers, rules and solver in OSGi. */
class WhatIfCommandsTest {
    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    private static final String SCENARIO = """
            {"name": "cap -10%, Kentucky and Tennessee priority, March seminars to FY2024",
             "reference": {"budget_cap_jpy": 198000000, "priority_states": ["CA", "TX", "OH", "IL", "IN", "KY", "TN"]},
             "scale": [{"mission": "cg-new-york", "factor": 0.9}, {"kind": "food-pr", "factor": 0.8}],
             "initiatives": [{"id": "SAMPLE-002", "fiscal_year": 2024}, {"id": "SAMPLE-003", "status": "cancelled"},
                             {"id": "SAMPLE-004", "budget_jpy": 1200000},
                             {"id": "NEW-KY-1", "fiscal_year": 2023, "mission": "cg-nashville", "title_ja": "ケンタッキー州草の根キャラバン",
                              "title_en": "Grassroots Caravan to Kentucky", "kind": "company-support", "themes": ["investment-in-people"],
                              "states": ["KY"], "partners": ["JETRO"], "format": "in-person", "start_date": "2023-10-02",
                              "end_date": "2023-10-03", "budget_jpy": 900000, "status": "draft"}]}
            """;

    private Path sample() throws Exception {
        Path file = dir.resolve("sample-fy2023-plan.csv");
        try (InputStream in = ReferenceData.openSample("sample-fy2023-plan.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String csvCell(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** The changed plan as a plan file, written independently of the command under test. */
    private Path planFile(List<Initiative> plan) throws Exception {
        StringBuilder b = new StringBuilder(String.join(",", PlanRows.COLUMNS)).append('\n');
        for (Initiative i : plan) {
            b.append(String.join(",", PlanCells.csv(i).stream().map(WhatIfCommandsTest::csvCell).toList())).append('\n');
        }
        return write("changed-plan.csv", b.toString());
    }

    private Path referenceFile(FiscalYearReference r) throws Exception {
        JsonObject o = new JsonObject();
        o.addProperty("fiscal_year", r.getFiscalYear());
        o.addProperty("budget_cap_jpy", r.getBudgetCapJpy());
        o.addProperty("mission_share_max", r.getMissionShareMax());
        o.addProperty("priority_share_min", r.getPriorityShareMin());
        JsonArray themes = new JsonArray();
        r.getPriorityThemes().stream().sorted().forEach(themes::add);
        o.add("priority_themes", themes);
        JsonArray states = new JsonArray();
        r.getPriorityStates().stream().sorted().forEach(states::add);
        o.add("priority_states", states);
        JsonArray missions = new JsonArray();
        for (Mission m : r.getMissions()) {
            JsonObject mo = new JsonObject();
            mo.addProperty("code", m.getCode());
            JsonArray st = new JsonArray();
            m.getStates().forEach(st::add);
            mo.add("states", st);
            missions.add(mo);
        }
        o.add("missions", missions);
        return write("changed-reference.json", o.toString());
    }

    private static List<String> findings(JsonArray array) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array) {
            out.add(e.toString());
        }
        return out;
    }

    @Test
    void theScenariosFindingsAreExactlyThoseOfACheckOfTheChangedPlanAndReference() throws Exception {
        Path plan = sample();
        Path scenario = write("scenario.json", SCENARIO);
        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                scenario.toString(), "--format", "json"), run.all());
        JsonObject whatIf = JsonParser.parseString(run.stdout()).getAsJsonObject();
        assertEquals(198_000_000L, whatIf.getAsJsonObject("scenario").get("budget_cap_jpy").getAsLong());
        assertEquals(220_000_000L, whatIf.getAsJsonObject("base").get("budget_cap_jpy").getAsLong());

        // the base is the check of the plan as it is
        assertEquals(Planner.ERROR_FINDINGS, run.planner("check", "--plan", plan.toString(), "--fy", "2023", "--format", "json"));
        JsonObject check = JsonParser.parseString(run.stdout()).getAsJsonObject();
        assertEquals(findings(check.getAsJsonArray("findings")), findings(whatIf.getAsJsonObject("base").getAsJsonArray("findings")));

        // the scenario is the check of the changed plan against the changed reference, both written as files here
        Scenario s = ScenarioJson.read(SCENARIO, "scenario.json");
        List<Initiative> original = org.grassroots.planner.importer.Importers.forFile(plan).read(plan,
                org.grassroots.planner.importer.ImportOptions.DETECT).initiatives();
        Scenario.Applied applied = s.applyTo(original, ReferenceData.shipped().shippedReference(2023));
        Path changedPlan = planFile(applied.plan());
        Path changedReference = referenceFile(applied.reference());
        run.planner("check", "--plan", changedPlan.toString(), "--fy", "2023", "--reference", changedReference.toString(),
                "--format", "json");
        assertTrue(run.stderr().isEmpty(), run.stderr());
        JsonObject changedCheck = JsonParser.parseString(run.stdout()).getAsJsonObject();
        List<String> expected = findings(changedCheck.getAsJsonArray("findings"));
        assertEquals(expected, findings(whatIf.getAsJsonObject("scenario").getAsJsonArray("findings")));
        assertFalse(expected.isEmpty());

        JsonObject d = whatIf.getAsJsonObject("differences");
        assertTrue(d.getAsJsonArray("changed_initiatives").toString().contains("SAMPLE-002"));
        assertTrue(d.getAsJsonArray("changed_initiatives").toString().contains("NEW-KY-1"));
        // Tennessee a priority state now: the sample's Nashville initiatives there are no longer outside the priorities
        assertTrue(findings(d.getAsJsonArray("findings_disappeared")).stream()
                .anyMatch(f -> f.contains("REGION-OUTSIDE-PRIORITY") && f.contains("SAMPLE-066")), d.toString());
        assertTrue(findings(d.getAsJsonArray("findings_appeared")).stream().noneMatch(f -> f.contains("SAMPLE-066")));

        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                scenario.toString()));
        assertTrue(run.stdout().contains("cap (JPY)") && run.stdout().contains("198,000,000"), run.stdout());
        assertTrue(run.stdout().contains("Findings that disappear (") && run.stdout().contains("SAMPLE-066"), run.stdout());

        Path xlsx = dir.resolve("comparison.xlsx");
        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                scenario.toString(), "--format", "xlsx", "--out", xlsx.toString()), run.all());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertTrue(zip.getEntry("xl/worksheets/sheet3.xml") != null && zip.getEntry("xl/worksheets/sheet4.xml") == null,
                    "the plan, the scenario and the differences");
        }
    }

    @Test
    void badInputIsExitTwoOnOneLineAndNothingIsWritten() throws Exception {
        Path plan = sample();
        Path bad = write("bad.json", "{\"name\": \"x\",\n  \"scale\": [{\"mission\": \"cg-atlantis\", \"factor\": 0.9}]}");
        Path out = dir.resolve("out.txt");
        assertEquals(Planner.BAD_INPUT, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                bad.toString(), "--out", out.toString()));
        assertEquals(1, run.stderr().strip().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("bad.json:2:") && run.stderr().contains("cg-atlantis"), run.stderr());
        assertFalse(Files.exists(out));

        Path unknownId = write("unknown.json", "{\"name\": \"x\", \"initiatives\": [{\"id\": \"NOPE\", \"budget_jpy\": 1}]}");
        assertEquals(Planner.BAD_INPUT, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                unknownId.toString()));
        assertTrue(run.stderr().contains("NOPE"), run.stderr());

        String before = Files.readString(plan);
        assertEquals(Planner.BAD_INPUT, run.planner("suggest", "--fy", "2023", "--plan", plan.toString(), "--out", plan.toString()));
        assertEquals(before, Files.readString(plan), "an output never overwrites an input");
        assertEquals(Planner.BAD_INPUT, run.planner("suggest", "--fy", "2023", "--plan", plan.toString(), "--seconds", "0",
                "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void suggestWritesAScenarioThatFitsTheSampleToTheCapAndWhatIfShowsIt() throws Exception {
        Path plan = sample();
        Path suggested = dir.resolve("suggested.json");
        assertEquals(Planner.OK, run.planner("suggest", "--fy", "2023", "--plan", plan.toString(), "--seconds", "3", "--out",
                suggested.toString()), run.all());
        assertTrue(run.stdout().startsWith("Suggested for FY2023: "), run.stdout());
        Scenario s = ScenarioJson.read(Files.readString(suggested), "suggested.json");
        assertFalse(s.initiatives().isEmpty());
        assertEquals(s.initiatives().size(), s.explanation().reasons().size());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains(".tmp")).count(), "no temporary file left");
        }

        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                suggested.toString(), "--format", "json"), run.all());
        JsonObject whatIf = JsonParser.parseString(run.stdout()).getAsJsonObject();
        JsonObject scenario = whatIf.getAsJsonObject("scenario");
        assertTrue(scenario.get("budget_total_jpy").getAsLong() <= scenario.get("budget_cap_jpy").getAsLong());
        String findings = scenario.getAsJsonArray("findings").toString();
        assertFalse(findings.contains("BUDGET-OVER-CAP"), findings);
        assertFalse(findings.contains("BUDGET-MISSION-SHARE"), findings);
        assertTrue(whatIf.getAsJsonObject("base").getAsJsonArray("findings").toString().contains("BUDGET-OVER-CAP"));
        String appeared = whatIf.getAsJsonObject("differences").getAsJsonArray("findings_appeared").toString();
        assertFalse(appeared.contains("COVERAGE-UNCOVERED-STATE"), "no priority state loses its coverage: " + appeared);
    }
}
