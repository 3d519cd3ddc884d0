package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * A check of a year of the database holds the years before it that the database holds, as a check of a plan file holds
 * the file's: the judgements that look back (last year's work repeated without results) give the same findings from
 * both, rather than saying from the database that last year was not held.
 */
class StoreHistoryCommandsTest {
    private static final String TWO_YEARS = "id,fiscal_year,mission,title_ja,kind,themes,states,partners,start_date,budget_jpy,status\n"
            + "H-2022-OPEN,2022,cg-chicago,昨年度の講演,japan-event,climate-energy,IL,Historic Society,2022-09-01,1000000,approved\n"
            + "H-2023-AGAIN,2023,cg-chicago,今年度の講演,japan-event,climate-energy,IL,Historic Society,2023-09-01,1000000,draft\n";

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    private List<String> findings() {
        return NextYearAndInputsTest.findings(JsonParser.parseString(run.stdout()).getAsJsonObject());
    }

    @Test
    void aCheckOfTheDatabaseSeesLastYearAsACheckOfTheFileDoes() throws Exception {
        Path plan = dir.resolve("two-years.csv");
        Files.writeString(plan, TWO_YEARS, StandardCharsets.UTF_8);
        int fromFileStatus = run.planner("check", "--plan", plan.toString(), "--fy", "2023", "--format", "json");
        List<String> fromFile = findings();
        assertTrue(fromFile.contains("REPEAT-WITHOUT-RESULTS:H-2023-AGAIN"), fromFile.toString());

        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, run.planner("import", "--plan", plan.toString(), "--db", url), run.stderr());
        assertEquals(fromFileStatus, run.planner("check", "--db", url, "--fy", "2023", "--format", "json"), run.stderr());
        List<String> fromDb = findings();
        assertEquals(fromFile, fromDb);
        assertFalse(fromDb.contains("HISTORY-NOT-EVALUATED-LAST-YEAR:"), fromDb.toString());

        assertEquals(fromFileStatus, run.planner("check", "--db", url, "--fy", "2023"), run.stderr());
        assertTrue(run.stdout().contains("FY2023, 1 initiatives"), "only the year's own are checked: " + run.stdout());
        assertTrue(run.stdout().contains("of last year's H-2022-OPEN, which have no results recorded"), run.stdout());
    }
}
