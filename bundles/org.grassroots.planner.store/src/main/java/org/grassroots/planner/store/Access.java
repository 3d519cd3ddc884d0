package org.grassroots.planner.store;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the database login may do, as the database enforces it: on a PostgreSQL server its roles
 * ({@code planner db grant}); on the embedded H2 database, whose one user holds every role, everything.
 *
 * @param user who the store records as the author of changes: the database login on a server, the OS
 *            user on the embedded database
 * @param everything holds every role (the embedded database's user, a server's superuser)
 * @param reviewer approves or returns proposals and edits the references
 * @param missions the missions whose initiatives it adds, changes and deletes, and proposes
 */
public record Access(String user, boolean everything, boolean reviewer, Set<String> missions) {
    public Access {
        missions = Set.copyOf(missions);
    }

    static Access all(String user) {
        return new Access(user, true, true, Set.of());
    }

    /** @return whether it may add, change and delete this mission's initiatives and propose for it */
    public boolean plans(String mission) {
        return everything || missions.contains(mission);
    }

    /** @return whether it may approve, return and reopen proposals and edit references */
    public boolean reviews() {
        return everything || reviewer;
    }

    /** @return whether it may change nothing (a reader) */
    public boolean readsOnly() {
        return !everything && !reviewer && missions.isEmpty();
    }

    /** @return the roles held, as said to the user ({@code planner of cg-chicago, reviewer}) */
    public String describe() {
        if (everything) {
            return "every role";
        }
        SortedSet<String> out = new TreeSet<>();
        missions.forEach(m -> out.add("planner of " + m));
        if (reviewer) {
            out.add("reviewer");
        }
        return out.isEmpty() ? "reader" : String.join(", ", out);
    }
}
