package org.grassroots.planner.store;

import java.util.List;
import java.util.stream.Collectors;

/** A save refused because another planner changed or deleted some of its initiatives since they were read; nothing was stored. */
public final class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient List<Conflict> conflicts;

    ConflictException(List<Conflict> conflicts) {
        super("nothing was saved: " + conflicts.size() + " initiative(s) changed by another planner since they were read: "
                + conflicts.stream().map(c -> c.id() + (c.theirs() == null ? " (deleted" : " (changed") + " by "
                        + c.changedBy() + ")").collect(Collectors.joining(", ")), null);
        this.conflicts = List.copyOf(conflicts);
    }

    /** @return each initiative in conflict, as this planner would save it and as it is now */
    public List<Conflict> conflicts() {
        return conflicts;
    }
}
