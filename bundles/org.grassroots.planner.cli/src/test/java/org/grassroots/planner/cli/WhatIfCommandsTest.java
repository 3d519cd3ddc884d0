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

    /** The reviewer's two questions as the workbench's scenario dialog makes them: Kentucky and Tennessee, the March seminars. */
    static final String KY_TN_MARCH = """
            {"name": "KY and TN priority, March seminars to FY2024",
             "reference": {"priority_states": ["CA", "IL", "IN", "KY", "OH", "TN", "TX"]},
             "initiatives": [{"id": "SAMPLE-005", "fiscal_year": 2024}, {"id": "SAMPLE-064", "fiscal_year": 2024}]}
            """;

    private static String cellText(org.apache.poi.ss.usermodel.Cell c) {
        return c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue();
    }

    private static List<String> sheetText(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
            StringBuilder b = new StringBuilder();
            for (org.apache.poi.ss.usermodel.Cell c : r) {
                b.append(cellText(c)).append('|');
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void whatIfAndSuggestSayTheirTextAndWorkbookInTheLanguageAsked() throws Exception {
        Path plan = sample();
        Path scenario = write("ky-tn-march.json", KY_TN_MARCH);
        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                scenario.toString(), "--lang", "ja"), run.all());
        String ja = run.stdout();
        assertTrue(ja.startsWith("\u30b7\u30ca\u30ea\u30aa\uff1aKY and TN priority"), ja); // シナリオ：
        assertTrue(ja.contains("\u4e88\u7b97\u4e0a\u9650\u984d\uff08\u5186\uff09"), ja); // 予算上限額（円）
        assertTrue(ja.contains("\u5728\u30ca\u30c3\u30b7\u30e5\u30d3\u30eb\u65e5\u672c\u56fd\u7dcf\u9818\u4e8b\u9928"),
                "missions by their Japanese names: " + ja); // 在ナッシュビル日本国総領事館
        for (String english : List.of("What if", "Reference", "budget", "cap (JPY)", "within the cap", "findings", "Findings",
                "States that", "cg-", "error ", "warning ", "changed")) {
            assertFalse(ja.contains(english), "no \"" + english + "\" in the Japanese: " + ja);
        }
        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                scenario.toString(), "--lang", "en"), run.all());
        String en = run.stdout();
        assertTrue(en.startsWith("What if: KY and TN priority") && en.contains("Consulate-General of Japan in Nashville"), en);
        assertFalse(en.matches("(?s).*[\u3040-\u30ff\u4e00-\u9fff].*"), "no Japanese in the English: " + en);
        assertEquals(Planner.BAD_INPUT, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                scenario.toString(), "--lang", "fr"));

        // the workbook, read back with POI: its labels, severities and missions in the language asked
        for (String lang : List.of("ja", "en")) {
            Path xlsx = dir.resolve("what-if-" + lang + ".xlsx");
            assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                    scenario.toString(), "--format", "xlsx", "--out", xlsx.toString(), "--lang", lang), run.all());
            try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
                assertEquals(3, book.getNumberOfSheets());
                List<String> plan0 = sheetText(book.getSheetAt(0));
                List<String> scen = sheetText(book.getSheetAt(1));
                List<String> diff = sheetText(book.getSheetAt(2));
                String all = String.join("\n", plan0) + String.join("\n", scen) + String.join("\n", diff);
                if (lang.equals("ja")) {
                    assertEquals("\u8a08\u753b", book.getSheetName(0)); // 計画
                    assertEquals("\u5dee\u7570", book.getSheetName(2)); // 差異
                    assertTrue(all.contains("\u4e88\u7b97\u4e0a\u9650\u984d\uff08\u5186\uff09|220000000|"), all); // 予算上限額（円）
                    // Tennessee a priority state: Nashville's initiative no longer outside the priorities, a warning gone
                    assertTrue(diff.stream().anyMatch(r -> r.contains("\u89e3\u6d88\u3059\u308b\u6307\u6458\u4e8b\u9805|\u8b66\u544a|"
                            + "REGION-OUTSIDE-PRIORITY|SAMPLE-066|")), diff.toString());
                    // the missions whose budget changes (the March lecture and seminar moved) by their Japanese names
                    assertTrue(diff.stream().anyMatch(r -> r.contains("|\u5728\u30a2\u30e1\u30ea\u30ab\u5408\u8846\u56fd\u65e5\u672c\u56fd\u5927\u4f7f\u9928|")),
                            diff.toString()); // 在アメリカ合衆国日本国大使館
                    // states by their names, not their codes (the states covered: every state of the sample plan)
                    String covered = plan0.stream().filter(r -> r.startsWith(
                            "\u5bfe\u8c61\u3068\u306a\u3063\u3066\u3044\u308b\u5dde")).findFirst() // 対象となっている州
                            .orElseThrow(() -> new AssertionError(plan0.toString()));
                    assertTrue(covered.contains("\u30ab\u30ea\u30d5\u30a9\u30eb\u30cb\u30a2\u5dde"), covered); // カリフォルニア州
                    assertFalse(covered.matches("(?s).*\\b[A-Z]{2}\\b.*"), "no state code: " + covered);
                    for (String english : List.of("Plan", "Budget", "cap", "error", "warning", "Differences", "Findings", "cg-",
                            "emb-", "Mission", "State")) {
                        assertFalse(all.contains(english), "no \"" + english + "\" in the Japanese workbook: " + all);
                    }
                } else {
                    assertEquals("Plan", book.getSheetName(0));
                    assertEquals("Differences", book.getSheetName(2));
                    assertTrue(all.contains("Budget cap (JPY)|220000000|"), all);
                    assertTrue(diff.stream().anyMatch(r -> r.contains("finding disappears|warning|REGION-OUTSIDE-PRIORITY|SAMPLE-066|")),
                            diff.toString());
                    assertTrue(diff.stream().anyMatch(r -> r.contains("|Embassy of Japan, Washington DC|")), diff.toString());
                    String covered = plan0.stream().filter(r -> r.startsWith("States covered")).findFirst()
                            .orElseThrow(() -> new AssertionError(plan0.toString()));
                    assertTrue(covered.contains("California"), covered);
                    assertFalse(covered.matches("(?s).*\\b[A-Z]{2}\\b.*"), "no state code: " + covered);
                    assertFalse(all.matches("(?s).*[\u3040-\u30ff\u4e00-\u9fff].*"), "no Japanese in the English workbook: " + all);
                }
            }
        }

        // the suggestion: its name and explanation in the language asked (the file keeps codes and figures)
        Path suggested = dir.resolve("suggested-ja.json");
        assertEquals(Planner.OK, run.planner("suggest", "--fy", "2023", "--plan", plan.toString(), "--seconds", "2", "--out",
                suggested.toString(), "--lang", "ja"), run.all());
        String said = run.stdout();
        assertTrue(said.startsWith("2023\u5e74\u5ea6\u306e\u63d0\u6848\uff1a"), said); // 2023年度の提案：
        assertTrue(said.contains("\u30b9\u30b3\u30a2\uff1a\u5fc5\u9808\u6761\u4ef6 0\u3001"), said); // スコア：必須条件 0、
        Scenario s = ScenarioJson.read(Files.readString(suggested), "suggested-ja.json");
        assertEquals("\u63d0\u6848\uff1a2023\u5e74\u5ea6\uff08\u4e88\u7b97\u4e0a\u9650\u984d\u3068\u914d\u5206\u4e0a\u9650\u306e\u7bc4\u56f2\u5185\uff09",
                s.name()); // 提案：2023年度（予算上限額と配分上限の範囲内）
        assertEquals(s.initiatives().size() + 2, said.strip().lines().count(), "a line per change: " + said);
        for (String english : List.of("hard", "soft", "trim", "move", "budget-cap", "mission-share", "cg-", "Suggested")) {
            assertFalse(said.contains(english), "no \"" + english + "\" in: " + said);
        }
        assertEquals(Planner.OK, run.planner("what-if", "--fy", "2023", "--plan", plan.toString(), "--scenario",
                suggested.toString(), "--lang", "en"), run.all());
        assertTrue(run.stdout().contains("Score: hard 0, soft ") && run.stdout().contains("\u2192 fits the year to the budget cap")
                || run.stdout().contains("within a mission's share of the cap"), run.stdout());
    }
}
