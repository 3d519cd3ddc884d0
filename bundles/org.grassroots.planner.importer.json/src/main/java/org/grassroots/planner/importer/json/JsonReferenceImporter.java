package org.grassroots.planner.importer.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.Messages;
import org.grassroots.planner.importer.ReferenceImporter;
import org.grassroots.planner.importer.TextFile;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceFormatException;
import org.grassroots.planner.reference.ReferenceJson;

/**
 * The fiscal-year reference file of the contract (JSON, UTF-8). Read strictly with positions
 * ({@link PositionedJson}), checked against the contract ({@link ReferenceChecks}), then made into a
 * reference by the reference bundle's own {@link ReferenceJson} reader, the one the shipped files go
 * through. Every problem names file, line and column, in the user's language.
 */
public class JsonReferenceImporter implements ReferenceImporter {

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public FiscalYearReference read(Path file) throws ImportException {
        String name = file.toString();
        String text;
        try (Reader in = TextFile.open(file, StandardCharsets.UTF_8)) {
            text = readAll(in);
        } catch (IOException e) {
            throw problem(name, 0, 0, Messages.get("unreadable", e));
        }
        PositionedJson json;
        try {
            json = PositionedJson.read(new StringReader(text));
        } catch (PositionedJson.SyntaxError e) {
            throw problem(name, e.position.line(), e.position.column(), Messages.get("json.syntax", e.getMessage()));
        }
        List<ImportProblem> problems = ReferenceChecks.check(name, json);
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        try {
            return ReferenceJson.read(new StringReader(text), name, ReferenceData.shipped().missions());
        } catch (ReferenceFormatException e) {
            throw problem(name, 1, 1, Messages.get("json.not.a.reference", e.getMessage()));
        }
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static ImportException problem(String file, int line, int column, String message) {
        return new ImportException(List.of(new ImportProblem(file, line, column, null, message)));
    }
}
