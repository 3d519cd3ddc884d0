package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded database: the plan export's {@code version} column and the import that refuses a row older
 * than the database's (exit 2, the rows named, nothing stored); {@code db backup} and {@code db restore}.
 */
class PlanVersionAndBackupCommandsTest {
    static final String PLAN = "id,fiscal_year,mission,title_ja,kind,states,status,budget_jpy\n"
            + "V-1,2023,cg-chicago,シカゴの案件,japan-event,IL,draft,100\n"
            + "V-2,2023,cg-chicago,シカゴの案件２,japan-event,IL,draft,200\n"
            + "V-3,2023,cg-denver,デンバーの案件,food-pr,CO,draft,300\n";

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    static Map<String, Long> budgets(List<Initiative> plan) {
        return plan.stream().collect(java.util.stream.Collectors.toMap(Initiative::getId, Initiative::getBudgetJpy));
    }

    @Test
    void anExportedPlanCarriesVersionsAndAnOlderRowIsRefusedWhole() throws Exception {
        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, PLAN, StandardCharsets.UTF_8);
        assertEquals(0, run.planner("import", "--plan", plan.toString(), "--db", url), run.all());

        for (String format : List.of("csv", "xlsx")) {
            Path exported = dir.resolve("exported." + format);
            assertEquals(0, run.planner("export", "--fy", "2023", "--db", url, "--document", "plan", "--format", format,
                    "--out", exported.toString()), run.all());
            Map<String, Long> versions = Importers.forFile(exported).read(exported).versions();
            try (PlanStore store = PlanStore.open(url)) {
                assertEquals(store.versions(2023), versions, format);
            }
        }
        Path exported = dir.resolve("exported.csv");
        String header = Files.readString(exported, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",best_practice,version"), header);

        // another planner changes V-2 and V-3 after the export
        Path theirs = dir.resolve("theirs.csv");
        Files.writeString(theirs, PLAN.replace("draft,200", "draft,222").replace("draft,300", "draft,333"), StandardCharsets.UTF_8);
        assertEquals(0, run.planner("import", "--plan", theirs.toString(), "--db", url), run.all());

        // my edits on the exported file: V-1 and V-2 changed; V-2 and V-3 are older than the database's
        Path mine = dir.resolve("mine.csv");
        Files.writeString(mine, Files.readString(exported, StandardCharsets.UTF_8).replace(",100,", ",111,").replace(",200,", ",211,"),
                StandardCharsets.UTF_8);
        assertEquals(2, run.planner("import", "--plan", mine.toString(), "--db", url), run.all());
        String said = run.stderr();
        assertTrue(said.contains("nothing was stored") && said.contains("2 rows carry an older version"), said);
        assertTrue(said.contains(mine + ":3: V-2 has version 1, the database version 2"), said);
        assertTrue(said.contains(mine + ":4: V-3 has version 1, the database version 2"), said);
        assertFalse(said.contains("V-1 has"), said);
        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(Map.of("V-1", 100L, "V-2", 222L, "V-3", 333L), budgets(store.initiatives(2023)), "nothing stored");
        }

        // exported again, the same edits go in, each version raised
        assertEquals(0, run.planner("export", "--fy", "2023", "--db", url, "--document", "plan", "--format", "csv",
                "--out", exported.toString()), run.all());
        Files.writeString(mine, Files.readString(exported, StandardCharsets.UTF_8).replace(",100,", ",111,").replace(",222,", ",211,"),
                StandardCharsets.UTF_8);
        assertEquals(0, run.planner("import", "--plan", mine.toString(), "--db", url), run.all());
        assertTrue(run.stdout().contains("0 added, 2 updated, 1 unchanged"), run.all());
        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(Map.of("V-1", 111L, "V-2", 211L, "V-3", 333L), budgets(store.initiatives(2023)));
            assertEquals(Map.of("V-1", 2L, "V-2", 3L, "V-3", 2L), store.versions(2023));
        }

        // into a database that does not hold the rows (another one): added, whatever their version
        String other = PlanStore.embeddedUrl(dir.resolve("other"));
        assertEquals(0, run.planner("import", "--plan", mine.toString(), "--db", other), run.all());
        assertTrue(run.stdout().contains("3 added"), run.all());
        // a version that is not a whole number: the file is refused with its line and column
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, PLAN.replace("budget_jpy\n", "budget_jpy,version\n").replace(",100\n", ",100,x\n"), StandardCharsets.UTF_8);
        assertEquals(2, run.planner("import", "--plan", bad.toString(), "--db", url), run.all());
        assertTrue(run.stderr().contains(bad + ":2:9: version: version is not a whole number"), run.all());
    }

    @Test
    void theEmbeddedDatabaseIsBackedUpAndRestoredNeverOverAnInputOrData() throws Exception {
        Path folder = dir.resolve("db");
        String url = PlanStore.embeddedUrl(folder);
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, PLAN, StandardCharsets.UTF_8);
        assertEquals(0, run.planner("import", "--plan", plan.toString(), "--db", url), run.all());
        Path zip = dir.resolve("planner-backup.zip");
        assertEquals(0, run.planner("db", "backup", "--db", url, "--out", zip.toString()), run.all());
        assertTrue(run.stdout().contains("3 initiatives"), run.all());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("db", "plan.csv", "planner-backup.zip"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "nothing left aside");
        }
        // the output is never the database itself
        Path dbFile = folder.resolve("planner.mv.db");
        long size = Files.size(dbFile);
        assertEquals(2, run.planner("db", "backup", "--db", url, "--out", dbFile.toString()), run.all());
        assertTrue(run.stderr().contains("is an input of the command"), run.all());
        assertEquals(size, Files.size(dbFile));
        // a database that does not exist is not backed up (nor made)
        assertEquals(2, run.planner("db", "backup", "--db", PlanStore.embeddedUrl(dir.resolve("none")), "--out",
                dir.resolve("none.zip").toString()), run.all());
        assertFalse(Files.exists(dir.resolve("none.zip")) || Files.exists(dir.resolve("none")), run.all());

        String restored = PlanStore.embeddedUrl(dir.resolve("restored"));
        assertEquals(0, run.planner("db", "restore", "--db", restored, "--from", zip.toString()), run.all());
        assertTrue(run.stdout().contains("3 initiatives"), run.all());
        assertEquals(0, run.planner("history", "--id", "V-1", "--db", restored), run.all());
        // onto data: refused, the data kept
        assertEquals(2, run.planner("db", "restore", "--db", url, "--from", zip.toString()), run.all());
        assertTrue(run.stderr().contains("holds data"), run.all());
        assertEquals(2, run.planner("db", "restore", "--db", restored, "--from", dbFile.toString()), run.all());
        assertEquals(2, run.planner("db", "restore", "--db", PlanStore.embeddedUrl(dir.resolve("x")), "--from", dbFile.toString()),
                run.all());
        // the database's own file as the backup
        assertEquals(2, run.planner("db", "restore", "--db", url, "--from", dbFile.toString()), run.all());
        assertTrue(run.stderr().contains("the database's own file"), run.all());
        // a team's server: pg_dump
        assertEquals(2, run.planner("db", "backup", "--db", "jdbc:postgresql://127.0.0.1:1/planner", "--out",
                dir.resolve("pg.zip").toString()), run.all());
        assertTrue(run.stderr().contains("pg_dump"), run.all());
        assertEquals(2, run.planner("db", "restore", "--db", "jdbc:postgresql://127.0.0.1:1/planner", "--from", zip.toString()),
                run.all());
        assertTrue(run.stderr().contains("pg_restore"), run.all());
    }
}
