package org.grassroots.planner.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * The findings of one Drools session. Consequences report findings here (through
 * {@link Findings#report}), each tied to the match that made it; when Drools undoes or updates a
 * match, its findings go (an updated match fires again and reports afresh). This is what
 * {@code insertLogical} does, without its truth-maintenance bookkeeping. {@code Finding} facts that
 * rules still insert logically are counted too.
 * <p>
 * A finding reported twice (two matches, same finding) is held once, as long as one of its matches
 * holds. Once started, the journal gathers the net change since it was last drained, for listeners.
 * <p>
 * <b>Why Drools' internal {@code RuleEventListener} (kie-internal) and not the public KIE API:</b> a finding must go
 * when the match that made it is undone after it fired (an edit in a live session). The public
 * {@code AgendaEventListener} tells of a match created, cancelled before it fires, and fired, but says nothing when a
 * match that has fired is deleted or updated; {@code RuleEventListener.onDeleteMatch}/{@code onUpdateMatch} do. The
 * alternative, {@code insertLogical} of findings (public), works but costs several times as much on large plans
 * (README, "Adding a rule"). Revisit when the public API gains such an event.
 */
final class FindingCollector implements RuleEventListener, RuleRuntimeEventListener {
    /** The name under which a session's environment holds its collector. */
    static final String ENVIRONMENT_KEY = "org.grassroots.planner.rules.findings";

    private final Map<Finding, int[]> counts;
    private final Map<Match, Object> byMatch;
    private final Map<Rule, Severity> severities = new IdentityHashMap<>();
    private Rule lastRule;
    private Severity lastSeverity;
    private boolean journal;
    private Set<Finding> added = new LinkedHashSet<>();
    private Set<Finding> removed = new LinkedHashSet<>();

    /** @param expected about how many findings to expect (the size of the plan will do) */
    FindingCollector(int expected) {
        this.counts = new HashMap<>(Math.max(16, expected * 4 / 3));
        this.byMatch = new IdentityHashMap<>(Math.max(16, expected));
    }

    static void report(Object drools, Finding finding) {
        if (!(drools instanceof RuleContext context)) {
            throw new IllegalArgumentException("Findings.report takes the consequence's drools or kcontext, not " + drools);
        }
        of(context).add(context.getMatch(), finding);
    }

    /** @return the collector of the session this consequence runs in */
    static FindingCollector of(RuleContext context) {
        Object collector = context.getKieRuntime().getEnvironment().get(ENVIRONMENT_KEY);
        if (!(collector instanceof FindingCollector c)) {
            throw new IllegalStateException("findings can only be reported in a session of the planner's rule engine");
        }
        return c;
    }

    /**
     * @return the rule's {@code @severity}, read from its metadata once per rule and session: a rule's matches fire
     *         one after another, so the last rule asked is nearly always the one asked again
     */
    Severity severity(Rule rule) {
        if (rule != lastRule) {
            lastSeverity = severities.computeIfAbsent(rule, Report::severityOf);
            lastRule = rule;
        }
        return lastSeverity;
    }

    void add(Match match, Finding finding) {
        Object before = byMatch.put(match, finding);
        if (before instanceof Finding f) {
            List<Finding> both = new ArrayList<>(2);
            both.add(f);
            both.add(finding);
            byMatch.put(match, both);
        } else if (before instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Finding> findings = (List<Finding>) list;
            findings.add(finding);
            byMatch.put(match, findings);
        }
        hold(finding);
    }

    private void undo(Match match) {
        Object findings = byMatch.remove(match);
        if (findings instanceof Finding f) {
            release(f);
        } else if (findings instanceof List<?> list) {
            for (Object f : list) {
                release((Finding) f);
            }
        }
    }

    void hold(Finding finding) {
        int[] count = counts.putIfAbsent(finding, new int[] { 1 }); // one look-up, whether held before or not
        if (count != null) {
            count[0]++;
            return;
        }
        if (journal && !removed.remove(finding)) {
            added.add(finding);
        }
    }

    private void release(Finding finding) {
        int[] count = counts.get(finding);
        if (count == null || --count[0] > 0) {
            return;
        }
        counts.remove(finding);
        if (journal && !added.remove(finding)) {
            removed.add(finding);
        }
    }

    /** @return every finding held now, in no particular order */
    List<Finding> findings() {
        return new ArrayList<>(counts.keySet());
    }

    int size() {
        return counts.size();
    }

    /**
     * @return the findings as they were when the journal was last drained (or started): those held now, less
     *         those the journal has seen come, plus those it has seen go; what the listeners know
     */
    List<Finding> findingsAsLastDrained() {
        List<Finding> out = new ArrayList<>(counts.size());
        for (Finding f : counts.keySet()) {
            if (!added.contains(f)) {
                out.add(f);
            }
        }
        out.addAll(removed);
        return out;
    }

    /** Gathers the changes from now on, for {@link #drain()} (not during the first evaluation of a plan). */
    void startJournal() {
        journal = true;
    }

    /** @return the net change since the last call, or null if nothing changed */
    FindingsChange drain() {
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        FindingsChange change = new FindingsChange(sorted(added), sorted(removed));
        added = new LinkedHashSet<>(); // not clear(): that costs the capacity a large change left behind
        removed = new LinkedHashSet<>();
        return change;
    }

    private static List<Finding> sorted(Set<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(RuleEngine.ORDER);
        return out;
    }

    // a match that no longer holds, or holds on changed facts (it fires again)

    @Override
    public void onDeleteMatch(Match match) {
        undo(match);
    }

    @Override
    public void onUpdateMatch(Match match) {
        undo(match);
    }

    // Finding facts that rules insert logically

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Finding f) {
            hold(f);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getOldObject() instanceof Finding f) {
            release(f);
        }
        if (event.getObject() instanceof Finding f) {
            hold(f);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Finding f) {
            release(f);
        }
    }
}
