package org.grassroots.planner.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.model.StateFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStateFiguresImporterTest {
    private static final String HEADER = "state,year,japanese_employment,establishments,source";
    private static final String BEA = "BEA, Activities of U.S. Affiliates of Foreign MNEs, 2019 (via JETRO 2021-08-23)";

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsFiguresAsPlannersKeepThem() throws Exception {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "CA,2019,\"124,700\",," + "\"" + BEA + "\"\r\n"
                + "US,2019,973800,,\"" + BEA + "\"\r\n"
                + "GU,2020,,113,MOFA survey of Japanese companies overseas (1 Oct 2020)\r\n"
                + "WY,2019,(D),,\"" + BEA + "\"\r\n";
        List<StateFigures> figures = new CsvStateFiguresImporter().read(write("f.csv", csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.DETECT);
        assertEquals(List.of(new StateFigures("CA", 2019, 124_700L, null, BEA), new StateFigures("US", 2019, 973_800L, null, BEA),
                new StateFigures("GU", 2020, null, 113, "MOFA survey of Japanese companies overseas (1 Oct 2020)"),
                new StateFigures("WY", 2019, null, null, BEA)), figures);
    }

    @Test
    void everyProblemIsReportedWithLineAndColumn() throws Exception {
        String csv = "source,state,year,japanese_employment,establishments\n"
                + "s,XX,2019,1,\n"
                + "s,TX,20190,1,\n"
                + "s,OH,2019,-5,\n"
                + ",IL,2019,58000,\n"
                + "s,IN,2019,,\n"
                + "s,CA,2019,1,\n"
                + "s,CA,2019,2,\n";
        Path file = write("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class,
                () -> new CsvStateFiguresImporter().read(file, ImportOptions.DETECT));
        assertEquals(List.of("2:2:state", "3:3:year", "4:4:japanese_employment", "5:1:source", "6:4:japanese_employment",
                "8:2:state"), e.getProblems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.columnName()).toList());
        assertEquals("CA appears twice for 2019 (first on line 7)", e.getProblems().get(5).message());
    }

    @Test
    void aHeaderWithoutTheColumnsIsRejected() throws Exception {
        Path file = write("h.csv", "state,year,employment\nCA,2019,1\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class,
                () -> new CsvStateFiguresImporter().read(file, ImportOptions.DETECT));
        assertEquals("the header has no column \"japanese_employment\"", e.getProblems().get(0).message());
    }

    @Test
    void isRegisteredAsTheStateFiguresImporterService() {
        assertInstanceOf(CsvStateFiguresImporter.class, Importers.stateFiguresImporter());
    }
}
