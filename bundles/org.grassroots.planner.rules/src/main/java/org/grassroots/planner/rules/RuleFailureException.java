package org.grassroots.planner.rules;

/**
 * The rules could not finish an evaluation, so its findings are not to be trusted: a rule's consequence
 * threw ({@link #getCause()} holds what it threw), the rules fired more often than the firing limit allows
 * ({@link RuleFiringLimitException}), or they ran out of time ({@link RuleTimeoutException}). Thrown by
 * {@link RuleEngine#check}, {@link RuleEngine#checkInAnyOrder}, {@link RuleEngine#open} and a live
 * {@link RuleSession}'s edits and {@link RuleSession#reopen reopen}; a check that throws it has no result
 * (command line: exit 2).
 * <p>
 * {@link #getMessage()} is one line meant for users, naming the rule and where it is declared, e.g.
 * {@code rule "BUDGET-OVER-CAP" (rules/budget.drl:17) failed: ArithmeticException: / by zero}.
 */
public class RuleFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleName;
    private final String location;

    /**
     * @param message one line, naming the rule and its location if known
     * @param ruleName the rule, or null if none can be named
     * @param location where the rule is declared, "file:line", or null if not known
     * @param cause what the rule threw, or null
     */
    public RuleFailureException(String message, String ruleName, String location, Throwable cause) {
        super(oneLine(message), cause);
        this.ruleName = ruleName;
        this.location = location;
    }

    /** @return the name of the rule that failed (that fired last, for a limit), or null if none can be named */
    public String getRuleName() {
        return ruleName;
    }

    /**
     * @return where the rule is declared: its DRL file (as the rules' folder was given) and the 1-based line
     *         of its {@code rule "NAME"}, as "file:line"; null if the rule or its file is not known
     */
    public String getLocation() {
        return location;
    }

    /** @return {@code rule "NAME" (file:line)}, or {@code rule "NAME"}, or null without a rule */
    static String describe(String ruleName, String location) {
        if (ruleName == null) {
            return null;
        }
        return "rule \"" + ruleName + "\"" + (location == null ? "" : " (" + location + ")");
    }

    /** @return the text on one line: line breaks and the spaces around them become one space */
    static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
