package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The next fiscal year is checked against the reference the planning service resolves for it (never
 * another year's unchanged), from a file and from the database alike; and {@code --out} is never an input.
 */
class NextYearAndInputsTest {
    private static final String FY2024 = "id,fiscal_year,mission,title_ja,kind,themes,states,partners,start_date,budget_jpy,status\n"
            + "N-1,2024,cg-chicago,翌年度の催し,japan-event,anime,IL,JETRO,2024-09-12,1500000,draft\n"
            + "N-2,2024,cg-chicago,管轄外の催し,japan-event,climate-energy,TX,JETRO,2024-10-01,1000000,draft\n";

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();


    private int planner(String... args) {
        return run.planner(args);
    }

    private String stdout() {
        return run.stdout();
    }

    private String stderr() {
        return run.stderr();
    }

    private Path plan() throws Exception {
        Path file = dir.resolve("fy2024.csv");
        Files.writeString(file, FY2024, StandardCharsets.UTF_8);
        return file;
    }

    /** @return the findings of a {@code check --format json} report, each as rule:initiative */
    static List<String> findings(JsonObject report) {
        List<String> keys = new ArrayList<>();
        for (JsonElement e : report.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            keys.add(f.get("rule").getAsString() + ":" + (f.get("initiative").isJsonNull() ? "" : f.get("initiative").getAsString()));
        }
        return keys;
    }

    @Test
    void aPlanOfTheNextYearIsCheckedAgainstTheReferenceCarriedOverAndSaysSo() throws Exception {
        Path plan = plan();
        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", plan.toString()), stderr());
        assertTrue(stdout().startsWith("Reference: FY2024, carried over from FY2023 (shipped)"), stdout());
        assertTrue(stdout().contains("FY2024, 2 initiatives"), stdout());

        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", plan.toString(), "--format", "json"), stderr());
        JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(2024, json.get("fiscal_year").getAsInt());
        JsonObject reference = json.getAsJsonObject("reference");
        assertEquals(2024, reference.get("fiscal_year").getAsInt());
        assertEquals("carried-over", reference.get("source").getAsString());
        assertEquals(2023, reference.get("from_fiscal_year").getAsInt());
        assertEquals("shipped", reference.get("from_source").getAsString());
        List<String> fromFile = findings(json);
        assertTrue(fromFile.contains("AP2-NO-PRIORITY-THEME:N-1"), fromFile.toString());
        assertTrue(fromFile.contains("REGION-OUTSIDE-JURISDICTION:N-2"), fromFile.toString());

        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", plan.toString(), "--format", "sarif"), stderr());
        JsonObject run = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("carried-over", run.getAsJsonObject("properties").getAsJsonObject("reference").get("source").getAsString());

        // the same year from the database: the same findings, through the same service
        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, planner("import", "--plan", plan.toString(), "--db", url), stderr());
        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--db", url, "--fy", "2024", "--format", "json"), stderr());
        JsonObject fromDb = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals(fromFile, findings(fromDb));
        assertEquals("carried-over", fromDb.getAsJsonObject("reference").get("source").getAsString());
        assertEquals(Planner.BAD_INPUT, planner("check", "--db", url, "--fy", "2042"), "a year without initiatives");
        assertTrue(stderr().contains("no initiative of FY2042"), stderr());

        // and propose refuses it without a justification for each error finding
        assertEquals(Planner.ERROR_FINDINGS, planner("propose", "--fy", "2024", "--mission", "cg-chicago", "--db", url));
        assertTrue(stderr().contains("AP2-NO-PRIORITY-THEME:N-1"), stderr());
        assertTrue(stderr().contains("REGION-OUTSIDE-JURISDICTION:N-2"), stderr());
        try (PlanStore store = PlanStore.open(url)) {
            assertTrue(store.proposals().lastSnapshot(2024, "cg-chicago").isEmpty(), "nothing was proposed");
        }
    }

    @Test
    void aReferenceFileOfAnotherYearIsRefused() throws Exception {
        Path reference = dir.resolve("reference-fy2023.json");
        Files.writeString(reference, "{\"fiscal_year\": 2023, \"budget_cap_jpy\": 220000000, \"mission_share_max\": 0.25,"
                + " \"priority_themes\": [\"covid-19\"], \"priority_states\": [\"CA\"]}", StandardCharsets.UTF_8);
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan().toString(), "--reference", reference.toString()));
        assertTrue(stderr().contains("FY2023") && stderr().contains("FY2024"), stderr());
        assertEquals("", stdout(), "nothing is reported");
    }

    @Test
    void checkWithoutAPlanOrWithADatabaseButNoYearIsAUsageError() throws Exception {
        assertEquals(Planner.BAD_INPUT, planner("check", "--format", "json"));
        assertEquals(Planner.BAD_INPUT, planner("check", "--db", PlanStore.embeddedUrl(dir.resolve("db"))));
        assertTrue(stderr().contains("--fy"), stderr());
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan().toString(), "--timeout", "soon"));
        assertTrue(stderr().contains("--timeout"), stderr());
    }

    @Test
    void anOutputNeverOverwritesAnInput() throws Exception {
        Path plan = plan();
        byte[] before = Files.readAllBytes(plan);
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan.toString(), "--out", plan.toString()));
        assertTrue(stderr().contains("is an input"), stderr());
        assertArrayEquals(before, Files.readAllBytes(plan));
        // the same file by another name
        Path other = dir.resolve(".").resolve("fy2024.csv");
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2024", "--plan", plan.toString(), "--format", "html",
                "--out", other.toString()));
        assertArrayEquals(before, Files.readAllBytes(plan));

        Path drl = ShippedRules.folder().resolve("budget.drl");
        byte[] rules = Files.readAllBytes(drl);
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan.toString(), "--out", drl.toString()));
        assertArrayEquals(rules, Files.readAllBytes(drl));

        Path db = dir.resolve("db");
        String url = PlanStore.embeddedUrl(db);
        assertEquals(Planner.OK, planner("import", "--plan", plan.toString(), "--db", url), stderr());
        Path dbFile = db.resolve("planner.mv.db");
        byte[] data = Files.readAllBytes(dbFile);
        assertEquals(Planner.BAD_INPUT, planner("check", "--db", url, "--fy", "2024", "--out", dbFile.toString()));
        assertArrayEquals(data, Files.readAllBytes(dbFile));
    }

    @Test
    void anOutputThatIsAFolderIsRefusedInOneLineAndAFailedWriteLeavesNoFile() throws Exception {
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2024", "--plan", plan().toString(), "--format", "pdf",
                "--out", "/"));
        assertEquals(1, stderr().strip().lines().count(), stderr());
        assertFalse(stderr().contains("Exception"), stderr());

        Path report = dir.resolve("report.json");
        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", plan().toString(), "--format", "json", "--out",
                report.toString()), stderr());
        assertTrue(Files.readString(report).contains("\"carried-over\""));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }
}
