package org.grassroots.planner.importer.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;

/**
 * The good files the fuzz test mutates: the shipped sample plans and reference files, small
 * generated plans written by the CSV and XLSX exporters, a state-figures table, and small plans as
 * tables of cells for the inputs aimed at the input limits ({@link LimitInputs}).
 */
final class FuzzSeeds {
    /** The index in {@link #planCsv} of the 100-row sample plan; the others are a few rows each. */
    static final int LARGE_PLAN = 2;
    static final int[] SMALL_PLANS = { 0, 1, 3, 4 };
    final List<String> planCsv = new ArrayList<>();
    final List<String> stateCsv = new ArrayList<>();
    final List<String> referenceJson = new ArrayList<>();
    /** Workbooks as their zip entries, in order. */
    final List<Map<String, byte[]>> planXlsx = new ArrayList<>();
    /** Small good plans as tables of cells (header first), for the inputs aimed at the input limits. */
    final List<List<List<String>>> planTables = new ArrayList<>();

    FuzzSeeds(Path dir) throws Exception {
        for (String sample : List.of("one-row.csv", "sample-fy2021-best-practices.csv", "sample-fy2023-plan.csv")) {
            try (InputStream in = ReferenceData.openSample(sample)) {
                planCsv.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<Initiative> generated = PlanGenerator.generate(12, 7, 2023);
        Path csv = dir.resolve("seed.csv");
        Exporters.forFile(csv).write(generated, csv);
        planCsv.add(Files.readString(csv, StandardCharsets.UTF_8));
        planCsv.add("令和5年度 案件計画,,,\r\n\r\n" + planCsv.get(0).replace("\n", "\r\n"));
        for (int year : new int[] { 2022, 2023 }) {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/data/reference-fy" + year + ".json")) {
                referenceJson.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        referenceJson.add("{\"fiscal_year\": 2024, \"budget_cap_jpy\": 200000000, \"mission_share_max\": 0.3,\n"
                + " \"priority_themes\": [\"digital\", \"covid-19\"], \"priority_states\": [\"ND\", \"CA\"],\n"
                + " \"missions\": [{\"code\": \"cg-chicago\", \"states\": [\"IL\", \"ND\"]}]}\n");
        stateCsv.add("state,year,japanese_employment,establishments,source\r\n"
                + "CA,2019,\"124,700\",,BEA 2019\r\nTX,2019,75100,,BEA 2019\r\nGU,2020,,113,MOFA 2020\r\nWY,2019,(D),,BEA\r\n");
        for (int small : new int[] { 0, 1 }) {
            Path file = dir.resolve("small.csv");
            Files.writeString(file, planCsv.get(small));
            planTables.add(LimitInputs.table(Importers.forFile(file).read(file).initiatives()));
        }
        planTables.add(LimitInputs.table(generated));
        Path one = dir.resolve("one.csv");
        Files.writeString(one, planCsv.get(0));
        for (List<Initiative> plan : List.of(Importers.forFile(one).read(one).initiatives(), generated)) {
            Path xlsx = dir.resolve("seed.xlsx");
            Exporters.forFile(xlsx).write(plan, xlsx);
            planXlsx.add(entries(xlsx));
        }
    }

    /** @return the entries of the zip file, read through its central directory, in order */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
