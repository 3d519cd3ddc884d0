package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

import org.grassroots.planner.store.PlanStore;

/**
 * Where an unexpected failure of a command goes: one line on the terminal, the stack trace appended to
 * {@code planner.log} in the workspace folder. The command line is logged with its option values
 * except those of options that could carry a secret.
 */
final class FailureLog {
    static final String FILE_NAME = "planner.log";

    private FailureLog() {
    }

    /** @return the failure in one line: its message, else its kind */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e instanceof RuntimeException && e.getClass().getName().startsWith("org.grassroots.") ? message
                        : e.getClass().getSimpleName() + ": " + message;
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** @return " (details in FILE)", or "" if the log cannot be written */
    static String write(String[] args, Throwable e) {
        Path log = PlanStore.workspaceFolder().resolve(FILE_NAME);
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println(OffsetDateTime.now() + " planner " + commandLine(args));
            e.printStackTrace(w);
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return " (details in " + log + ")";
        } catch (IOException | RuntimeException x) {
            return "";
        }
    }

    private static String commandLine(String[] args) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            boolean secret = i > 0 && args[i - 1].equals("--db");
            b.append(i == 0 ? "" : " ").append(secret ? "[url]" : args[i]);
        }
        return b.toString();
    }
}
