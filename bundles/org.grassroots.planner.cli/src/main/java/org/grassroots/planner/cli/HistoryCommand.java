package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.store.HistoryEntry;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.StoreException;

/**
 * {@code planner history --id ID [--db URL]}: an initiative's audit trail, oldest first: when (in Japan's
 * time, where the task force works), which database user, what was done, and each field with its value
 * before and after. Exit 0, or 2 when the database cannot be read or has no trail of that id.
 */
final class HistoryCommand {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'JST'");
    private final PrintStream out;
    private final PrintStream err;

    HistoryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("id", "db", "db-user"));
        String id = options.required("id");
        try (PlanStore store = PlanStore.open(DatabaseOption.login(options))) {
            List<HistoryEntry> history = store.history(id);
            if (history.isEmpty()) {
                err.println("planner: no change of " + id + " is recorded in this database");
                return Planner.BAD_INPUT;
            }
            for (HistoryEntry e : history) {
                out.println(WHEN.format(e.when().atZoneSameInstant(JAPAN)) + "  " + e.who() + "  " + e.action() + " " + id);
                if (!e.fields().isEmpty()) {
                    for (HistoryEntry.Field f : e.fields()) {
                        out.println("    " + f.name() + ": " + shown(f.before()) + " -> " + shown(f.after()));
                    }
                } else if (e.changes() != null && !e.changes().isBlank()) {
                    out.println("    " + e.changes()); // written before the trail kept each field apart
                }
            }
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "(empty)" : value;
    }
}
