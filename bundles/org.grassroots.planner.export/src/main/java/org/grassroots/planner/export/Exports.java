package org.grassroots.planner.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Helpers shared by the formats. */
public final class Exports {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Exports() {
    }

    /** @return the documents' timestamp as they print it (UTC, to the minute) */
    public static String timestamp(Instant at) {
        return STAMP.format(at);
    }

    /** @return yen as {@code 1,234,567} */
    static String yen(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** @return yen in millions with one decimal, as {@code 12.3} */
    static String millions(long value) {
        return String.format(Locale.ROOT, "%,.1f", value / 1_000_000.0);
    }
}
