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
