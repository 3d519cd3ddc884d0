package org.grassroots.planner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A fact of the year before the one checked, given to the rules: a Japanese title or a partner of last year's
 * initiatives (not cancelled) that have no results recorded, with the first {@value #SHOWN} of those initiatives and
 * whether there are more. Its key is the form {@link org.grassroots.planner.model.Initiative#getRepeatKeys()} gives
 * ({@code title=...}, {@code partner=...}), so that REPEAT-WITHOUT-RESULTS finds this year's initiatives that repeat
 * it by an equality the engine indexes. Kept current by the session as initiatives are edited.
 * <p>
 * Why only the first few: each of this year's initiatives that repeats the key has a finding naming them, and a
 * partner such as JETRO can be shared by hundreds of initiatives in each year. A message that names hundreds of ids
 * is not read; and if it named them all, each change among last year's would change every one of those findings
 * (in the benchmark's plan, 12,500 findings made again at each such edit: 40 ms instead of 50 µs). The fact changes
 * only when what it shows changes.
 */
public final class LastYearWork {
    /** How many of last year's initiatives the fact names. */
    public static final int SHOWN = 5;

    private final String key;
    private final List<String> initiatives;
    private final boolean more;

    /**
     * @param key the repeat key
     * @param ids the ids of last year's initiatives without results that have it, sorted: the fact keeps the first
     *        {@value #SHOWN}
     */
    public LastYearWork(String key, SortedSet<String> ids) {
        this.key = Objects.requireNonNull(key, "key");
        List<String> shown = new ArrayList<>(SHOWN);
        for (String id : ids) {
            if (shown.size() == SHOWN) {
                break;
            }
            shown.add(id);
        }
        this.initiatives = List.copyOf(shown);
        this.more = ids.size() > SHOWN;
    }

    /** @return the key: {@code title=} or {@code partner=} and the title or partner */
    public String getKey() {
        return key;
    }

    /** @return the title or the partner repeated, without its prefix */
    public String getRepeated() {
        return key.substring(key.indexOf('=') + 1);
    }

    /**
     * @return the ids of the first {@value #SHOWN} (in sorted order) of last year's initiatives without results that
     *         have this title or partner
     */
    public List<String> getInitiatives() {
        return initiatives;
    }

    /** @return whether last year has more such initiatives than {@link #getInitiatives()} names */
    public boolean isMore() {
        return more;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LastYearWork w && w.key.equals(key) && w.more == more && w.initiatives.equals(initiatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, initiatives, more);
    }

    @Override
    public String toString() {
        return "LastYearWork[" + key + " " + initiatives + (more ? " and more]" : "]");
    }
}
