package org.grassroots.planner.rules;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * The limits of one evaluation ({@code fireAllRules}): it counts the firings and stops the evaluation,
 * by throwing out of the agenda, at the first firing beyond the limit or after the deadline. It also
 * remembers the match that fired last, to name the rule when something goes wrong. Cheap: a counter, a
 * field and {@link System#nanoTime()} per firing, no listener.
 * <p>
 * A consequence or a condition that never returns is not interrupted: the limits are checked between
 * firings.
 */
final class FiringGuard implements AgendaFilter {
    /** How Drools names the rule of a condition that threw: {@code [Rule "NAME" in file.drl]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\" in ");

    /** What stops an evaluation; it carries no stack trace, it never leaves the engine. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("the rules' limits were reached", null, false, false);
        }
    }

    private final RuleSet rules;
    private final long facts;
    private final long limit;
    private final Duration timeout;
    private final long deadline;
    private long fired;
    private Match last;
    private boolean overLimit;

    /**
     * @param facts the facts of the evaluation, which set its firing limit ({@link RuleEngine#firingLimit})
     * @param start {@link System#nanoTime()} when the evaluation started
     */
    FiringGuard(RuleSet rules, long facts, Duration timeout, long start) {
        this.rules = rules;
        this.facts = facts;
        this.limit = RuleEngine.firingLimit(facts);
        this.timeout = timeout;
        this.deadline = start + nanos(timeout);
    }

    private static long nanos(Duration timeout) {
        return timeout.compareTo(Duration.ofDays(365 * 100)) > 0 ? Long.MAX_VALUE / 4 : timeout.toNanos();
    }

    @Override
    public boolean accept(Match match) {
        if (++fired > limit) {
            overLimit = true;
            throw new Stop();
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new Stop();
        }
        last = match;
        return true;
    }

    /**
     * Makes the change to the session's facts (inserts, updates, deletes), then fires its rules within the
     * limits.
     *
     * @throws RuleFailureException if a rule threw (in a consequence or a condition), the rules fired too
     *             often, or the time ran out (also when the rules came to rest only after the deadline)
     */
    void run(KieSession session, Runnable change) {
        try {
            change.run();
            session.fireAllRules(this);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        if (System.nanoTime() - deadline >= 0) {
            throw timedOut();
        }
    }

    private RuleFailureException failure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stop) {
                return overLimit ? overLimit() : timedOut();
            }
            if (t instanceof RuleFailureException r) {
                return r;
            }
            if (t instanceof ConsequenceException c && c.getMatch() != null && c.getMatch().getRule() != null) {
                Rule rule = c.getMatch().getRule();
                Throwable cause = c.getCause() != null ? c.getCause() : c;
                String location = rules.location(rule.getPackageName(), rule.getName());
                return new RuleFailureException(RuleFailureException.describe(rule.getName(), location) + " failed: "
                        + what(cause), rule.getName(), location, cause);
            }
        }
        // not a consequence: a condition, whose rule Drools names only in its message, or Drools itself
        Throwable cause = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                String rule = m.group(1);
                boolean several = m.find();
                Throwable thrown = t;
                while (thrown.getCause() != null && thrown.getCause() != thrown) { // what the condition's code threw
                    thrown = thrown.getCause();
                }
                String location = several ? null : rules.location(rule);
                return new RuleFailureException(several ? "the conditions of several rules failed (" + rule + " …): "
                        + what(thrown) : RuleFailureException.describe(rule, location) + " failed in a condition: "
                                + what(thrown), several ? null : rule, location, thrown);
            }
            cause = t;
        }
        return new RuleFailureException("the rules failed" + (last == null ? "" : " after " + lastFired()) + ": "
                + what(cause), null, null, e);
    }

    private RuleFailureException overLimit() {
        String rule = last == null ? null : last.getRule().getName();
        String location = location();
        return new RuleFiringLimitException(String.format(Locale.ROOT,
                "%s fired last when the rules went over their limit of %,d firings (1,000 × (%,d facts + 1)):"
                        + " a rule that keeps triggering itself or another (update without no-loop?)",
                rule == null ? "no rule" : RuleFailureException.describe(rule, location), limit, facts), rule, location, limit);
    }

    private RuleFailureException timedOut() {
        String rule = last == null ? null : last.getRule().getName();
        String location = location();
        return new RuleTimeoutException("the rules did not finish within " + format(timeout)
                + (rule == null ? "" : "; " + RuleFailureException.describe(rule, location) + " fired last"), rule, location,
                timeout);
    }

    private String lastFired() {
        return RuleFailureException.describe(last.getRule().getName(), location()) + " fired last";
    }

    private String location() {
        return last == null ? null : rules.location(last.getRule().getPackageName(), last.getRule().getName());
    }

    private static String what(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    static String format(Duration d) {
        if (d.toMillis() % 1000 == 0) {
            return String.format(Locale.ROOT, "%,d s", d.toSeconds());
        }
        return String.format(Locale.ROOT, "%,d ms", d.toMillis());
    }
}
