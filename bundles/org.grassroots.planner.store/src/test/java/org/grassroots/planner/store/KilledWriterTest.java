package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.grassroots.planner.model.Initiative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner's machine dies in the middle of a large import: a child JVM writing 100,000 initiatives
 * is killed with SIGKILL; the database opens again as it was before the import.
 */
class KilledWriterTest {

    @TempDir
    Path dir;

    @Test
    void aWriteKilledMidwayLeavesTheDatabaseAsItWas() throws Exception {
        String url = PlanStore.embeddedUrl(dir);
        List<Initiative> before = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            before.add(StoreWriter.initiative("BEFORE-" + n));
        }
        try (PlanStore store = PlanStore.open(url)) {
            store.save(before);
        }

        Process child = new ProcessBuilder(javaExecutable(), "-cp", childClassPath(), StoreWriter.class.getName(), url,
                "100000").redirectErrorStream(true).start();
        boolean midway = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("progress " + 2 * PlanStore.PROGRESS_STEP)) {
                    midway = true;
                    child.destroyForcibly(); // SIGKILL on Linux
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(midway, "the child reported progress before it was killed");
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(before, store.initiatives(2023));
            assertTrue(store.history("GEN-000001").isEmpty());
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child runs this bundle's classes on a plain class path: model, store (with its db/ scripts), H2. */
    private static String childClassPath() throws Exception {
        String h2 = Path.of(org.h2.tools.Server.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        return String.join(File.pathSeparator, "target/classes", "target/test-classes", ".",
                "../org.grassroots.planner.model/target/classes", h2);
    }
}
