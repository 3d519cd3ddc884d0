package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.model.Initiative;
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
            Map<String, Long> expected = expectedVersions(plan, store);
            if (expected == null) {
                return Planner.BAD_INPUT;
            }
            SaveResult r = expected.isEmpty() ? store.save(plan.initiatives()) : store.apply(plan.initiatives(), List.of(), expected);
            out.printf("%s: %d added, %d updated, %d unchanged (%s)%n", file, r.added(), r.updated(), r.unchanged(), login.maskedUrl());
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    /**
     * @return the version each row with a {@code version} is saved against (the database's), or null after
     *         naming each row whose version is older than the database's
     */
    private Map<String, Long> expectedVersions(ImportedPlan plan, PlanStore store) {
        if (plan.versions().isEmpty()) {
            return Map.of();
        }
        Map<String, Long> stored = store.versions(plan.versions().keySet());
        Map<String, Long> expected = new HashMap<>();
        List<String> older = new ArrayList<>();
        for (Initiative i : plan.initiatives()) {
            Long given = plan.versions().get(i.getId());
            Long now = stored.get(i.getId());
            if (given == null || now == null) {
                continue;
            }
            if (given < now) {
                older.add(plan.file() + ":" + plan.lineOfId().get(i.getId()) + ": " + i.getId() + " has version " + given
                        + ", the database version " + now);
            } else {
                expected.put(i.getId(), now);
            }
        }
        if (older.isEmpty()) {
            return expected;
        }
        err.println("planner: " + plan.file() + " was refused; nothing was stored: " + older.size()
                + (older.size() == 1 ? " row carries" : " rows carry") + " an older version than the database's (changed"
                + " there since the file was exported: export the plan again and redo the edits there):");
        older.forEach(line -> err.println("  " + line));
        return null;
    }
}
