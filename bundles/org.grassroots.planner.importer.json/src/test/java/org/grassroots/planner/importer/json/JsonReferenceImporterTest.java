package org.grassroots.planner.importer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReferenceImporterTest {
    @TempDir
    Path dir;
    private Locale saved;
    private final JsonReferenceImporter importer = new JsonReferenceImporter();

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private List<String> where(ImportException e) {
        return e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList();
    }

    @Test
    void readsTheShippedReferenceFile() throws Exception {
        Path file = dir.resolve("reference-fy2023.json");
        try (InputStream in = ReferenceData.class.getResourceAsStream("/data/reference-fy2023.json")) {
            Files.copy(in, file);
        }
        FiscalYearReference ref = importer.read(file);
        assertEquals(2023, ref.getFiscalYear());
        assertEquals(220_000_000L, ref.getBudgetCapJpy());
        assertEquals(0.25, ref.getMissionShareMax());
        assertEquals(Set.of("CA", "TX", "OH", "IL", "IN"), ref.getPriorityStates());
        assertTrue(ref.getPriorityThemes().contains("dgc-agriculture"));
    }

    @Test
    void missionsGivenInTheFileReplaceTheShippedJurisdictions() throws Exception {
        Path file = write("ref.json", "\uFEFF{\"fiscal_year\": 2024, \"budget_cap_jpy\": 200000000, \"mission_share_max\": 0.3,\n"
                + " \"priority_themes\": [\"digital\"], \"priority_states\": [\"ND\"],\n"
                + " \"missions\": [{\"code\": \"cg-chicago\", \"states\": [\"IL\", \"ND\"]}]}\n");
        FiscalYearReference ref = importer.read(file);
        assertEquals(List.of("IL", "ND"), ref.mission("cg-chicago").getStates());
        assertEquals(ReferenceData.shipped().mission("cg-miami").getStates(), ref.mission("cg-miami").getStates());
    }

    @Test
    void theLeastShareReachingPriorityRegionsIsOptionalFromZeroToOne() throws Exception {
        String head = "{\"fiscal_year\": 2024, \"budget_cap_jpy\": 200000000, \"mission_share_max\": 0.3,\n"
                + " \"priority_themes\": [\"digital\"], \"priority_states\": [\"ND\"]";
        assertEquals(0.5, importer.read(write("default.json", head + "}")).getPriorityShareMin());
        assertEquals(0.0, importer.read(write("zero.json", head + ", \"priority_share_min\": 0}")).getPriorityShareMin());
        assertEquals(0.75, importer.read(write("set.json", head + ",\n \"priority_share_min\": 0.75}")).getPriorityShareMin());
        for (String bad : List.of("1.5", "-0.1", "\"half\"")) {
            ImportException e = assertThrows(ImportException.class,
                    () -> importer.read(write("bad.json", head + ",\n \"priority_share_min\": " + bad + "}")), bad);
            assertEquals(List.of("3:24:priority_share_min"), where(e), bad);
            assertEquals("priority_share_min must be a number from 0 to 1, not " + bad, e.getProblems().get(0).message());
        }
    }

    @Test
    void theJudgementsThresholdsAreOptionalKeysWithDefaults() throws Exception {
        String head = "{\"fiscal_year\": 2024, \"budget_cap_jpy\": 200000000, \"mission_share_max\": 0.3,\n"
                + " \"priority_themes\": [\"digital\"], \"priority_states\": [\"ND\"]";
        org.grassroots.planner.model.FiscalYearReference plain = importer.read(write("default.json", head + "}"));
        assertEquals(3.0, plain.getCostMedianFactor());
        assertEquals(0.4, plain.getLastQuarterShareMax());
        assertEquals(0.2, plain.getFormatShareMin());
        assertTrue(plain.getThresholds().isEmpty());
        org.grassroots.planner.model.FiscalYearReference set = importer.read(write("set.json", head
                + ",\n \"cost_median_factor\": 5, \"last_quarter_share_max\": 0.25, \"format_share_min\": 0.1}"));
        assertEquals(5.0, set.getCostMedianFactor());
        assertEquals(0.25, set.getLastQuarterShareMax());
        assertEquals(0.1, set.getFormatShareMin());
        assertEquals(5.0, set.forYear(2025).getCostMedianFactor(), "carried over with the reference");
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read(write("bad.json", head + ",\n \"last_quarter_share_max\": 1.5}")));
        assertEquals(List.of("3:28:last_quarter_share_max"), where(e));
        e = assertThrows(ImportException.class, () -> importer.read(write("bad2.json", head + ",\n \"cost_median_factor\": -1}")));
        assertEquals("cost_median_factor must be a number of at least 0, not -1", e.getProblems().get(0).message());
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path file = write("broken.json", "{\n  \"fiscal_year\": 2023,\n  \"budget_cap_jpy\" 220000000\n}\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file));
        assertEquals(1, e.getProblems().size());
        ImportProblem p = e.getProblems().get(0);
        assertEquals(file.toString(), p.file());
        assertEquals(3, p.line());
        assertEquals(21, p.column());
        assertTrue(p.message().startsWith("not valid JSON: "), p.message());
        assertTrue(!p.message().contains("Troubleshooting"), p.message());
    }

    @Test
    void commentsTrailingCommasAndSingleQuotesAreNotJson() throws Exception {
        for (String text : List.of("{'fiscal_year': 2023}", "{\"a\": 1,}", "// c\n{}", "{} {}", "")) {
            Path file = write("lenient.json", text);
            ImportException e = assertThrows(ImportException.class, () -> importer.read(file), text);
            assertTrue(e.getProblems().get(0).message().startsWith("not valid JSON"), text + ": " + e.getMessage());
        }
    }

    @Test
    void contractProblemsPointAtTheValue() throws Exception {
        String json = String.join("\n",
                "{",
                "  \"fiscal_year\": \"2023\",",
                "  \"mission_share_max\": 1.5,",
                "  \"priority_themes\": [\"digital\", 7],",
                "  \"priority_states\": [\"CA\", \"XX\"],",
                "  \"missions\": [{\"code\": \"cg-chicago\", \"states\": [\"ZZ\"]}, 3],",
                "  \"fiscal_year\": 2023",
                "}");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(write("bad.json", json)));
        assertEquals(List.of("7:16:fiscal_year", "2:18:fiscal_year", "1:1:budget_cap_jpy", "3:24:mission_share_max",
                "4:34:priority_themes", "5:29:priority_states", "6:50:states", "6:58:missions"), where(e));
        assertEquals("priority_states: unknown state code \"XX\"", e.getProblems().get(5).toString()
                .substring(e.getProblems().get(5).toString().indexOf("priority_states:")));
        assertEquals("the key \"budget_cap_jpy\" is required", e.getProblems().get(2).message());
    }

    @Test
    void problemsSpeakJapaneseToJapaneseUsers() throws Exception {
        Locale.setDefault(Locale.JAPANESE);
        Path file = write("ja.json", "{\"fiscal_year\": 2023, \"budget_cap_jpy\": -1, \"mission_share_max\": 0.25,"
                + " \"priority_themes\": [], \"priority_states\": []}");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file));
        assertEquals("budget_cap_jpy は 0〜9223372036854775807 の整数でなければなりません (-1 は不可)",
                e.getProblems().get(0).message());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPlace() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\n \"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file));
        assertEquals("2:11:null", where(e).get(0));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        ImportException e = assertThrows(ImportException.class, () -> importer.read(huge));
        assertTrue(e.getProblems().get(0).message().startsWith("the file is 1,024 MB"), e.getMessage());
    }

    @Test
    void isRegisteredAsTheReferenceImporterService() {
        assertInstanceOf(JsonReferenceImporter.class, Importers.referenceImporter());
    }
}
