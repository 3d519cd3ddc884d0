package org.grassroots.planner.store.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every row change the benchmark's clients asked for, with what the store answered. Each save attempt gives each row a
 * budget no other attempt uses, so the audit trail and the final rows tell exactly which attempts were stored.
 */
final class Ledger {
    enum Kind {
        INSERT, UPDATE, DELETE
    }

    enum Outcome {
        /** the store returned: the change is acknowledged */
        ACKED,
        /** ConflictException: another planner changed or deleted a row since it was read */
        CONFLICT,
        /** AccessRefusedException: the login's role may not (a mission locked by an approval) */
        REFUSED,
        /** the connection broke (server crash, client killed): stored or not, the client cannot know */
        IN_DOUBT,
        /** PostgreSQL reported a deadlock (SQLState 40P01) */
        DEADLOCK,
        /** any other error: a rejection not reported as a conflict or a refusal */
        FAILED
    }

    /**
     * @param group the save call (one transaction) the row belonged to
     * @param version the row's version after an acknowledged insert or update, else 0
     */
    record Attempt(long group, String who, String id, Kind kind, Long budget, Outcome outcome, long version) {
    }

    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final AtomicLong groups = new AtomicLong();

    long newGroup() {
        return groups.incrementAndGet();
    }

    void add(Attempt a) {
        attempts.add(a);
    }

    List<Attempt> all() {
        return new ArrayList<>(attempts);
    }
}
