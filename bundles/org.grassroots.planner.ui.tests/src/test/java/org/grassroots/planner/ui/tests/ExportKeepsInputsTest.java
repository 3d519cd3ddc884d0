package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export plan never replaces a plan file imported in the session; another file it writes. */
class ExportKeepsInputsTest {

    @TempDir
    Path dir;

    @Test
    void exportingOntoTheImportedPlanFileIsRefusedAndLeavesItAsItWas() throws Exception {
        Workbench.importSample(dir, "one-row.csv");
        Path imported = dir.resolve("one-row.csv");
        byte[] before = Files.readAllBytes(imported);
        Workbench.session().exportPlan(dir.resolve(".").resolve("one-row.csv")).join();
        Workbench.settle();
        assertArrayEquals(before, Files.readAllBytes(imported));
        String problem = String.valueOf(Workbench.session().snapshot().problem());
        assertTrue(problem.contains("imported in this session"), problem);

        Path other = dir.resolve("copy.csv");
        Workbench.session().exportPlan(other).join();
        assertTrue(Files.readString(other).contains("ONE-001"), "another file is written");
    }
}
