package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command-line contract, run through the real importer service, rules and store inside OSGi. */
class PlannerCommandsTest {
    private static final List<String> CONTRACT_RULES = List.of("AP2-NO-PRIORITY-THEME", "AP2-UNKNOWN-THEME",
            "AP2-NO-PARTNER", "REGION-OUTSIDE-PRIORITY", "REGION-OUTSIDE-JURISDICTION", "BUDGET-OVER-CAP",
            "BUDGET-MISSION-SHARE", "DATA-NO-BUDGET", "DATA-INVALID-DATES", "COVERAGE-UNCOVERED-STATE");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private int planner(String... args) {
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sample(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ReferenceData.openSample(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkOfOneRowPrintsItsFindingsAsJsonAndExitsZeroWithoutErrors() throws Exception {
        assertEquals(Planner.OK, planner("check", "--plan", sample("one-row.csv").toString(), "--format", "json"));
        JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(2023, json.get("fiscal_year").getAsInt());
        Set<String> seen = new HashSet<>();
        for (JsonElement e : json.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            String subject = !f.get("initiative").isJsonNull() ? f.get("initiative").getAsString()
                    : !f.get("state").isJsonNull() ? f.get("state").getAsString()
                    : !f.get("mission").isJsonNull() ? f.get("mission").getAsString() : "year";
            seen.add(f.get("rule").getAsString() + "/" + subject);
            assertTrue(f.has("mission") && f.has("message"), f.toString());
        }
        assertTrue(seen.containsAll(Set.of("AP2-NO-PARTNER/ONE-001", "COVERAGE-UNCOVERED-STATE/CA")), seen.toString());
        // a plan file of one year: the judgements that look back say they were not evaluated
        assertTrue(seen.containsAll(Set.of("HISTORY-NOT-EVALUATED-LAST-YEAR/year", "HISTORY-NOT-EVALUATED-3Y/year")), seen.toString());
        // the caravan to North Dakota reaches an outreach state (no Japanese mission there): not outside the priorities
        assertFalse(seen.contains("REGION-OUTSIDE-PRIORITY/ONE-001"), seen.toString());
    }

    @Test
    void theSamplePlanTriggersEveryContractRuleAndExitsOne() throws Exception {
        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", sample("sample-fy2023-plan.csv").toString(),
                "--format", "json"));
        Set<String> rules = new HashSet<>();
        JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("findings")
                .forEach(e -> rules.add(e.getAsJsonObject().get("rule").getAsString()));
        assertTrue(rules.containsAll(CONTRACT_RULES), rules.toString());
    }

    @Test
    void theSampleFallsShortOfAHigherLeastShareReachingPriorityRegions() throws Exception {
        Path reference = dir.resolve("reference.json");
        Files.writeString(reference, "{\"fiscal_year\": 2023, \"budget_cap_jpy\": 220000000, \"mission_share_max\": 0.25,"
                + " \"priority_share_min\": 0.7, \"priority_themes\": [\"digital\"], \"priority_states\": [\"CA\", \"TX\", \"OH\", \"IL\", \"IN\"]}");
        planner("check", "--plan", sample("sample-fy2023-plan.csv").toString(), "--reference", reference.toString(),
                "--format", "json");
        List<JsonObject> share = new java.util.ArrayList<>();
        JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("findings").forEach(e -> {
            if (e.getAsJsonObject().get("rule").getAsString().equals("REGION-PRIORITY-SHARE")) {
                share.add(e.getAsJsonObject());
            }
        });
        assertEquals(1, share.size(), share.toString());
        assertEquals("warning", share.get(0).get("severity").getAsString());
        assertTrue(share.get(0).get("initiative").isJsonNull() && share.get(0).get("mission").isJsonNull(), share.toString());
        assertTrue(share.get(0).get("message").getAsString().contains("65 of the 97"), share.toString());
    }

    @Test
    void textGroupsBySeverityAndRule() throws Exception {
        planner("check", "--plan", sample("sample-fy2023-plan.csv").toString());
        String text = stdout();
        // 32 of the sample's FY2023 initiatives target only states where a mission sits, none a priority state
        assertTrue(text.contains("warning REGION-OUTSIDE-PRIORITY (32)"), text);
        // 65 of the 97 reach the whole US, a priority state or an outreach state: above the default least share of 0.5
        assertFalse(text.contains("REGION-PRIORITY-SHARE"), text);
        assertTrue(text.indexOf("\nerror ") >= 0 && text.indexOf("\nerror ") < text.indexOf("warning REGION"), text);
        assertTrue(text.indexOf("warning REGION") < text.indexOf("info AP2-NO-PARTNER"), text);

        out.reset();
        planner("check", "--plan", sample("one-row.csv").toString());
        text = stdout();
        assertTrue(text.contains("info AP2-NO-PARTNER (1)"), text);
        assertFalse(text.contains("REGION-OUTSIDE-PRIORITY"), "North Dakota is an outreach state: " + text);
    }

    @Test
    void sarifPointsAtTheRowOfTheInitiative() throws Exception {
        Path report = dir.resolve("out.sarif");
        assertEquals(Planner.OK, planner("check", "--plan", sample("one-row.csv").toString(), "--format", "sarif",
                "--out", report.toString()));
        JsonObject sarif = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals("2.1.0", sarif.get("version").getAsString());
        boolean rowTwo = false;
        for (JsonElement r : sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
            JsonObject loc = r.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation");
            rowTwo |= loc.has("region") && loc.getAsJsonObject("region").get("startLine").getAsInt() == 2;
        }
        assertTrue(rowTwo);
    }

    @Test
    void anUnreadableFileExitsTwoNamingIt() {
        Path missing = dir.resolve("nowhere.csv");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", missing.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(missing.toString()));
    }

    @Test
    void aRejectedPlanNamesLineAndColumnAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,fiscal_year,mission,title_ja,kind,states,status\nI-1,2023,cg-mars,題,other,ND,draft\n");
        Path report = dir.resolve("report.json");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", bad.toString(), "--out", report.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + ":2:3: mission"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(report));
    }

    @Test
    void brokenRulesExitTwoWithFileLineAndColumn() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x\nrule \"R\"\nwhen\n    Strin( )\nthen\nend\n");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", sample("one-row.csv").toString(), "--rules", rules.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(rules.resolve("broken.drl") + ":4:"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importStoresThePlanAndReimportChangesNothing() throws Exception {
        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        Path plan = sample("sample-fy2023-plan.csv");
        assertEquals(Planner.OK, planner("import", "--plan", plan.toString(), "--db", url));
        assertTrue(stdout().contains("100 added, 0 updated, 0 unchanged"), stdout());
        assertEquals(Planner.OK, planner("import", "--plan", plan.toString(), "--db", url));
        assertTrue(stdout().contains("0 added, 0 updated, 100 unchanged"), stdout());
        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(100, store.initiatives(2023).size());
        }
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals(Planner.BAD_INPUT, planner("frobnicate"));
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: planner check"));
    }
}
