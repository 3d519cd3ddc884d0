package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan › Results Report of the Year writes the year's results report as export --document results does. */
class ResultsReportActionTest {
    @TempDir
    Path dir;

    @Test
    void theShownYearsResultsReportIsWrittenFromTheWorkbench() throws Exception {
        Workbench.importSample(dir, "sample-fy2021-best-practices.csv");
        java.util.List<String> imported = Workbench.session().snapshot().initiatives().stream()
                .map(org.grassroots.planner.model.Initiative::getId).toList();
        try {
            writesTheReport();
        } finally {
            // the workbench's database is shared by the test classes: FY2021 goes again (History shows the source's 97)
            try (org.grassroots.planner.store.PlanStore store = Workbench.store()) {
                store.delete(imported);
            }
            Workbench.session().showYear(2023).join();
            Workbench.settle();
        }
    }

    private void writesTheReport() throws Exception {
        assertEquals(2021, Workbench.session().snapshot().fiscalYear());
        Path html = dir.resolve("results-fy2021.html");
        Workbench.session().exportResults(html, Locale.JAPANESE).join();
        Workbench.settle();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        // the published figures with their source, beside the plan's own count, and a best practice written up
        assertTrue(page.contains("97") && page.contains("1,027"), page.substring(0, Math.min(400, page.length())));
        assertTrue(page.contains("ノースダコタ"), "the North Dakota caravan's best practice");
        Path pdf = dir.resolve("results-fy2021.pdf");
        Workbench.session().exportResults(pdf, Locale.ENGLISH).join();
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1));
        // never over a plan file imported in this session
        Path imported = dir.resolve("sample-fy2021-best-practices.csv");
        byte[] before = Files.readAllBytes(imported);
        Workbench.session().exportResults(imported, Locale.ENGLISH).join();
        Workbench.settle();
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(imported)), "the imported plan is untouched");
    }
}
