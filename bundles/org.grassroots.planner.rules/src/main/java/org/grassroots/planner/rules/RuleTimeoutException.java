package org.grassroots.planner.rules;

import java.time.Duration;

/**
 * An evaluation did not finish within its time limit ({@link #getTimeout()}; the command line's
 * {@code --timeout}, 300 s by default). {@link #getRuleName()} names the rule that fired last, or is null
 * if none had fired.
 */
public class RuleTimeoutException extends RuleFailureException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public RuleTimeoutException(String message, String ruleName, String location, Duration timeout) {
        super(message, ruleName, location, null);
        this.timeout = timeout;
    }

    /** @return the time the evaluation was allowed */
    public Duration getTimeout() {
        return timeout;
    }
}
