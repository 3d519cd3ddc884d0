package org.grassroots.planner.importer.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPlanExporterTest {
    @TempDir
    Path dir;

    private List<Initiative> sample(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ReferenceData.openSample(name)) {
            Files.copy(in, file);
        }
        return new CsvPlanImporter().read(file).initiatives();
    }

    private List<Initiative> roundTrip(List<Initiative> plan) throws Exception {
        Path file = dir.resolve("export.csv");
        new CsvPlanExporter().write(plan, file);
        return new CsvPlanImporter().read(file).initiatives();
    }

    @Test
    void theShippedSamplePlansComeBackTheSame() throws Exception {
        for (String name : List.of("sample-fy2023-plan.csv", "sample-fy2021-best-practices.csv", "one-row.csv")) {
            List<Initiative> plan = sample(name);
            assertTrue(!plan.isEmpty(), name);
            assertEquals(plan, roundTrip(plan), name);
        }
    }

    @Test
    void generatedPlansComeBackTheSame() throws Exception {
        for (long seed : new long[] { 1, 2, 3 }) {
            List<Initiative> plan = PlanGenerator.generate(3_000, seed, 2023);
            assertEquals(plan, roundTrip(plan), "seed " + seed);
        }
    }

    @Test
    void titlesWithQuotesCommasAndTabsComeBackTheSame() throws Exception {
        Initiative tricky = sample("one-row.csv").get(0).toBuilder().titleJa("「草の根」, \"キャラバン\"\t第2回")
                .titleEn("Caravan, \"ND\" 'second'").build();
        assertEquals(List.of(tricky), roundTrip(List.of(tricky)));
    }

    @Test
    void writesUtf8WithBomAndCrlfAndTheContractsHeaderAsExcelWantsIt() throws Exception {
        Path file = dir.resolve("excel.csv");
        new CsvPlanExporter().write(sample("one-row.csv"), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", PlanRows.COLUMNS) + "\r\n"), text);
        assertTrue(text.contains("ONE-001,2023,cg-chicago,草の根キャラバン（ノースダコタ州）"), text);
    }

    @Test
    void replacingAFileLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, "old");
        new CsvPlanExporter().write(sample("one-row.csv"), file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("one-row.csv", "plan.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(file).contains("ONE-001"));
    }

    @Test
    void isRegisteredAsAnExporterService() {
        assertInstanceOf(CsvPlanExporter.class, Exporters.forFile(Path.of("out.CSV")));
    }
}
