package org.grassroots.planner.rules;

/**
 * The rules fired more often in one evaluation than {@link #getLimit()} allows: 1,000 × (facts + 1)
 * firings, where the facts are those the engine inserts (see {@link RuleEngine#firingLimit}). Almost
 * always a rule that re-triggers itself, such as one that calls {@code update($i)} without
 * {@code no-loop}; {@link #getRuleName()} names the rule that fired last.
 */
public class RuleFiringLimitException extends RuleFailureException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public RuleFiringLimitException(String message, String ruleName, String location, long limit) {
        super(message, ruleName, location, null);
        this.limit = limit;
    }

    /** @return the most firings the evaluation was allowed */
    public long getLimit() {
        return limit;
    }
}
