package org.grassroots.planner.rules;

import java.util.Objects;

/**
 * One cell of the kind and theme matrix that analysts keep beside the rules ({@code kind-themes.csv}): a theme that
 * does not fit an initiative of this kind (Digital Garden City themes on an anime screening). Given to the rules as a
 * fact; the matrix is data, not rule text.
 */
public final class ThemeMisfit {
    private final String kind;
    private final String theme;

    public ThemeMisfit(String kind, String theme) {
        this.kind = kind;
        this.theme = theme;
    }

    /** @return the kind's code */
    public String getKind() {
        return kind;
    }

    /** @return the theme's code */
    public String getTheme() {
        return theme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeMisfit m && m.kind.equals(kind) && m.theme.equals(theme);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, theme);
    }

    @Override
    public String toString() {
        return kind + " x " + theme;
    }
}
