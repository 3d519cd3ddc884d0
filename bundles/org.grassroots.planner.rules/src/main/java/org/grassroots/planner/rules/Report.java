package org.grassroots.planner.rules;

import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence calls to report its finding, in the words of the rule author: the rule's name is the
 * finding's id and its {@code @severity(error|warning|info)} metadata the severity, so neither is written again.
 *
 * <pre>
 * rule "AP2-NO-PARTNER" &#64;severity(info)
 * when
 *     $i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED, partners.isEmpty() )
 * then
 *     Report.initiative( drools, $i, "kind", $i.getKind() );
 * end
 * </pre>
 *
 * The facts (name/value pairs) explain the finding and fill the placeholders of the rule's message. They are kept as
 * the output shows them: a date as {@code yyyy-mm-dd}, a status, kind or format as its code, an exact total as a
 * number, a collection sorted and without duplicates. A finding holds as long as the rule's match does
 * ({@link Findings#report}).
 */
public final class Report {
    private Report() {
    }

    /** A finding about one initiative. */
    public static void initiative(Object drools, Initiative initiative, Object... facts) {
        report(drools, initiative.getId(), null, null, facts);
    }

    /** A finding about one target state of an initiative: its subject is the initiative, its mission and the state. */
    public static void initiativeState(Object drools, Initiative initiative, String state, Object... facts) {
        report(drools, initiative.getId(), initiative.getMission(), state, facts);
    }

    /** A finding about a mission (by code). */
    public static void mission(Object drools, String mission, Object... facts) {
        report(drools, null, mission, null, facts);
    }

    /** A finding about a state (by code). */
    public static void state(Object drools, String state, Object... facts) {
        report(drools, null, null, state, facts);
    }

    /** A finding about the fiscal year as a whole. */
    public static void year(Object drools, Object... facts) {
        report(drools, null, null, null, facts);
    }

    /** The finding of the consequence's match: the session's collector looked up once, the rule's severity kept by it. */
    private static void report(Object drools, String initiative, String mission, String state, Object[] facts) {
        RuleContext context = context(drools);
        Rule rule = context.getRule();
        FindingCollector collector = FindingCollector.of(context);
        collector.add(context.getMatch(),
                Findings.of(rule.getName(), collector.severity(rule), initiative, mission, state, values(facts)));
    }

    private static RuleContext context(Object drools) {
        if (!(drools instanceof RuleContext context)) {
            throw new IllegalArgumentException("Report takes the consequence's drools or kcontext, not " + drools);
        }
        return context;
    }

    /** @return the rule's {@code @severity}: error, warning or info */
    static Severity severityOf(Rule rule) {
        Severity severity = parse(rule.getMetaData().get("severity"));
        if (severity == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" reports a finding but has no @severity(error|warning|info), it has "
                    + rule.getMetaData().get("severity"));
        }
        return severity;
    }

    /** @return the severity this metadata value names, or null */
    static Severity parse(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (!(text.equals("error") || text.equals("warning") || text.equals("info"))) {
            text = text.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        }
        for (Severity s : Severity.values()) {
            if (s.code().equals(text)) {
                return s;
            }
        }
        return null;
    }

    private static Object[] values(Object[] facts) {
        for (int i = 1; i < facts.length; i += 2) {
            Object v = facts[i];
            if (v instanceof TemporalAccessor) {
                facts[i] = v.toString();
            } else if (v instanceof Status s) {
                facts[i] = s.code();
            } else if (v instanceof Kind k) {
                facts[i] = k.code();
            } else if (v instanceof Format f) {
                facts[i] = f.code();
            } else if (v instanceof BigInteger b) {
                facts[i] = Budgets.compact(b);
            }
        }
        return facts;
    }
}
