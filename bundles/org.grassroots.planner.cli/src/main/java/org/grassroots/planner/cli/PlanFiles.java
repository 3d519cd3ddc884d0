package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportOptions;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Importers;
import org.grassroots.planner.importer.PlanImporter;

/** Reads a plan file through the importer service for its format, reporting problems on stderr. */
final class PlanFiles {
    private PlanFiles() {
    }

    /** @return the plan, or null after reporting why it cannot be read */
    static ImportedPlan read(Path file, PrintStream err) {
        return read(file, ImportOptions.DETECT, err);
    }

    /**
     * @param options how to read the file ({@code --encoding})
     * @return the plan, or null after reporting why it cannot be read
     */
    static ImportedPlan read(Path file, ImportOptions options, PrintStream err) {
        if (!Files.isReadable(file)) {
            err.println("planner: cannot read the plan file " + file);
            return null;
        }
        PlanImporter importer = Importers.forFile(file);
        if (importer == null) {
            err.println("planner: no importer reads " + file + " (known formats: "
                    + Importers.available().stream().map(PlanImporter::formatName).toList() + ")");
            return null;
        }
        if (options.encoding() != null && !"CSV".equals(importer.formatName())) {
            err.println("planner: --encoding applies to CSV files only; ignored for " + file);
        }
        try {
            return importer.read(file, options);
        } catch (ImportException e) {
            err.println("planner: " + file + " was rejected; nothing was read:");
            for (ImportProblem p : e.getProblems()) {
                err.println(p);
            }
            return null;
        }
    }

    /**
     * @return the read options of {@code --encoding NAME} (detection without it)
     * @throws Options.UsageException for an encoding Java does not know
     */
    static ImportOptions options(Options options) throws Options.UsageException {
        String encoding = options.get("encoding");
        if (encoding == null) {
            return ImportOptions.DETECT;
        }
        try {
            return ImportOptions.withEncoding(encoding);
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException(e.getMessage());
        }
    }
}
