package org.grassroots.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.Access;
import org.grassroots.planner.importer.FileReplacement;
import org.grassroots.planner.store.DatabaseCopy;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.DatabaseUrlException;
import org.grassroots.planner.store.EmbeddedBackup;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.StoreException;
import org.grassroots.planner.store.TeamRole;

/**
 * The administrator's commands on a database:
 * <ul>
 * <li>{@code planner db migrate --db URL}: creates or updates the schema (on PostgreSQL also the team's
 * roles, row security and audit triggers); running it again changes nothing;</li>
 * <li>{@code planner db grant|revoke --db URL --user NAME (--planner MISSION | --reviewer | --reader)}: gives
 * an existing login of the server a role, or takes it (a planner may hold several missions);</li>
 * <li>{@code planner db roles --db URL}: the team's logins and their roles;</li>
 * <li>{@code planner db copy --from URL --to URL [--db-user NAME]}: carries an embedded (H2) database, its
 * history and proposals included, to a server migrated by {@code db migrate} ({@link DatabaseCopy}); the
 * source is opened as the embedded database is (no user), {@code --db-user} and its password are the
 * target's (the server's administrator);</li>
 * <li>{@code planner db backup --db URL --out FILE} and {@code planner db restore --db URL --from FILE}: the
 * embedded database's backup, a zip written by H2's {@code BACKUP TO}, and its restore into a database that
 * does not exist or is empty ({@link EmbeddedBackup}); a PostgreSQL server is backed up with pg_dump.</li>
 * </ul>
 * Exit 0 done, 2 otherwise (bad input, the embedded database, which has one user holding every role, a
 * login that does not exist, a login that may not change roles, a copy or restore onto data).
 */
final class DatabaseCommands {
    private final PrintStream out;
    private final PrintStream err;

    DatabaseCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Options.UsageException {
        if (args.isEmpty()) {
            throw new Options.UsageException("db needs a command: migrate, grant, revoke, roles, copy, backup or restore");
        }
        String command = args.get(0);
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        boolean reviewer = rest.remove("--reviewer");
        boolean reader = rest.remove("--reader");
        return switch (command) {
            case "migrate" -> migrate(Options.parse(rest, Set.of("db", "db-user")));
            case "grant", "revoke" -> role(command.equals("grant"), Options.parse(rest, Set.of("db", "db-user", "user", "planner")),
                    reviewer, reader);
            case "roles" -> roles(Options.parse(rest, Set.of("db", "db-user")));
            case "copy" -> copy(Options.parse(rest, Set.of("from", "to", "db-user")));
            case "backup" -> backup(Options.parse(rest, Set.of("db", "db-user", "out")));
            case "restore" -> restore(Options.parse(rest, Set.of("db", "db-user", "from")));
            default -> throw new Options.UsageException("unknown db command: " + command
                    + " (migrate, grant, revoke, roles, copy, backup or restore)");
        };
    }

    private int migrate(Options options) throws Options.UsageException {
        DatabaseLogin login = DatabaseOption.login(options);
        try {
            int version = PlanStore.migrate(login);
            out.println(login.maskedUrl() + ": schema at version " + version);
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private int role(boolean grant, Options options, boolean reviewer, boolean reader) throws Options.UsageException {
        String user = options.required("user");
        String mission = options.get("planner");
        if ((mission != null ? 1 : 0) + (reviewer ? 1 : 0) + (reader ? 1 : 0) != 1) {
            throw new Options.UsageException("db " + (grant ? "grant" : "revoke")
                    + " takes one of --planner MISSION, --reviewer or --reader");
        }
        if (mission != null && ReferenceData.shipped().mission(mission) == null) {
            throw new Options.InputException("--planner: unknown mission code: " + mission);
        }
        TeamRole role = mission != null ? TeamRole.PLANNER : reviewer ? TeamRole.REVIEWER : TeamRole.READER;
        DatabaseLogin login = DatabaseOption.login(options);
        try (PlanStore store = PlanStore.open(login)) {
            if (grant) {
                store.grant(user, role, mission);
            } else {
                store.revoke(user, role, mission);
            }
            Access now = store.roles().get(user);
            out.println(user + ": " + (now == null ? "no role" : now.describe()) + " (" + login.maskedUrl() + ")");
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private int roles(Options options) throws Options.UsageException {
        DatabaseLogin login = DatabaseOption.login(options);
        try (PlanStore store = PlanStore.open(login)) {
            if (!store.isServer()) {
                out.println(login.maskedUrl() + ": the embedded database has one user, " + store.userName()
                        + ", who holds every role");
                return Planner.OK;
            }
            store.roles().forEach((user, access) -> out.println(user + ": " + access.describe()));
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private int copy(Options options) throws Options.UsageException {
        String fromUrl = options.required("from");
        options.required("to");
        DatabaseLogin from;
        try {
            from = DatabaseLogin.of(fromUrl);
        } catch (DatabaseUrlException e) {
            throw new Options.UsageException("--from: " + e.getMessage());
        }
        DatabaseLogin to = DatabaseOption.login(options, "to");
        try {
            Map<String, Integer> copied = DatabaseCopy.copy(from, to);
            out.println(from.maskedUrl() + " -> " + to.maskedUrl() + ": " + copied.getOrDefault("initiative", 0)
                    + " initiatives, " + copied.getOrDefault("edit_history", 0) + " changes in their history, "
                    + copied.getOrDefault("proposal_snapshot", 0) + " proposal snapshots copied");
            copied.forEach((table, rows) -> out.println("  " + table + ": " + rows));
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private int backup(Options options) throws Options.UsageException {
        DatabaseLogin login = DatabaseOption.login(options);
        Path target = OutputFile.target(options.required("out"), OutputFile.databaseFiles(login.url()));
        try {
            int[] initiatives = new int[1];
            FileReplacement.replace(target, aside -> {
                Files.delete(aside); // H2 writes the zip itself
                initiatives[0] = EmbeddedBackup.backup(login, aside);
            });
            out.printf("%s: backup of %s, %d initiatives (%,d bytes)%n", target, login.maskedUrl(), initiatives[0],
                    Files.size(target));
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        } catch (IOException e) {
            err.println("planner: cannot write " + target + ": " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private int restore(Options options) throws Options.UsageException {
        DatabaseLogin login = DatabaseOption.login(options);
        Path backup = Path.of(options.required("from")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup) || !Files.isReadable(backup)) {
            throw new Options.InputException("cannot read the backup " + backup);
        }
        Path database = EmbeddedBackup.databaseFile(login.url());
        try { // the database written is never the backup read
            if (database != null && (database.equals(backup) || Files.exists(database) && Files.isSameFile(database, backup))) {
                throw new Options.InputException("--from " + backup + " is the database's own file; nothing was restored");
            }
        } catch (IOException e) {
            throw new Options.InputException("cannot tell " + backup + " from the database's file: " + e.getMessage());
        }
        try {
            int initiatives = EmbeddedBackup.restore(login, backup);
            out.println(login.maskedUrl() + ": restored from " + backup + ", " + initiatives + " initiatives");
            return Planner.OK;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }
}
