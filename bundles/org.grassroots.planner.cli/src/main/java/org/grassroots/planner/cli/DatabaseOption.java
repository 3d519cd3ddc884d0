package org.grassroots.planner.cli;

import java.io.Console;
import java.util.function.Function;

import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.DatabaseUrlException;
import org.grassroots.planner.store.PlanStore;

/**
 * The {@code --db URL} and {@code --db-user NAME} options the commands share: the database to open and
 * as whom, checked before anything is connected to.
 * <p>
 * The URL is {@code --db}, else {@link PlanStore#defaultUrl()}; a URL the contract does not accept (an
 * {@code INIT} script, another setting, credentials in it) is a usage error whose one-line message
 * names the setting with its value masked. With {@code --db-user} the password comes from the
 * environment variable {@value #PASSWORD_VARIABLE} (when set and not empty), else it is asked on the
 * terminal without echo; with neither, the command stops (exit 2) before connecting. It never comes from the command line
 * and is never printed.
 * <p>
 * Without {@code --db-user} the database is opened as it always was, with an empty user and password
 * (the embedded database's one user), and {@value #PASSWORD_VARIABLE} is not read: a password set for
 * a team's server in the environment does not break the commands run on the embedded database.
 * <p>
 * A command takes these options by adding {@link #NAMES} to the option names it knows.
 */
final class DatabaseOption {
    /** The environment variable that holds the password of the {@code --db-user}. */
    static final String PASSWORD_VARIABLE = "PLANNER_DB_PASSWORD";
    /** The option names, without {@code --}. */
    static final java.util.Set<String> NAMES = java.util.Set.of("db", "db-user");

    /** Where a password is asked without echo: the terminal. */
    @FunctionalInterface
    interface Terminal {
        /** @return the password typed, or null at the end of input */
        char[] readPassword(String prompt);
    }

    /** Where the environment is read: the process's, or a test's stand-in (the variables of a process cannot be set from Java). */
    static volatile Function<String, String> environment = System::getenv;

    private DatabaseOption() {
    }

    /**
     * @return the login the options name, the URL checked, the password read from
     *         {@value #PASSWORD_VARIABLE} or asked on the terminal
     * @throws Options.UsageException on a URL a planner may not give, or a user without a password
     */
    static DatabaseLogin login(Options options) throws Options.UsageException {
        Console console = System.console();
        return login(options, environment, console == null ? null : prompt -> console.readPassword("%s", prompt));
    }

    /**
     * As {@link #login(Options)}, reading the environment through {@code environment} and asking on
     * {@code terminal} (null where there is no terminal).
     */
    static DatabaseLogin login(Options options, Function<String, String> environment, Terminal terminal)
            throws Options.UsageException {
        return login(options, "db", environment, terminal);
    }

    /**
     * As {@link #login(Options)}, the URL given by the option {@code urlOption} (as {@code --to} of
     * {@code planner db copy}) rather than {@code --db}.
     */
    static DatabaseLogin login(Options options, String urlOption) throws Options.UsageException {
        Console console = System.console();
        return login(options, urlOption, environment, console == null ? null : prompt -> console.readPassword("%s", prompt));
    }

    private static DatabaseLogin login(Options options, String urlOption, Function<String, String> environment,
            Terminal terminal) throws Options.UsageException {
        String url = options.get(urlOption, PlanStore.defaultUrl());
        DatabaseLogin withoutUser;
        try {
            withoutUser = DatabaseLogin.of(url);
        } catch (DatabaseUrlException e) {
            throw new Options.UsageException((options.get(urlOption) != null ? "--" + urlOption + ": " : "planner.db.url: ")
                    + e.getMessage());
        }
        String user = options.get("db-user");
        if (user == null) {
            return withoutUser;
        }
        if (user.isBlank()) {
            throw new Options.UsageException("--db-user needs a user name");
        }
        char[] password = password(environment, terminal, user, withoutUser.maskedUrl());
        try {
            return DatabaseLogin.of(url, user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static char[] password(Function<String, String> environment, Terminal terminal, String user, String url)
            throws Options.UsageException {
        String variable = environment.apply(PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        if (terminal == null) {
            throw new Options.UsageException("no password: set " + PASSWORD_VARIABLE + " or run on a terminal");
        }
        char[] typed = terminal.readPassword("Password of " + user + " for " + url + ": ");
        if (typed == null) {
            throw new Options.UsageException("no password: none was typed");
        }
        return typed;
    }
}
