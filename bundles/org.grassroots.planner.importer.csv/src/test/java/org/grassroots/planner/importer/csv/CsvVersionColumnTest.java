package org.grassroots.planner.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan file's optional {@code version} column in CSV: written after the contract's columns, read back, checked. */
class CsvVersionColumnTest {
    private static final String HEADER = "id,fiscal_year,mission,title_ja,kind,states,status";
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void versionsAreWrittenAfterTheContractsColumnsAndReadBack() throws Exception {
        List<Initiative> plan = PlanGenerator.generate(20, 7, 2023);
        Map<String, Long> versions = Map.of(plan.get(0).getId(), 3L, plan.get(5).getId(), 12_345L);
        Path file = dir.resolve("versioned.csv");
        new CsvPlanExporter().write(plan, versions, file);
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith(String.join(",", PlanRows.COLUMNS) + ",version\r\n"), text);
        assertTrue(text.lines().skip(1).allMatch(l -> l.endsWith(",3") || l.endsWith(",12345") || l.endsWith(",")), text);
        ImportedPlan read = new CsvPlanImporter().read(file);
        assertEquals(plan, read.initiatives());
        assertEquals(versions, read.versions());
    }

    @Test
    void withoutVersionsTheFileHasTheContractsColumnsOnly() throws Exception {
        List<Initiative> plan = PlanGenerator.generate(3, 7, 2023);
        Path file = dir.resolve("plain.csv");
        new CsvPlanExporter().write(plan, file);
        assertFalse(Files.readString(file).contains("version"));
        assertEquals(Map.of(), new CsvPlanImporter().read(file).versions());
    }

    @Test
    void theColumnIsOptionalAndMayStandAnywhere() throws Exception {
        Path file = write("anywhere.csv", "Version," + HEADER + "\n"
                + "7,I-1,2023,cg-chicago,題,food-pr,IL,draft\n"
                + ",I-2,2023,cg-chicago,題,food-pr,IL,draft\n"
                + "\" 2.0 \",I-3,2023,cg-chicago,題,food-pr,IL,draft\n");
        ImportedPlan read = new CsvPlanImporter().read(file);
        assertEquals(Map.of("I-1", 7L, "I-3", 2L), read.versions());
        assertEquals(3, read.initiatives().size());
    }

    @Test
    void aVersionThatIsNoWholeNumberFromOneIsAProblemWithLineAndColumn() throws Exception {
        Path file = write("bad.csv", HEADER + ",version\n"
                + "I-1,2023,cg-chicago,題,food-pr,IL,draft,two\n"
                + "I-2,2023,cg-chicago,題,food-pr,IL,draft,0\n"
                + "I-3,2023,cg-chicago,題,food-pr,IL,draft,-4\n"
                + "I-4,2023,cg-chicago,題,food-pr,IL,draft,1.5\n"
                + "I-5,2023,cg-chicago,題,food-pr,IL,draft,99999999999999999999\n"
                + "I-6,2023,cg-chicago,題,food-pr,IL,draft,4\n");
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(file));
        assertEquals(List.of("2:8:version", "3:8:version", "4:8:version", "5:8:version", "6:8:version"),
                e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList());
        assertTrue(e.getProblems().get(0).toString().startsWith(file + ":2:8: version: version is not a whole number"),
                e.getProblems().get(0).toString());
        assertTrue(e.getProblems().get(1).message().contains("from 1"), e.getProblems().get(1).message());
    }

    @Test
    void aVersionColumnGivenTwiceIsRefused() throws Exception {
        Path file = write("twice.csv", HEADER + ",version,VERSION\nI-1,2023,cg-chicago,題,food-pr,IL,draft,1,2\n");
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(file));
        assertEquals("1:9:VERSION", e.getProblems().get(0).line() + ":" + e.getProblems().get(0).column() + ":"
                + e.getProblems().get(0).columnName());
    }
}
