package org.grassroots.planner.rules;

import java.util.List;
import java.util.Objects;

/**
 * A fact of the year before the one checked, given to the rules: a Japanese title or a partner of last year's
 * initiatives (not cancelled) that have no results recorded, with those initiatives. Its key is the form
 * {@link org.grassroots.planner.model.Initiative#getRepeatKeys()} gives ({@code title=...}, {@code partner=...}), so
 * that REPEAT-WITHOUT-RESULTS finds this year's initiatives that repeat it by an equality the engine indexes. Kept
 * current by the session as initiatives are edited.
 */
public final class LastYearWork {
    private final String key;
    private final List<String> initiatives;

    public LastYearWork(String key, List<String> initiatives) {
        this.key = Objects.requireNonNull(key, "key");
        this.initiatives = List.copyOf(initiatives);
    }

    /** @return the key: {@code title=} or {@code partner=} and the title or partner */
    public String getKey() {
        return key;
    }

    /** @return the title or the partner repeated, without its prefix */
    public String getRepeated() {
        return key.substring(key.indexOf('=') + 1);
    }

    /** @return the ids of last year's initiatives without results that have this title or partner, sorted */
    public List<String> getInitiatives() {
        return initiatives;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LastYearWork w && w.key.equals(key) && w.initiatives.equals(initiatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, initiatives);
    }

    @Override
    public String toString() {
        return "LastYearWork[" + key + " " + initiatives + "]";
    }
}
