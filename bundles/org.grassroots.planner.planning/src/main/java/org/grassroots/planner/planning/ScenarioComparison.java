package org.grassroots.planner.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.grassroots.planner.export.FindingKeys;
import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;

/**
 * The fiscal year and a scenario of it side by side: each side's findings, budget against the cap (in total and
 * by mission) and coverage, and what differs: findings that appear or disappear (with their initiatives), states
 * that gain or lose coverage, the budget of each mission.
 */
public record ScenarioComparison(Scenario scenario, Side base, Side changed, List<Finding> appeared,
        List<Finding> disappeared, Set<String> statesGained, Set<String> statesLost, Set<String> changedIds) {

    /**
     * One side: the year checked (its reference, initiatives of the year and findings), the budget of its
     * non-cancelled initiatives and the cap, by mission, and the states its non-cancelled initiatives target.
     */
    public record Side(YearCheck check, long budgetTotalJpy, long budgetCapJpy, Map<String, Long> budgetByMission,
            Set<String> statesCovered) {

        static Side of(YearCheck check) {
            List<Initiative> live = check.initiatives().stream().filter(i -> !i.isCancelled()).toList();
            Map<String, Long> byMission = new TreeMap<>();
            Set<String> states = new TreeSet<>();
            for (Initiative i : live) {
                if (i.getBudgetJpy() != null && i.getBudgetJpy() > 0) {
                    byMission.merge(i.getMission(), i.getBudgetJpy(), Budgets::add);
                } else {
                    byMission.putIfAbsent(i.getMission(), 0L);
                }
                i.getStates().stream().filter(s -> !"US".equals(s)).forEach(states::add);
            }
            return new Side(check, Budgets.total(live), check.reference().reference().getBudgetCapJpy(), byMission, states);
        }

        public FiscalYearReference reference() {
            return check.reference().reference();
        }

        /** @return the most a mission may spend: the share × the cap */
        public long missionCapJpy() {
            return reference().getMissionShareCapJpy();
        }

        /** @return the findings counted by rule and severity ({@code SEVERITY RULE} → count), in report order */
        public Map<String, Integer> countsByRule() {
            Map<String, Integer> out = new LinkedHashMap<>();
            check.findings().forEach(f -> out.merge(f.getSeverity().code() + " " + f.getRule(), 1, Integer::sum));
            return out;
        }

        public long count(Severity severity) {
            return check.findings().stream().filter(f -> f.getSeverity() == severity).count();
        }

        /** @return the priority states no non-cancelled initiative targets */
        public Set<String> priorityStatesUncovered() {
            Set<String> out = new TreeSet<>(reference().getPriorityStates());
            out.removeAll(statesCovered);
            return out;
        }
    }

    static ScenarioComparison of(Scenario scenario, YearCheck base, YearCheck changed, Set<String> changedIds) {
        Side b = Side.of(base);
        Side c = Side.of(changed);
        Map<String, Finding> before = new LinkedHashMap<>();
        base.findings().forEach(f -> before.putIfAbsent(key(f), f));
        Map<String, Finding> after = new LinkedHashMap<>();
        changed.findings().forEach(f -> after.putIfAbsent(key(f), f));
        List<Finding> appeared = new ArrayList<>();
        after.forEach((k, f) -> {
            if (!before.containsKey(k)) {
                appeared.add(f);
            }
        });
        List<Finding> disappeared = new ArrayList<>();
        before.forEach((k, f) -> {
            if (!after.containsKey(k)) {
                disappeared.add(f);
            }
        });
        Set<String> gained = new TreeSet<>(c.statesCovered());
        gained.removeAll(b.statesCovered());
        Set<String> lost = new TreeSet<>(b.statesCovered());
        lost.removeAll(c.statesCovered());
        return new ScenarioComparison(scenario, b, c, appeared, disappeared, gained, lost, Set.copyOf(changedIds));
    }

    /** A finding's identity across the two sides: its rule and subject, and its state (not its figures). */
    private static String key(Finding f) {
        return FindingKeys.of(f) + "|" + f.getSeverity() + "|" + f.getMission() + "|" + f.getState();
    }

    /** @return the missions of either side, by code */
    public Set<String> missions() {
        Set<String> out = new TreeSet<>(base.budgetByMission().keySet());
        out.addAll(changed.budgetByMission().keySet());
        return out;
    }
}
