package org.grassroots.planner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Runs commands as {@code ./planner} does, in English, keeping what the last one printed. */
final class CommandRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CommandRun() {
        Locale.setDefault(Locale.ENGLISH);
    }

    /** @return the exit status of the command; what it printed replaces what the one before printed */
    int planner(String... args) {
        out.reset();
        err.reset();
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs a command as this database user ({@code --db-user}, appended), its password given as
     * {@code PLANNER_DB_PASSWORD} for this run only (a process's environment cannot be set from Java).
     */
    int as(String user, String password, String... args) {
        DatabaseOption.environment = name -> name.equals(DatabaseOption.PASSWORD_VARIABLE) ? password : null;
        try {
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--db-user";
            all[args.length + 1] = user;
            return planner(all);
        } finally {
            DatabaseOption.environment = System::getenv;
        }
    }

    int planner(List<String> args) {
        return planner(args.toArray(String[]::new));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return what the last command printed on both streams */
    String all() {
        return stdout() + stderr();
    }
}
