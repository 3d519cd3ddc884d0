package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.SaveResult;
import org.grassroots.planner.store.StoreException;

/** {@code planner import --plan FILE [--db URL] [--encoding NAME]}: stores a plan, all or nothing. */
final class ImportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("plan", "db", "db-user", "encoding"));
        Path file = Path.of(options.required("plan"));
        DatabaseLogin login = DatabaseOption.login(options);
        ImportedPlan plan = PlanFiles.read(file, PlanFiles.options(options), err);
        if (plan == null) {
            return Planner.BAD_INPUT;
        }
        try (PlanStore store = PlanStore.open(login)) {
            SaveResult r = store.save(plan.initiatives());
            out.printf("%s: %d added, %d updated, %d unchanged (%s)%n", file, r.added(), r.updated(), r.unchanged(), login.maskedUrl());
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }
}
