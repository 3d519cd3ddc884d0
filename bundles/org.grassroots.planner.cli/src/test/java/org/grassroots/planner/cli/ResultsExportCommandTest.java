package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --document results}: the FY2021 results report from the shipped best practices (the source
 * document's figures and best practices), from a plan file and from the database; the result columns of a
 * plan export inert in a spreadsheet.
 */
class ResultsExportCommandTest {
    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    private Path sample(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ReferenceData.openSample(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void fy2021ReproducesTheSourceDocumentsFiguresAndBestPractices() throws Exception {
        Path plan = sample("sample-fy2021-best-practices.csv");
        String db = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, run.planner("import", "--plan", plan.toString(), "--db", db), run.all());
        for (String lang : List.of("ja", "en")) {
            Path html = dir.resolve("results-" + lang + ".html");
            assertEquals(Planner.OK, run.planner("export", "--fy", "2021", "--db", db, "--document", "results", "--format",
                    "html", "--lang", lang, "--out", html.toString()), run.all());
            assertTrue(run.stdout().contains("FY2021 results, 4 initiatives done, 4 best practices"), run.stdout());
            String text = Files.readString(html, StandardCharsets.UTF_8);
            boolean ja = lang.equals("ja");
            assertTrue(text.contains(ja ? "97件（出典：外務省経済局資料（令和4年7月5日）：令和3年度実施案件97件）"
                    : "97 initiatives (source: MOFA material of 5 July 2022: 97 initiatives in FY2021)"), text);
            assertTrue(text.contains(ja ? "1,027件（出典：外務省経済局資料（令和4年7月5日）：平成29年度から令和3年度までの累計1,027件）"
                    : "1,027 initiatives (source: MOFA material of 5 July 2022: 1,027 initiatives from FY2017 to FY2021)"), text);
            for (String title : ja ? List.of("日米共同研究事業「がんと感染症」", "日米イノベーションアワード", "草の根キャラバン（ノースダコタ州）",
                    "高齢化社会ウェビナー") : List.of("Japan–US Joint Research Event", "Japan–US Innovation Awards",
                            "Grassroots Caravan to North Dakota", "Webinar on the Ageing Society")) {
                assertTrue(text.contains(title), title + " is written up");
            }
            if (ja) {
                int[] at = List.of("日米共同研究事業", "日米イノベーションアワード", "草の根キャラバン", "高齢化社会ウェビナー").stream()
                        .mapToInt(text::indexOf).toArray();
                assertTrue(at[0] < at[1] && at[1] < at[2] && at[2] < at[3], "the best practices in the source's order (1)-(4)");
                assertTrue(text.contains("Astroscale社"), "the outcome as the source gives it");
                assertTrue(text.contains("在外公館が所在しない州での実施</th><td class=\"n\">1</td>"), "North Dakota is an outreach state");
                assertTrue(text.contains("令和4年1月"), "the caravan's month in 令和");
                assertTrue(text.contains("令和4年度（2022年度）の取組の方向性"), "the next year's direction");
                assertFalse(text.contains("cg-chicago"), "no mission code in the text");
            }
        }
        // the PDFs from the plan file, kept in target/results-samples/ for a look (pdftoppm)
        Path samples = Path.of("target", "results-samples").toAbsolutePath();
        Files.createDirectories(samples);
        for (String lang : List.of("ja", "en")) {
            Path pdf = samples.resolve("results-fy2021-" + lang + ".pdf");
            assertEquals(Planner.OK, run.planner("export", "--fy", "2021", "--plan", plan.toString(), "--document", "results",
                    "--format", "pdf", "--lang", lang, "--out", pdf.toString()), run.all());
            assertTrue(Files.size(pdf) > 10_000);
        }
        Path xlsx = samples.resolve("results-fy2021-ja.xlsx");
        assertEquals(Planner.OK, run.planner("export", "--fy", "2021", "--plan", plan.toString(), "--document", "results",
                "--format", "xlsx", "--lang", "ja", "--out", xlsx.toString()), run.all());
    }

    @Test
    void theProposalOfTheSampleYearListsEveryInitiativeByName() throws Exception {
        Path plan = sample("sample-fy2023-plan.csv");
        List<Initiative> year = Importers.forFile(plan).read(plan).initiatives();
        Path samples = Path.of("target", "proposal-samples").toAbsolutePath();
        Files.createDirectories(samples);
        for (String lang : List.of("ja", "en")) {
            Path html = dir.resolve("proposal-" + lang + ".html");
            assertEquals(Planner.OK, run.planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", "html",
                    "--lang", lang, "--out", html.toString()), run.all());
            String text = Files.readString(html, StandardCharsets.UTF_8);
            for (Initiative i : year) {
                String title = lang.equals("ja") || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn();
                assertTrue(text.contains(title.replace("&", "&amp;").replace("\"", "&quot;")), "listed: " + title);
            }
            assertTrue(text.contains(lang.equals("ja") ? "千円" : "JPY "), "amounts");
            assertEquals(Planner.OK, run.planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", "pdf",
                    "--lang", lang, "--out", samples.resolve("proposal-fy2023-" + lang + ".pdf").toString()), run.all());
        }
    }

    @Test
    void badRequestsOfTheResultsReportAreExitTwoWithNothingWritten() throws Exception {
        Path plan = sample("sample-fy2021-best-practices.csv");
        Path out = dir.resolve("r.pdf");
        assertEquals(Planner.BAD_INPUT, run.planner("export", "--fy", "2021", "--plan", plan.toString(), "--document",
                "results", "--format", "csv", "--out", out.toString()));
        assertTrue(run.stderr().contains("xlsx, html or pdf"), run.stderr());
        assertEquals(Planner.BAD_INPUT, run.planner("export", "--fy", "2019", "--plan", plan.toString(), "--document",
                "results", "--format", "pdf", "--out", out.toString()));
        assertTrue(run.stderr().contains("no initiative of FY2019"), run.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void theResultColumnsOfAPlanExportRunNothingAndReadBackTheSame() throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "id,fiscal_year,mission,title_ja,kind,states,status,actual_cost_jpy,participants,"
                + "online_views,media_reports,dignitaries,outcome,best_practice\n"
                + "R-1,2023,cg-chicago,キャラバン,company-support,ND,done,\"1,480,000\",120,,3,州知事;=市長,"
                + "\"=HYPERLINK(\"\"http://example.invalid\"\")\",TRUE\n", StandardCharsets.UTF_8);
        List<Initiative> read = Importers.forFile(plan).read(plan).initiatives();
        Path csv = dir.resolve("out.csv");
        assertEquals(Planner.OK, run.planner("export", "--fy", "2023", "--plan", plan.toString(), "--document", "plan",
                "--format", "csv", "--out", csv.toString()), run.all());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(",actual_cost_jpy,participants,online_views,media_reports,dignitaries,outcome,best_practice"),
                text);
        assertTrue(text.contains("1480000,120,,3,州知事;=市長,\"'=HYPERLINK("), text);
        assertEquals(read, Importers.forFile(csv).read(csv).initiatives());
        Path xlsx = dir.resolve("out.xlsx");
        assertEquals(Planner.OK, run.planner("export", "--fy", "2023", "--plan", plan.toString(), "--document", "plan",
                "--format", "xlsx", "--out", xlsx.toString()), run.all());
        assertEquals(read, Importers.forFile(xlsx).read(xlsx).initiatives());
    }
}
