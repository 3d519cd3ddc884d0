package org.grassroots.planner.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPlanImporterTest {
    private static final String HEADER = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,format,"
            + "start_date,end_date,budget_jpy,status";

    @TempDir
    Path dir;
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void readsUtf8WithBomAndCrlfAsExcelWritesIt() throws Exception {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "I-1,2023,cg-chicago,草の根キャラバン,\"Caravan, ND\",other,climate-energy;dgc-agriculture,ND,,in-person,"
                + "2023-09-01,2023-09-03,1500000,draft\r\n";
        List<Initiative> plan = new CsvPlanImporter().read(write("plan.csv", csv.getBytes(StandardCharsets.UTF_8))).initiatives();
        assertEquals(1, plan.size());
        Initiative i = plan.get(0);
        assertEquals("I-1", i.getId());
        assertEquals("Caravan, ND", i.getTitleEn());
        assertEquals(List.of("climate-energy", "dgc-agriculture"), i.getThemes());
        assertEquals(List.of(), i.getPartners());
        assertEquals(LocalDate.of(2023, 9, 3), i.getEndDate());
        assertEquals(1_500_000L, i.getBudgetJpy());
        assertEquals(Status.DRAFT, i.getStatus());
    }

    @Test
    void readsShiftJisAsExcelOnJapaneseWindowsSavesIt() throws Exception {
        String csv = HEADER + "\r\nI-2,2023,co-portland,高齢化社会ウェビナー,,info-dissemination,dgc-depopulation-aging,OR,"
                + "東京大学高齢社会総合研究機構,online,,,,proposed\r\n";
        List<Initiative> plan = new CsvPlanImporter().read(write("sjis.csv", csv.getBytes(CsvPlanImporter.CP932))).initiatives();
        assertEquals("高齢化社会ウェビナー", plan.get(0).getTitleJa());
        assertEquals(List.of("東京大学高齢社会総合研究機構"), plan.get(0).getPartners());
        assertNull(plan.get(0).getBudgetJpy());
    }

    @Test
    void remembersTheLineOfEachInitiativeEvenAfterAQuotedLineBreak() throws Exception {
        String csv = HEADER + "\nI-1,2023,cg-miami,題,\"quoted, \"\"once\"\"\",food-pr,,FL,,,,,,draft\n\nI-2,2023,cg-miami,題,,food-pr,,FL,,,,,,draft\n";
        ImportedPlan plan = new CsvPlanImporter().read(write("lines.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, plan.lineOfId().get("I-1"));
        assertEquals(4, plan.lineOfId().get("I-2"));
        assertEquals("quoted, \"once\"", plan.initiatives().get(0).getTitleEn());
        // a line break inside a quoted cell is a control character the contract refuses; the rows
        // after it still say their own line
        String broken = HEADER + "\nI-1,2023,cg-miami,\"二行の\n題名\",,food-pr,,FL,,,,,,draft\n\nI-2,2023,cg-nowhere,題,,food-pr,,FL,,,,,,draft\n";
        Path file = write("broken.csv", broken.getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(file));
        assertEquals(List.of("2:4:title_ja", "5:3:mission"),
                e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList());
    }

    @Test
    void columnsMayComeInAnyOrder() throws Exception {
        String csv = "status,states,kind,title_ja,mission,fiscal_year,id\ndraft,TX,food-pr,日本食PR,cg-houston,2023,I-3\n";
        List<Initiative> plan = new CsvPlanImporter().read(write("order.csv", csv.getBytes(StandardCharsets.UTF_8))).initiatives();
        assertEquals("cg-houston", plan.get(0).getMission());
    }

    @Test
    void everyProblemIsReportedWithLineAndColumnAndNothingIsReturned() throws Exception {
        String csv = HEADER + "\n"
                + "I-1,2023,cg-nowhere,題,,other,,ND,,,2023-13-01,,12x,draft\n"
                + "I-1,2023,cg-chicago,,,party,,,,,,,,draft\n";
        Path file = write("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(file));
        List<String> where = e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList();
        assertEquals(List.of("2:3:mission", "2:11:start_date", "2:13:budget_jpy", "3:4:title_ja", "3:6:kind",
                "3:8:states", "3:1:id"), where);
        ImportProblem first = e.getProblems().get(0);
        assertTrue(first.toString().startsWith(file + ":2:3: mission: unknown mission code \"cg-nowhere\""), first.toString());
    }

    @Test
    void problemMessagesSpeakJapaneseToJapaneseUsers() throws Exception {
        Locale.setDefault(Locale.JAPANESE);
        Path file = write("ja.csv", (HEADER + "\nI-1,2023,cg-chicago,,,other,,ND,,,,,,draft\n").getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(file));
        assertEquals("title_ja は必須です", e.getProblems().get(0).message());
    }

    @Test
    void brokenQuotingNamesTheLine() throws Exception {
        Path file = write("quote.csv", (HEADER + "\nI-1,2023,cg-chicago,\"unterminated,,other,,ND,,,,,,draft\n")
                .getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(file));
        assertEquals(1, e.getProblems().size());
        assertTrue(e.getProblems().get(0).line() >= 2, e.getMessage());
    }

    @Test
    void aTitleRowAndBlankRowsAboveTheHeaderAreSkippedAsExcelWritesThem() throws Exception {
        String csv = "令和5年度 案件計画（シカゴ総）,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,\r\n" + HEADER + "\r\n"
                + "I-1,2023,cg-chicago,題,,other,,ND,,,,,,draft\r\n,,,,,,,,,,,,,\r\n";
        ImportedPlan plan = new CsvPlanImporter().read(write("title.csv", csv.getBytes(CsvPlanImporter.CP932)));
        assertEquals(1, plan.initiatives().size());
        assertEquals(4, plan.lineOfId().get("I-1"));
    }

    @Test
    void numbersDatesAndYearsAsJapaneseExcelSavesThem() throws Exception {
        String csv = HEADER + "\r\nI-1,令和5年度,cg-chicago,題,,other,,ND,,,2023/9/1,２０２３/９/３,\"1,500,000\",draft\r\n";
        Initiative i = new CsvPlanImporter().read(write("jp.csv", csv.getBytes(CsvPlanImporter.CP932))).initiatives().get(0);
        assertEquals(2023, i.getFiscalYear());
        assertEquals(LocalDate.of(2023, 9, 1), i.getStartDate());
        assertEquals(LocalDate.of(2023, 9, 3), i.getEndDate());
        assertEquals(1_500_000L, i.getBudgetJpy());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: costs no disk, and would not fit the test's heap as a String
        }
        ImportException e = assertThrows(ImportException.class, () -> new CsvPlanImporter().read(huge));
        assertEquals(1, e.getProblems().size());
        assertEquals("the file is 1,024 MB; files larger than 200 MB are not read", e.getProblems().get(0).message());
    }

    @Test
    void isRegisteredAsAnImporterService() {
        assertInstanceOf(CsvPlanImporter.class, Importers.forFile(Path.of("plan.CSV")));
        assertNull(Importers.forFile(Path.of("plan.txt")));
    }

}
