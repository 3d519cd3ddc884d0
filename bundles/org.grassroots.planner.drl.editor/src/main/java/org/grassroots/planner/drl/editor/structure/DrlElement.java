package org.grassroots.planner.drl.editor.structure;

/**
 * One part of a DRL file, as the outline and the folding show it: its kind, its name, where it is (offset and
 * length of the whole part and of its name) and, for rules and queries, where {@code when} and {@code then} are
 * (-1 where absent).
 */
public record DrlElement(Kind kind, String name, int offset, int length, int nameOffset, int nameLength, int whenOffset,
        int thenOffset) {

    /** What a part of a DRL file is. */
    public enum Kind {
        PACKAGE, IMPORT, GLOBAL, FUNCTION, QUERY, DECLARE, RULE
    }

    /** @return the offset just after the part */
    public int end() {
        return offset + length;
    }

    /** @return whether this offset lies within the part (its end included, where a rule author types on) */
    public boolean contains(int at) {
        return at >= offset && at <= end();
    }
}
