package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --document plan}: the year's initiatives in the plan file's columns, inert in a spreadsheet, read back the same. */
class PlanDocumentExportTest {
    private static final String PLAN = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,start_date,budget_jpy,status\n"
            + "F-1,2023,cg-chicago,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",-1 seminar,japan-event,climate-energy,IL,"
            + "@JETRO,2023-09-12,1500000,draft\n"
            + "F-2,2023,cg-denver,デンバーの催し,+plus,food-pr,climate-energy,CO,JETRO,2023-10-01,1000000,draft\n"
            + "F-3,2022,cg-chicago,前年度の催し,,food-pr,climate-energy,IL,JETRO,2022-10-01,1000000,done\n";

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();


    private int planner(String... args) {
        return run.planner(args);
    }

    private static List<Initiative> read(Path file) throws Exception {
        return Importers.forFile(file).read(file).initiatives();
    }

    @Test
    void aPlanExportedAsCsvOrExcelRunsNothingAndReadsBackTheSame() throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, PLAN, StandardCharsets.UTF_8);
        List<Initiative> year = read(plan).stream().filter(i -> i.getFiscalYear() == 2023).toList();

        Path csv = dir.resolve("fy2023.csv");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--plan", plan.toString(), "--document", "plan",
                "--format", "csv", "--out", csv.toString()), run.stderr());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""), text);
        assertTrue(text.contains("'-1 seminar") && text.contains("'@JETRO") && text.contains("'+plus"), text);
        assertEquals(year, read(csv), "the CSV reads back as the year's initiatives");

        Path xlsx = dir.resolve("fy2023.xlsx");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--plan", plan.toString(), "--document", "plan",
                "--format", "xlsx", "--out", xlsx.toString()), run.stderr());
        assertEquals(year, read(xlsx), "the workbook reads back as the year's initiatives");

        // one mission's part, from the database
        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, planner("import", "--plan", plan.toString(), "--db", url));
        Path denver = dir.resolve("denver.csv");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--mission", "cg-denver", "--db", url, "--document", "plan",
                "--format", "csv", "--out", denver.toString()), run.stderr());
        assertEquals(List.of("F-2"), read(denver).stream().map(Initiative::getId).toList());

        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--plan", plan.toString(), "--document", "plan",
                "--format", "pdf", "--out", dir.resolve("x.pdf").toString()));
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--plan", plan.toString(), "--document", "plan",
                "--format", "csv", "--out", plan.toString()));
        assertEquals(PLAN, Files.readString(plan, StandardCharsets.UTF_8), "the input is untouched");
    }
}
