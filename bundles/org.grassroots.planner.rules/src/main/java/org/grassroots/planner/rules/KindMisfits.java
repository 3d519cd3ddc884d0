package org.grassroots.planner.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kind and theme matrix that analysts keep beside the rules ({@code kind-themes.csv}), as the rules are given it:
 * the global {@code kindMisfits}, which says the themes that do not fit a kind ({@code kindMisfits.of( kindCode )}).
 * The matrix belongs to the rule set and changes only with it, so it is a global, not a fact: a condition on it is
 * checked on each initiative alone, without a join.
 */
public final class KindMisfits {
    private final Map<String, Set<String>> byKind;

    private KindMisfits(Map<String, Set<String>> byKind) {
        this.byKind = byKind;
    }

    /** @return the matrix's cells gathered by kind */
    static KindMisfits of(List<ThemeMisfit> cells) {
        Map<String, Set<String>> rows = new java.util.HashMap<>();
        cells.forEach(c -> rows.computeIfAbsent(c.getKind(), k -> new java.util.TreeSet<>()).add(c.getTheme()));
        Map<String, Set<String>> out = new java.util.HashMap<>();
        rows.forEach((kind, themes) -> out.put(kind, Set.copyOf(themes)));
        return new KindMisfits(Map.copyOf(out));
    }

    /** @return the codes of the themes that do not fit this kind (none for a kind the matrix does not name, or null) */
    public Set<String> of(String kind) {
        return kind == null ? Set.of() : byKind.getOrDefault(kind, Set.of());
    }

    @Override
    public String toString() {
        return "KindMisfits" + new java.util.TreeMap<>(byKind);
    }
}
