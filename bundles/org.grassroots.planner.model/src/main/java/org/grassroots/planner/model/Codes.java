package org.grassroots.planner.model;

import java.util.function.Function;

/** Looks up a contract code among an enum's values. */
final class Codes {
    private Codes() {
    }

    static <E> E find(E[] values, Function<E, String> codeOf, String code) {
        for (E value : values) {
            if (codeOf.apply(value).equals(code)) {
                return value;
            }
        }
        return null;
    }
}
