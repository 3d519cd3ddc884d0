package org.grassroots.planner.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Helpers shared by the formats. */
public final class Exports {
    /** Japan Standard Time: the documents go to Tokyo. */
    static final java.time.ZoneId JST = java.time.ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'", Locale.ROOT)
            .withZone(JST);

    private Exports() {
    }

    /** @return the documents' timestamp as they print it (Japan Standard Time, to the minute) */
    public static String timestamp(Instant at) {
        return STAMP.format(at);
    }

    /** @return yen as {@code 1,234,567} */
    static String yen(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * @return an amount as a desk officer writes it: in Japanese in thousands of yen with ▲ before a negative
     *         ({@code 250,870千円}, {@code ▲30,870千円}; rounded half up to the thousand), in English in yen
     *         ({@code JPY 250,870,000}, {@code JPY -30,870,000})
     */
    static String amount(long yen, boolean japanese) {
        if (!japanese) {
            return "JPY " + yen(yen);
        }
        long thousands = Math.floorDiv(Math.abs(yen) + 500, 1000);
        return (yen < 0 && thousands > 0 ? "\u25b2" : "") + String.format(Locale.ROOT, "%,d", thousands) + "\u5343\u5186";
    }

    /** @return yen in millions with one decimal, as {@code 12.3} */
    static String millions(long value) {
        return String.format(Locale.ROOT, "%,.1f", value / 1_000_000.0);
    }
}
