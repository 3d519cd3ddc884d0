package org.grassroots.planner.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.planner.importer.Exporters;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Initiative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract's input limits, through the importer and exporter services as the product finds
 * them, for CSV and XLSX alike: a column name given twice, control characters, budgets and fiscal
 * years out of range, hidden sheets, cells quoted with {@code '} against formulas, and exports
 * that no spreadsheet runs but that read back the same.
 */
class InputLimitsTest {
    private static final List<String> FORMATS = List.of("csv", "xlsx");
    private static final int BUDGET = PlanRows.COLUMNS.indexOf("budget_jpy");
    private static final int YEAR = PlanRows.COLUMNS.indexOf("fiscal_year");

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

    /** @return a valid row of the contract's columns, with this id */
    private static List<String> row(String id) {
        return new ArrayList<>(List.of(id, "2023", "cg-chicago", "草の根キャラバン", "Caravan", "other", "digital", "IL",
                "JETRO", "in-person", "2023-09-01", "2023-09-02", "1500000", "draft"));
    }

    /** @return the header and {@code count} valid rows */
    private static List<List<String>> plan(int count) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(PlanRows.COLUMNS.subList(0, PlanRows.COLUMNS.size() - PlanRows.RESULT_COLUMNS.size())));
        for (int n = 1; n <= count; n++) {
            rows.add(row("I-" + n));
        }
        return rows;
    }

    private Path write(String format, List<List<String>> rows) throws Exception {
        Path file = dir.resolve("plan-" + System.nanoTime() + "." + format);
        if (format.equals("csv")) {
            Files.writeString(file, PlanFiles.csv(rows), StandardCharsets.UTF_8);
        } else {
            Files.write(file, PlanFiles.xlsx(rows));
        }
        return file;
    }

    private List<Initiative> read(Path file) throws ImportException {
        return Importers.forFile(file).read(file).initiatives();
    }

    /** @return the problems of a file that must be rejected, each as line:column:column-name */
    private List<String> problems(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> read(file), file.toString());
        return e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList();
    }

    private ImportProblem firstProblem(Path file) {
        return assertThrows(ImportException.class, () -> read(file), file.toString()).getProblems().get(0);
    }

    @Test
    void aRequiredColumnGivenTwiceRejectsTheFileInsteadOfDroppingRows() throws Exception {
        for (String format : FORMATS) {
            List<List<String>> rows = plan(15);
            rows.get(0).add(" ID ");
            for (List<String> r : rows.subList(1, rows.size())) {
                r.add("X-" + r.get(0));
            }
            Path file = write(format, rows);
            assertEquals(List.of("1:15:ID"), problems(file), format);
            ImportProblem p = firstProblem(file);
            assertEquals(file + ":1:15: ID: the header gives the column \"ID\" twice (first in column 1)", p.toString());
        }
    }

    @Test
    void anyColumnNameGivenTwiceRejectsTheFile() throws Exception {
        for (String format : FORMATS) {
            List<List<String>> rows = plan(2);
            rows.get(0).addAll(List.of("note", "Note"));
            rows.get(1).addAll(List.of("a", "b"));
            assertEquals(List.of("1:16:Note"), problems(write(format, rows)), format);
            List<List<String>> once = plan(2);
            once.get(0).add("note");
            assertEquals(2, read(write(format, once)).size(), format);
        }
    }

    @Test
    void aControlCharacterInAnyCellRejectsTheFileWithItsLineAndColumn() throws Exception {
        for (String format : FORMATS) {
            for (char c : new char[] { '\u0000', '\u0001', '\n', '\r', '\u001B', '\u001F', '\u007F' }) {
                String what = format + " U+" + Integer.toHexString(c);
                List<List<String>> rows = plan(3);
                rows.get(2).set(0, "I-2" + c);
                assertEquals(List.of("3:1:id"), problems(write(format, rows)), what);
                rows = plan(3);
                rows.get(1).set(3, "草の根" + c + "キャラバン");
                assertEquals(List.of("2:4:title_ja"), problems(write(format, rows)), what);
                rows = plan(1);
                rows.get(0).add("note");
                rows.get(1).add(c + "");
                assertEquals(List.of("2:15:null"), problems(write(format, rows)), what);
                rows = plan(1);
                rows.get(0).set(13, "status" + c);
                assertTrue(problems(write(format, rows)).contains("1:14:null"), what);
            }
            Path nul = write(format, List.of(PlanRows.COLUMNS, row("I-\u00001")));
            assertEquals("the cell holds the control character U+0000; line breaks and other control characters"
                    + " are not allowed (TAB is)", firstProblem(nul).message(), format);
        }
    }

    @Test
    void aTabInACellIsNoControlCharacter() throws Exception {
        for (String format : FORMATS) {
            List<List<String>> rows = plan(1);
            rows.get(1).set(4, "Caravan\tND");
            assertEquals("Caravan\tND", read(write(format, rows)).get(0).getTitleEn(), format);
        }
    }

    @Test
    void budgetsBelowZeroOrAboveATrillionYenAreRejected() throws Exception {
        for (String format : FORMATS) {
            for (String budget : List.of("-1", "-1500000", "1000000000001", "¥1,000,000,000,001", "1000000000001.0",
                    "99999999999999999999999", "１０００００００００００１")) {
                List<List<String>> rows = plan(2);
                rows.get(2).set(BUDGET, budget);
                assertEquals(List.of("3:13:budget_jpy"), problems(write(format, rows)), format + " " + budget);
                assertEquals("budget_jpy must be from 0 to 1,000,000,000,000 yen: \"" + budget + "\"",
                        firstProblem(write(format, rows)).message());
            }
            for (String budget : List.of("0", "1000000000000", "¥1,000,000,000,000")) {
                List<List<String>> rows = plan(1);
                rows.get(1).set(BUDGET, budget);
                assertEquals(budget.equals("0") ? 0L : PlanRows.MAX_BUDGET_JPY,
                        read(write(format, rows)).get(0).getBudgetJpy(), format + " " + budget);
            }
        }
    }

    @Test
    void fiscalYearsOutside2000To2100AreRejected() throws Exception {
        for (String format : FORMATS) {
            for (String year : List.of("1999", "2101", "0", "-2023", "平成11年度", "令和83年度", "99999999999")) {
                List<List<String>> rows = plan(2);
                rows.get(1).set(YEAR, year);
                Path file = write(format, rows);
                assertEquals(List.of("2:2:fiscal_year"), problems(file), format + " " + year);
                assertEquals("fiscal_year must be a year from 2000 to 2100: \"" + year + "\"", firstProblem(file).message());
            }
            for (String year : List.of("2000", "2100", "平成12年度", "令和82年度")) {
                List<List<String>> rows = plan(1);
                rows.get(1).set(YEAR, year);
                int expected = year.equals("2000") || year.startsWith("平成") ? 2000 : 2100;
                assertEquals(expected, read(write(format, rows)).get(0).getFiscalYear(), format + " " + year);
            }
        }
    }

    @Test
    void theFirstVisibleSheetIsReadAndHiddenOnesAreSkipped() throws Exception {
        List<List<String>> hidden = plan(2);
        hidden.get(1).set(0, "HIDDEN-1");
        hidden.get(2).set(2, "cg-nowhere"); // a problem, were the sheet read
        List<List<String>> visible = plan(1);
        visible.get(1).set(0, "VISIBLE-1");
        Path file = dir.resolve("hidden.xlsx");
        Files.write(file, PlanFiles.workbook(List.of(new PlanFiles.Sheet("old", "hidden", hidden),
                new PlanFiles.Sheet("older", "veryHidden", hidden), new PlanFiles.Sheet("plan", "visible", visible),
                new PlanFiles.Sheet("next", null, hidden))));
        List<Initiative> plan = read(file);
        assertEquals(List.of("VISIBLE-1"), plan.stream().map(Initiative::getId).toList());

        Path allHidden = dir.resolve("all-hidden.xlsx");
        Files.write(allHidden, PlanFiles.workbook(List.of(new PlanFiles.Sheet("old", "hidden", visible))));
        assertEquals("the workbook has no visible sheet", firstProblem(allHidden).message());
    }

    @Test
    void aQuoteBeforeAFormulaCharacterIsTakenOff() throws Exception {
        for (String format : FORMATS) {
            List<List<String>> rows = plan(3);
            rows.get(1).set(0, "'@ONE");
            rows.get(1).set(3, "'=SUM(A1:A3)");
            rows.get(1).set(4, "'+81 3 1234");
            rows.get(1).set(8, "'-JETRO;@home");
            rows.get(2).set(3, "'\tタブ");
            rows.get(2).set(4, "'quoted'");
            rows.get(3).set(3, "''=x");
            rows.get(3).set(4, "'");
            rows.get(3).set(BUDGET, "'-0");
            rows.get(3).set(8, "'\t");
            List<Initiative> plan = read(write(format, rows));
            assertEquals("@ONE", plan.get(0).getId(), format);
            assertEquals("=SUM(A1:A3)", plan.get(0).getTitleJa(), format);
            assertEquals("+81 3 1234", plan.get(0).getTitleEn(), format);
            assertEquals(List.of("-JETRO", "@home"), plan.get(0).getPartners(), format);
            assertEquals("タブ", plan.get(1).getTitleJa(), format);
            assertEquals("'quoted'", plan.get(1).getTitleEn(), format);
            assertEquals("''=x", plan.get(2).getTitleJa(), format);
            assertEquals("'", plan.get(2).getTitleEn(), format);
            assertEquals(0L, plan.get(2).getBudgetJpy(), format);
            assertEquals(List.of(), plan.get(2).getPartners(), format);
            // before CR the quote is taken off too, but CR is a control character
            rows = plan(1);
            rows.get(1).set(3, "'\r=1");
            assertEquals(List.of("2:4:title_ja"), problems(write(format, rows)), format);
        }
    }

    /** Titles a spreadsheet would run, as a planner may type them in the workbench. */
    private List<Initiative> formulaLike() throws Exception {
        Path seed = write("csv", plan(2));
        List<Initiative> plan = read(seed);
        return List.of(
                plan.get(0).toBuilder().id("-ONE").titleJa("=HYPERLINK(\"http://x\",\"y\")").titleEn("-5 degrees")
                        .partners(List.of("+JETRO", "@home")).build(),
                plan.get(1).toBuilder().id("@TWO").titleJa("+81").titleEn("@everyone").themes(List.of("=digital"))
                        .build());
    }

    @Test
    void aCsvExportQuotesFormulaCellsAndReadsBackTheSame() throws Exception {
        List<Initiative> plan = formulaLike();
        Path file = dir.resolve("export.csv");
        Exporters.forFile(file).write(plan, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("'-ONE,2023,cg-chicago,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-5 degrees,"), text);
        assertTrue(text.contains("'+JETRO;@home"), text);
        assertTrue(text.contains("'@TWO,2023,cg-chicago,'+81,'@everyone,other,'=digital,"), text);
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell + " in " + line);
            }
        }
        assertEquals(plan, read(file));
    }

    @Test
    void anXlsxExportWritesFormulaCellsAsTextAndReadsBackTheSame() throws Exception {
        List<Initiative> plan = formulaLike();
        Path file = dir.resolve("export.xlsx");
        Exporters.forFile(file).write(plan, file);
        Map<String, byte[]> parts = FuzzSeeds.entries(file);
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), sheet);
        assertTrue(java.util.regex.Pattern.compile("t=\"inlineStr\"[^>]*><is><t[^>]*>=HYPERLINK\\((&quot;|\")http://x")
                .matcher(sheet).find(), sheet);
        assertEquals(plan, read(file));
    }

    @Test
    void theNewProblemsSpeakJapanese() throws Exception {
        Locale.setDefault(Locale.JAPANESE);
        List<List<String>> rows = plan(1);
        rows.get(0).add("id");
        rows.get(1).add("x");
        assertEquals("見出し行に「id」列が 2 回あります(1 列目が最初)", firstProblem(write("csv", rows)).message());
        rows = plan(1);
        rows.get(1).set(0, "I\u00001");
        assertEquals("セルに制御文字 U+0000 が入っています。改行などの制御文字は使えません (タブは使えます)",
                firstProblem(write("xlsx", rows)).message());
        rows = plan(1);
        rows.get(1).set(BUDGET, "-1");
        assertEquals("budget_jpy は 0〜1,000,000,000,000 円でなければなりません:「-1」", firstProblem(write("csv", rows)).message());
        rows = plan(1);
        rows.get(1).set(YEAR, "1999");
        assertEquals("fiscal_year は 2000〜2100 の年でなければなりません:「1999」", firstProblem(write("xlsx", rows)).message());
        Path allHidden = dir.resolve("all-hidden.xlsx");
        Files.write(allHidden, PlanFiles.workbook(List.of(new PlanFiles.Sheet("old", "hidden", rows))));
        assertEquals("ブックに表示されているシートがありません", firstProblem(allHidden).message());
    }
}
