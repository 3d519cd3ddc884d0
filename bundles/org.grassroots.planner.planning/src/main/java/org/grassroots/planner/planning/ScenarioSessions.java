package org.grassroots.planner.planning;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSession;
import org.grassroots.planner.rules.RuleSet;

/**
 * The scenarios of one fiscal year compared with its plan, each incrementally: the plan stays in one live rule
 * session, and a scenario that keeps the year's reference is computed by editing that session only where the
 * scenario's plan differs from what the session holds (switching from one scenario to another edits only the
 * initiatives either changes). A scenario that changes the reference (a global of the rules) is checked in a
 * rule session of its own. The findings are those a check of the changed plan and reference gives.
 * <p>
 * Used by one thread at a time; {@link #close()} frees the engine's memory.
 */
public final class ScenarioSessions implements AutoCloseable {
    private final RuleSet rules;
    private final List<Initiative> plan;
    private final ReferenceResolution reference;
    private final Duration timeout;
    private final RuleSession live;
    private final YearCheck base;
    /**
     * What the live session holds now, by id: the initiatives of the year and of the years before it, of the plan or
     * of the last scenario (as {@link PlanningService#check} holds them).
     */
    private final Map<String, Initiative> held = new LinkedHashMap<>();

    /**
     * Opens the live session on the year's initiatives of the plan, with the {@link PlanningService#HISTORY_YEARS}
     * before it the plan holds (as a check of the plan holds them, for the judgements that look back).
     *
     * @param plan initiatives of any years (only the reference's year is checked)
     */
    public ScenarioSessions(RuleSet rules, List<Initiative> plan, ReferenceResolution reference, Duration timeout) {
        this.rules = rules;
        this.plan = List.copyOf(plan);
        this.reference = reference;
        this.timeout = timeout;
        int year = reference.fiscalYear();
        List<Initiative> ofYear = this.plan.stream().filter(i -> i.getFiscalYear() == year).toList();
        List<Initiative> checked = PlanningService.checked(this.plan, year);
        checked.forEach(i -> held.put(i.getId(), i));
        ReferenceData shipped = ReferenceData.shipped();
        this.live = RuleEngine.open(rules, checked, reference.reference(), shipped.themes(), shipped.outreachStates(), timeout);
        this.base = new YearCheck(year, reference, ofYear, live.findings());
    }

    /** @return the plan's year as checked when the sessions opened */
    public YearCheck base() {
        return base;
    }

    /**
     * Compares a scenario with the plan.
     *
     * @throws IllegalArgumentException if the scenario changes an initiative the plan does not have
     */
    public ScenarioComparison compare(Scenario scenario) {
        Scenario.Applied applied = scenario.applyTo(plan, reference.reference());
        ReferenceResolution changedReference = changed(reference, applied);
        List<Initiative> ofYear = applied.year();
        YearCheck changed;
        if (!scenario.reference().isEmpty()) {
            ReferenceData shipped = ReferenceData.shipped();
            changed = new YearCheck(reference.fiscalYear(), changedReference, ofYear, RuleEngine.check(rules,
                    PlanningService.checked(applied.plan(), reference.fiscalYear()),
                    changedReference.reference(), shipped.themes(), shipped.outreachStates(), timeout));
        } else {
            moveTo(PlanningService.checked(applied.plan(), reference.fiscalYear()));
            changed = new YearCheck(reference.fiscalYear(), changedReference, ofYear, live.findings());
        }
        return ScenarioComparison.of(scenario, base, changed, applied.changed());
    }

    static ReferenceResolution changed(ReferenceResolution base, Scenario.Applied applied) {
        return new ReferenceResolution(applied.reference(), base.source(), base.fromFiscalYear(), base.fromSource());
    }

    /** Edits the live session so that it holds these initiatives, touching only those that differ. */
    private void moveTo(List<Initiative> target) {
        Map<String, Initiative> wanted = new HashMap<>();
        target.forEach(i -> wanted.put(i.getId(), i));
        for (String id : List.copyOf(held.keySet())) {
            if (!wanted.containsKey(id)) {
                live.remove(id);
                held.remove(id);
            }
        }
        for (Initiative i : target) {
            Initiative now = held.get(i.getId());
            if (now == null || !now.equals(i)) {
                live.update(i);
                held.put(i.getId(), i);
            }
        }
    }

    /** @return the findings the live session holds now (those of the last scenario that kept the reference) */
    List<Finding> liveFindings() {
        return live.findings();
    }

    @Override
    public void close() {
        live.close();
    }
}
