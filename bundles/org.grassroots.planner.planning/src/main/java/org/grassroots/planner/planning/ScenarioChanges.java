package org.grassroots.planner.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;

/**
 * The changes of a scenario as a reviewer asks for them ("Kentucky and Tennessee become priority states", "the seminars
 * of March move to next year"), turned into the scenario file's terms: a reference change, and changes to single
 * initiatives by id. The workbench's scenario dialog asks here; a scenario file written by hand says the same ids.
 */
public final class ScenarioChanges {
    private ScenarioChanges() {
    }

    /**
     * @return the reference keys that differ between the year's reference and the one a reviewer edited (null where
     *         they are the same): the scenario's {@code reference}
     */
    public static Scenario.ReferenceChange between(FiscalYearReference before, FiscalYearReference after) {
        if (before.getFiscalYear() != after.getFiscalYear()) {
            throw new IllegalArgumentException("FY" + after.getFiscalYear() + " is not FY" + before.getFiscalYear());
        }
        java.util.Map<String, List<String>> missions = new java.util.TreeMap<>();
        for (Mission m : after.getMissions()) {
            Mission was = before.getMissions().stream().filter(b -> b.getCode().equals(m.getCode())).findFirst().orElse(null);
            if (was == null || !new LinkedHashSet<>(was.getStates()).equals(new LinkedHashSet<>(m.getStates()))) {
                missions.put(m.getCode(), List.copyOf(m.getStates()));
            }
        }
        return new Scenario.ReferenceChange(
                before.getBudgetCapJpy() == after.getBudgetCapJpy() ? null : after.getBudgetCapJpy(),
                before.getMissionShareMax() == after.getMissionShareMax() ? null : after.getMissionShareMax(),
                Set.copyOf(before.getPriorityThemes()).equals(Set.copyOf(after.getPriorityThemes())) ? null
                        : new java.util.TreeSet<>(after.getPriorityThemes()),
                Set.copyOf(before.getPriorityStates()).equals(Set.copyOf(after.getPriorityStates())) ? null
                        : new java.util.TreeSet<>(after.getPriorityStates()),
                before.getPriorityShareMin() == after.getPriorityShareMin() ? null : after.getPriorityShareMin(),
                missions.isEmpty() ? null : missions);
    }

    /**
     * The initiatives of the year that may still move (neither cancelled nor done) of a kind that start in a calendar
     * month: "the seminars of March" of FY2023 are its information-dissemination initiatives starting in March 2024.
     *
     * @param kind the kind, or null for every kind
     * @param month 1 (January) to 12
     * @return their ids, in the plan's order
     */
    public static List<String> startingIn(List<Initiative> plan, int fiscalYear, Kind kind, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a month is 1 to 12, not " + month);
        }
        List<String> out = new ArrayList<>();
        for (Initiative i : plan) {
            if (i.getFiscalYear() == fiscalYear && i.getStatus() != Status.CANCELLED && i.getStatus() != Status.DONE
                    && (kind == null || i.getKind() == kind) && i.getStartDate() != null
                    && i.getStartDate().getMonthValue() == month) {
                out.add(i.getId());
            }
        }
        return out;
    }

    /** @return each of these initiatives moved to the fiscal year after this one (its dates move with it) */
    public static List<Scenario.Change> toNextYear(List<String> ids, int fiscalYear) {
        return ids.stream().map(Objects::requireNonNull).map(id -> Scenario.Change.move(id, fiscalYear + 1)).toList();
    }
}
