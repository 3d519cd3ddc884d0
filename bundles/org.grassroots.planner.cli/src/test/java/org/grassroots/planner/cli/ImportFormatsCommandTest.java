package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./planner import|check} with the files planners really have: CSV as Excel writes it (CP932
 * with CRLF, UTF-8 with BOM), {@code --encoding}, workbooks, reference files; bad input exits 2
 * with file:line:column and stores nothing.
 */
class ImportFormatsCommandTest {
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String HEADER = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,format,"
            + "start_date,end_date,budget_jpy,status";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String db;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        db = PlanStore.embeddedUrl(dir.resolve("db"));
    }

    private int planner(String... args) {
        out.reset();
        err.reset();
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Two rows as Excel on Japanese Windows saves "CSV": CP932, CRLF, ① only CP932 has. */
    private static String excelRows() {
        return HEADER + "\r\n"
                + "X-1,令和5年度,cg-chicago,草の根キャラバン①,,other,dgc-agriculture,ND,,in-person,2023/9/12,2023/9/14,\"1,500,000\",draft\r\n"
                + "X-2,2023,co-portland,高齢社会ウェビナー,,info-dissemination,dgc-depopulation-aging,OR,,online,,,,proposed\r\n";
    }

    private List<Initiative> stored() {
        try (PlanStore store = PlanStore.open(db)) {
            return store.initiatives(2023);
        }
    }

    @Test
    void importsShiftJisAsExcelSavesItAndCountsWhatChanged() throws Exception {
        Path file = write("excel-sjis.csv", excelRows().getBytes(CP932));
        assertEquals(Planner.OK, planner("import", "--plan", file.toString(), "--db", db));
        assertTrue(stdout().contains("2 added, 0 updated, 0 unchanged"), stdout());
        assertEquals("草の根キャラバン①", stored().get(0).getTitleJa());
        Path changed = write("excel-sjis-2.csv", excelRows().replace("高齢社会ウェビナー", "高齢社会ウェビナー（第2回）")
                .getBytes(CP932));
        assertEquals(Planner.OK, planner("import", "--plan", changed.toString(), "--db", db, "--encoding", "Shift_JIS"));
        assertTrue(stdout().contains("0 added, 1 updated, 1 unchanged"), stdout());
    }

    @Test
    void importsUtf8WithBomAsExcelSavesIt() throws Exception {
        Path file = write("excel-utf8.csv", ("\uFEFF" + excelRows()).getBytes(StandardCharsets.UTF_8));
        assertEquals(Planner.OK, planner("import", "--plan", file.toString(), "--db", db, "--encoding", "UTF-8"));
        assertEquals("X-1", stored().get(0).getId());
    }

    @Test
    void theEncodingGivenOverridesTheDetection() throws Exception {
        Path latin1 = write("latin1.csv", (HEADER + "\nL-1,2023,cg-miami,café,,food-pr,,FL,,,,,,draft\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Planner.BAD_INPUT, planner("import", "--plan", latin1.toString(), "--db", db));
        assertTrue(stderr().contains(latin1 + ":2:22: the file is neither UTF-8 nor Shift_JIS"), stderr());
        assertEquals(List.of(), stored());
        assertEquals(Planner.OK, planner("import", "--plan", latin1.toString(), "--db", db, "--encoding", "ISO-8859-1"));
        assertEquals("café", stored().get(0).getTitleJa());
    }

    @Test
    void aWrongEncodingIsRefusedWithLineAndColumnAndStoresNothing() throws Exception {
        Path file = write("sjis.csv", excelRows().getBytes(CP932));
        assertEquals(Planner.BAD_INPUT, planner("import", "--plan", file.toString(), "--db", db, "--encoding", "UTF-8"));
        assertTrue(stderr().contains(file + ":2:"), stderr());
        assertTrue(stderr().contains("not valid UTF-8 text"), stderr());
        assertEquals(List.of(), stored());
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", file.toString(), "--encoding", "UTF-8"));
        assertTrue(stderr().contains(file + ":2:"), stderr());
    }

    @Test
    void anUnknownEncodingIsAUsageError() throws Exception {
        Path file = write("p.csv", excelRows().getBytes(CP932));
        assertEquals(Planner.BAD_INPUT, planner("import", "--plan", file.toString(), "--db", db, "--encoding", "EBCDIC-42"));
        assertTrue(stderr().contains("unknown encoding: EBCDIC-42"), stderr());
    }

    @Test
    void aBadRowRejectsTheWholeFileAndTheStoreKeepsWhatItHad() throws Exception {
        Path good = write("good.csv", excelRows().getBytes(CP932));
        assertEquals(Planner.OK, planner("import", "--plan", good.toString(), "--db", db));
        List<Initiative> before = stored();
        Path bad = write("bad.csv", (excelRows().replace("X-2,2023", "X-2,20x3") + "X-3,2023,cg-mars,題,,other,,ND,,,,,,draft\r\n")
                .getBytes(CP932));
        assertEquals(Planner.BAD_INPUT, planner("import", "--plan", bad.toString(), "--db", db));
        assertTrue(stderr().contains(bad + ":3:2: fiscal_year: fiscal_year is not a whole number: \"20x3\""), stderr());
        assertTrue(stderr().contains(bad + ":4:3: mission:"), stderr());
        assertEquals(before, stored());
    }

    @Test
    void importsAWorkbookAndReimportingItChangesNothing() throws Exception {
        Path sample = dir.resolve("sample.csv");
        try (InputStream in = ReferenceData.openSample("sample-fy2023-plan.csv")) {
            Files.copy(in, sample);
        }
        Path workbook = dir.resolve("plan.xlsx");
        Exporters.forFile(workbook).write(Importers.forFile(sample).read(sample).initiatives(), workbook);
        assertEquals(Planner.OK, planner("import", "--plan", workbook.toString(), "--db", db));
        assertTrue(stdout().contains("100 added, 0 updated, 0 unchanged"), stdout());
        assertEquals(Planner.OK, planner("import", "--plan", sample.toString(), "--db", db));
        assertTrue(stdout().contains("0 added, 0 updated, 100 unchanged"), stdout());
        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", workbook.toString(), "--format", "json"));
    }

    @Test
    void aBrokenReferenceFileExitsTwoWithLineAndColumn() throws Exception {
        Path plan = write("one.csv", excelRows().getBytes(CP932));
        Path reference = Files.writeString(dir.resolve("ref.json"), "{\n  \"fiscal_year\": 2023,\n  \"budget_cap_jpy\": 1e3,\n"
                + "  \"mission_share_max\": 0.25, \"priority_themes\": [], \"priority_states\": [\"CA\", \"Q\"]\n}\n");
        Path report = dir.resolve("report.json");
        assertEquals(Planner.BAD_INPUT, planner("check", "--plan", plan.toString(), "--reference", reference.toString(),
                "--out", report.toString()));
        assertTrue(stderr().contains(reference + ":4:79: priority_states: unknown state code \"Q\""), stderr());
        assertTrue(!Files.exists(report));
    }

    @Test
    void aGoodReferenceFileIsUsed() throws Exception {
        Path plan = write("one.csv", excelRows().getBytes(CP932));
        Path reference = Files.writeString(dir.resolve("ref.json"), "{\"fiscal_year\": 2023, \"budget_cap_jpy\": 1000,"
                + " \"mission_share_max\": 0.25, \"priority_themes\": [\"digital\"], \"priority_states\": [\"ND\"]}");
        assertEquals(Planner.ERROR_FINDINGS, planner("check", "--plan", plan.toString(), "--reference", reference.toString(),
                "--format", "json"));
        assertTrue(stdout().contains("BUDGET-OVER-CAP"), stdout());
    }
}
