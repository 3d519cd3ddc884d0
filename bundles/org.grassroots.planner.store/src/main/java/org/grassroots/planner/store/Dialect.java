package org.grassroots.planner.store;

/**
 * The two databases the store runs on: H2 (embedded for one planner, the zero-setup default) and
 * PostgreSQL (a team's server). What differs between them is said here and in the migration scripts
 * named {@code V<n>__<name>.h2.sql} or {@code V<n>__<name>.postgresql.sql}.
 */
enum Dialect {
    /** One user, who holds every role; the edit history is written by the store. */
    H2("h2"),
    /**
     * Logins with roles enforced by the server (grants, row-level security); the edit history is written
     * by triggers, so plain SQL is audited too; the schema is changed only by {@code planner db migrate}.
     */
    POSTGRESQL("postgresql");

    private final String scriptSuffix;

    Dialect(String scriptSuffix) {
        this.scriptSuffix = scriptSuffix;
    }

    /** @return the dialect of a URL already checked by {@link DatabaseUrl#check(String)} */
    static Dialect of(String url) {
        return url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** @return the middle part of the migration scripts meant for this database only ({@code h2}, {@code postgresql}) */
    String scriptSuffix() {
        return scriptSuffix;
    }

    /** @return whether the database writes the edit history itself (triggers) */
    boolean auditsInDatabase() {
        return this == POSTGRESQL;
    }
}
