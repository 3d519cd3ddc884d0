package org.grassroots.planner.cli;

/** The {@code --timeout SECONDS} of {@code check}: how long the rules may run (300 s by default). */
final class Timeout {
    static final int DEFAULT_SECONDS = 300;

    private Timeout() {
    }

    /** @throws Options.UsageException unless the value is a whole number of seconds from 1 to 86,400 */
    static int seconds(Options options) throws Options.UsageException {
        String value = options.get("timeout");
        if (value == null) {
            return DEFAULT_SECONDS;
        }
        try {
            int s = Integer.parseInt(value.strip());
            if (s >= 1 && s <= 86_400) {
                return s;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Options.UsageException("--timeout takes a number of seconds from 1 to 86400, not " + value);
    }
}
