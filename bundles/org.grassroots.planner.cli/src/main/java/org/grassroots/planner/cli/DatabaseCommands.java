package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.Access;
import org.grassroots.planner.store.DatabaseLogin;
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
 * <li>{@code planner db roles --db URL}: the team's logins and their roles.</li>
 * </ul>
 * Exit 0 done, 2 otherwise (bad input, the embedded database, which has one user holding every role, a
 * login that does not exist, a login that may not change roles).
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
            throw new Options.UsageException("db needs a command: migrate, grant, revoke or roles");
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
            default -> throw new Options.UsageException("unknown db command: " + command + " (migrate, grant, revoke or roles)");
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
}
