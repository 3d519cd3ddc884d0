package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's backup (H2's BACKUP TO) and its restore, which never overwrites a database holding data. */
class EmbeddedBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoresTheWholeDatabaseIntoANewOrEmptyOne() throws Exception {
        String url = PlanStore.embeddedUrl(dir.resolve("mine"));
        try (PlanStore store = PlanStore.open(url)) {
            store.save(List.of(PostgresTeamTest.initiative("B-1", "cg-chicago", 1), PostgresTeamTest.initiative("B-2", "cg-denver", 2)));
            store.save(List.of(PostgresTeamTest.initiative("B-1", "cg-chicago", 10)));
        }
        Path zip = dir.resolve("backup.zip");
        assertEquals(2, EmbeddedBackup.backup(DatabaseLogin.of(url), zip));
        assertTrue(Files.size(zip) > 0);

        String fresh = PlanStore.embeddedUrl(dir.resolve("new-folder").resolve("deeper"));
        assertEquals(2, EmbeddedBackup.restore(DatabaseLogin.of(fresh), zip));
        String empty = PlanStore.embeddedUrl(dir.resolve("empty"));
        PlanStore.open(empty).close(); // made, migrated, nothing in it
        assertEquals(2, EmbeddedBackup.restore(DatabaseLogin.of(empty), zip));
        for (String restored : List.of(fresh, empty)) {
            try (PlanStore store = PlanStore.open(restored)) {
                assertEquals(Map.of("B-1", 2L, "B-2", 1L), store.versions(2023));
                assertEquals(List.of("insert", "update"), store.history("B-1").stream().map(HistoryEntry::action).toList());
                assertEquals(10L, store.initiatives(2023).get(0).getBudgetJpy());
            }
        }
        try (var files = Files.list(dir.resolve("empty"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".restore")), "nothing left aside");
        }
    }

    @Test
    void aRestoreNeverOverwritesADatabaseThatHoldsData() throws Exception {
        String url = PlanStore.embeddedUrl(dir.resolve("mine"));
        try (PlanStore store = PlanStore.open(url)) {
            store.save(List.of(PostgresTeamTest.initiative("B-1", "cg-chicago", 1)));
        }
        Path zip = dir.resolve("backup.zip");
        EmbeddedBackup.backup(DatabaseLogin.of(url), zip);
        String other = PlanStore.embeddedUrl(dir.resolve("other"));
        try (PlanStore store = PlanStore.open(other)) {
            store.save(List.of(PostgresTeamTest.initiative("O-1", "cg-denver", 1), PostgresTeamTest.initiative("O-2", "cg-denver", 1)));
        }
        StoreException e = assertThrows(StoreException.class, () -> EmbeddedBackup.restore(DatabaseLogin.of(other), zip));
        assertTrue(e.getMessage().contains("holds data"), e.getMessage());
        try (PlanStore store = PlanStore.open(other)) {
            assertEquals(List.of("O-1", "O-2"), store.initiatives(2023).stream().map(i -> i.getId()).toList());
        }
    }

    @Test
    void aFileThatIsNoBackupAndAServerAreRefused() throws Exception {
        Path notZip = dir.resolve("plan.csv");
        Files.writeString(notZip, "id,fiscal_year\n");
        String target = PlanStore.embeddedUrl(dir.resolve("target"));
        StoreException e = assertThrows(StoreException.class, () -> EmbeddedBackup.restore(DatabaseLogin.of(target), notZip));
        assertTrue(e.getMessage().contains("not a backup"), e.getMessage());
        assertTrue(!Files.exists(EmbeddedBackup.databaseFile(target)), "nothing was made");
        Path emptyZip = dir.resolve("empty.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(emptyZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        e = assertThrows(StoreException.class, () -> EmbeddedBackup.restore(DatabaseLogin.of(target), emptyZip));
        assertTrue(e.getMessage().contains("no database file"), e.getMessage());
        e = assertThrows(StoreException.class,
                () -> EmbeddedBackup.backup(DatabaseLogin.of("jdbc:postgresql://127.0.0.1:1/planner"), dir.resolve("x.zip")));
        assertTrue(e.getMessage().contains("pg_dump"), e.getMessage());
        e = assertThrows(StoreException.class,
                () -> EmbeddedBackup.restore(DatabaseLogin.of("jdbc:postgresql://127.0.0.1:1/planner"), dir.resolve("x.zip")));
        assertTrue(e.getMessage().contains("pg_restore"), e.getMessage());
        e = assertThrows(StoreException.class,
                () -> EmbeddedBackup.backup(DatabaseLogin.of(PlanStore.embeddedUrl(dir.resolve("nobody"))), dir.resolve("y.zip")));
        assertTrue(!Files.exists(dir.resolve("nobody").resolve("planner.mv.db")), "a backup makes no database");
    }
}
