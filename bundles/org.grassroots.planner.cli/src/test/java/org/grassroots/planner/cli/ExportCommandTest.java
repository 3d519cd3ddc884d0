package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.PlanStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planner export}: the three formats from a plan file and from the database, and bad input
 * refused with exit 2 and nothing written. (What the documents hold is tested in the export bundle.)
 */
class ExportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private int planner(String... args) {
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("sample-fy2023-plan.csv");
        try (InputStream in = ReferenceData.openSample("sample-fy2023-plan.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void exportsEachFormatFromAPlanFile() throws Exception {
        Path plan = sample();
        Path xlsx = dir.resolve("proposal.xlsx");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", "xlsx", "--out",
                xlsx.toString()), err.toString(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(xlsx);
        assertEquals('P', bytes[0]);
        assertEquals('K', bytes[1]);
        Path pdf = dir.resolve("proposal.pdf");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--mission", "cg-chicago", "--plan", plan.toString(),
                "--format", "pdf", "--lang", "ja", "--out", pdf.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path html = dir.resolve("proposal.html");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", "html", "--lang",
                "en", "--out", html.toString()));
        assertTrue(Files.readString(html).contains("Fiscal-year proposal"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("cg-chicago"), out.toString(StandardCharsets.UTF_8));
    }

    /** The sample plan's whole-year report in both languages, kept in target/proposal-samples for a look (pdftoppm). */
    @Test
    void sampleReportsInBothLanguages() throws Exception {
        Path plan = sample();
        Path keep = Path.of("target", "proposal-samples").toAbsolutePath();
        Files.createDirectories(keep);
        for (String lang : new String[] { "ja", "en" }) {
            for (String format : new String[] { "pdf", "xlsx", "html" }) {
                Path file = keep.resolve("sample-fy2023-" + lang + "." + format);
                assertEquals(Planner.OK, planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", format,
                        "--lang", lang, "--out", file.toString()), err.toString(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void exportsFromTheDatabase() throws Exception {
        String url = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, planner("import", "--plan", sample().toString(), "--db", url));
        Path xlsx = dir.resolve("from-db.xlsx");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--db", url, "--format", "xlsx", "--out", xlsx.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(xlsx) > 5000);
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path plan = sample();
        Path target = dir.resolve("never.pdf");
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", "docx",
                "--out", target.toString()));
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--plan", plan.toString(), "--db", "jdbc:h2:mem:x",
                "--format", "pdf", "--out", target.toString()));
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--mission", "cg-atlantis", "--plan",
                plan.toString(), "--format", "pdf", "--out", target.toString()));
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2030", "--plan", plan.toString(), "--format", "pdf",
                "--out", target.toString()));
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "twenty", "--plan", plan.toString(), "--format", "pdf",
                "--out", target.toString()));
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--plan", dir.resolve("missing.csv").toString(),
                "--format", "pdf", "--out", target.toString()));
        Path nowhere = dir.resolve("no-such-folder").resolve("p.pdf");
        assertEquals(Planner.BAD_INPUT, planner("export", "--fy", "2023", "--plan", plan.toString(), "--format", "pdf",
                "--out", nowhere.toString()));
        assertFalse(Files.exists(target));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("the folder " + nowhere.getParent() + " does not exist"), messages);
        assertTrue(messages.contains("unknown format: docx"), messages);
        assertTrue(messages.contains("unknown mission code: cg-atlantis"), messages);
    }
}
