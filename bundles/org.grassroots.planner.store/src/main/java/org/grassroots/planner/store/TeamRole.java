package org.grassroots.planner.store;

/** The roles of a team's server (contract: {@code planner db grant … --planner MISSION | --reviewer | --reader}). */
public enum TeamRole {
    /** Adds, changes and deletes one mission's initiatives and proposes for it. */
    PLANNER("planner_planner"),
    /** Approves, returns and reopens any mission's proposal; edits the year's reference. */
    REVIEWER("planner_reviewer"),
    /** Reads every mission's plan. */
    READER("planner_reader");

    private final String databaseRole;

    TeamRole(String databaseRole) {
        this.databaseRole = databaseRole;
    }

    /** @return the PostgreSQL group role that carries its rights */
    String databaseRole() {
        return databaseRole;
    }

    /** @return the role as said to the user: {@code planner of cg-chicago}, {@code reviewer}, {@code reader} */
    public String describe(String mission) {
        return this == PLANNER ? "planner of " + mission : name().toLowerCase(java.util.Locale.ROOT);
    }
}
