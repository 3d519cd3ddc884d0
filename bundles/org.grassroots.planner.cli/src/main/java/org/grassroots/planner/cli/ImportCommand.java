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

/**
 * {@code planner import --plan FILE [--db URL] [--encoding NAME]}: stores a plan, all or nothing. A row with a
 * {@code version} (the plan file's optional column, written by {@code planner export --document plan}) older
 * than the database's was exported before another change of that initiative was saved: the file is refused
 * whole, each such row named (exit 2). A row whose version is the database's, or newer (a file of another
 * database), is saved expecting the version read, so that a change saved meanwhile is a conflict; a row
 * whose id the database does not hold is added.
 */
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
            SaveResult r = org.grassroots.planner.planning.PlanningService.on(store).importPlan(plan, done -> { });
            out.printf("%s: %d added, %d updated, %d unchanged (%s)%n", file, r.added(), r.updated(), r.unchanged(), login.maskedUrl());
            return Planner.OK;
        } catch (org.grassroots.planner.planning.OlderVersionsException e) {
            err.println("planner: " + e.getMessage() + ":");
            e.rows().forEach(line -> err.println("  " + line));
            return Planner.BAD_INPUT;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }
}
