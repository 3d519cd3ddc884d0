package org.grassroots.planner.rules;

import java.util.Objects;
import java.util.Set;

/**
 * A row of the kind and theme matrix that analysts keep beside the rules ({@code kind-themes.csv}), as the rules are
 * given it: the themes that do not fit an initiative of this kind (the {@link ThemeMisfit} cells of the kind's row).
 * One fact per kind, so that KIND-THEME-MISMATCH asks once per initiative whether any of its themes is among them.
 */
public final class MisfitThemes {
    private final String kind;
    private final Set<String> themes;

    public MisfitThemes(String kind, Set<String> themes) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.themes = Set.copyOf(themes);
    }

    /** @return the kind's code */
    public String getKind() {
        return kind;
    }

    /** @return the codes of the themes that do not fit the kind */
    public Set<String> getThemes() {
        return themes;
    }

    /** @return the matrix's cells grouped into one fact per kind, in the order the kinds come */
    static java.util.List<MisfitThemes> byKind(java.util.List<ThemeMisfit> cells) {
        java.util.Map<String, java.util.Set<String>> rows = new java.util.LinkedHashMap<>();
        cells.forEach(c -> rows.computeIfAbsent(c.getKind(), k -> new java.util.TreeSet<>()).add(c.getTheme()));
        java.util.List<MisfitThemes> out = new java.util.ArrayList<>();
        rows.forEach((kind, themes) -> out.add(new MisfitThemes(kind, themes)));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MisfitThemes m && m.kind.equals(kind) && m.themes.equals(themes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, themes);
    }

    @Override
    public String toString() {
        return kind + " x " + new java.util.TreeSet<>(themes);
    }
}
