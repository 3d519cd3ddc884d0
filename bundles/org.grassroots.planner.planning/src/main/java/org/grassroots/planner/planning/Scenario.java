package org.grassroots.planner.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;

/**
 * A what-if scenario of a fiscal year: a named set of changes to the year's reference and to its initiatives (the
 * scenario file of the contract, read and written by {@link ScenarioJson}). A scenario changes nothing by itself:
 * {@link #applyTo} gives the changed plan and reference, which the planning service checks and compares.
 *
 * @param reference the reference keys it overrides (none: {@link ReferenceChange#NONE})
 * @param scale budget factors by mission or kind, applied first (rounded to the yen)
 * @param initiatives changes to single initiatives, applied after the scale, in order
 * @param explanation why a suggested scenario changes what it changes, or null
 */
public record Scenario(String name, ReferenceChange reference, List<Scale> scale, List<Change> initiatives,
        Explanation explanation) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        reference = reference == null ? ReferenceChange.NONE : reference;
        scale = List.copyOf(scale);
        initiatives = List.copyOf(initiatives);
    }

    /** The keys of the year's reference a scenario overrides; null where it keeps the year's value. */
    public record ReferenceChange(Long budgetCapJpy, Double missionShareMax, Set<String> priorityThemes,
            Set<String> priorityStates, Double priorityShareMin, Map<String, List<String>> missions) {
        public static final ReferenceChange NONE = new ReferenceChange(null, null, null, null, null, null);

        /** @return whether it overrides anything (then a scenario is checked in a rule session of its own) */
        public boolean isEmpty() {
            return budgetCapJpy == null && missionShareMax == null && priorityThemes == null && priorityStates == null
                    && priorityShareMin == null && (missions == null || missions.isEmpty());
        }

        /** @return the year's reference with these keys overridden */
        public FiscalYearReference applyTo(FiscalYearReference r) {
            if (isEmpty()) {
                return r;
            }
            List<Mission> ms = new ArrayList<>(r.getMissions());
            if (missions != null) {
                missions.forEach((code, states) -> {
                    int at = -1;
                    for (int k = 0; k < ms.size(); k++) {
                        if (ms.get(k).getCode().equals(code)) {
                            at = k;
                        }
                    }
                    if (at >= 0) {
                        ms.set(at, ms.get(at).withStates(states));
                    } else {
                        ms.add(new Mission(code, code, code, states));
                    }
                });
            }
            return new FiscalYearReference(r.getFiscalYear(), budgetCapJpy != null ? budgetCapJpy : r.getBudgetCapJpy(),
                    missionShareMax != null ? missionShareMax : r.getMissionShareMax(),
                    priorityThemes != null ? priorityThemes : r.getPriorityThemes(),
                    priorityStates != null ? priorityStates : r.getPriorityStates(), ms,
                    priorityShareMin != null ? priorityShareMin : r.getPriorityShareMin());
        }
    }

    /** A budget factor for the initiatives of one mission or of one kind (exactly one of them is set). */
    public record Scale(String mission, Kind kind, double factor) {
        boolean matches(Initiative i) {
            return mission != null ? mission.equals(i.getMission()) : kind == i.getKind();
        }
    }

    /**
     * A change to one initiative: its budget, status or fiscal year set (the others null), or a whole initiative
     * added (or replacing the one of its id).
     */
    public record Change(String id, Long budgetJpy, Status status, Integer fiscalYear, Initiative whole) {
        public static Change budget(String id, long budgetJpy) {
            return new Change(id, budgetJpy, null, null, null);
        }

        public static Change status(String id, Status status) {
            return new Change(id, null, status, null, null);
        }

        public static Change move(String id, int fiscalYear) {
            return new Change(id, null, null, fiscalYear, null);
        }

        public static Change add(Initiative whole) {
            return new Change(whole.getId(), null, null, null, whole);
        }
    }

    /**
     * Why a suggestion changes what it changes: the solver's score, the figures behind it, and for each change the
     * constraint it serves. Codes and figures only: {@link ScenarioExplanations} says them in English or Japanese.
     *
     * @param score the solver's score, e.g. {@code 0hard/2910soft}
     * @param figures the score's parts by name ({@link ScenarioExplanations#FIGURES}), in that order; empty when not
     *            known (a file written before they were kept)
     */
    public record Explanation(String score, Map<String, Long> figures, List<Reason> reasons) {
        public Explanation {
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
            reasons = List.copyOf(reasons);
        }

        public Explanation(String score, List<Reason> reasons) {
            this(score, Map.of(), reasons);
        }
    }

    /**
     * @param action what is done to the initiative ({@code trim-20}, {@code trim-40}, {@code move-next-year})
     * @param constraint the constraint the change serves ({@code budget-cap}, {@code mission-share:cg-new-york} …)
     */
    public record Reason(String id, String action, String constraint) {
    }

    /** A scenario's changed plan and reference, and the ids it changed. */
    public record Applied(List<Initiative> plan, FiscalYearReference reference, Set<String> changed) {
        /** @return the changed plan's initiatives of the reference's year */
        public List<Initiative> year() {
            return plan.stream().filter(i -> i.getFiscalYear() == reference.getFiscalYear()).toList();
        }
    }

    /**
     * The changed plan: the reference overridden; the budgets of the year's initiatives scaled (each by every
     * factor that matches it, rounded to the yen); then each change of {@link #initiatives()} in order. An initiative
     * moved to another fiscal year keeps its place in the plan and its dates move with it by whole years.
     *
     * @param plan the initiatives (of any years: only those of the reference's year are scaled)
     * @throws IllegalArgumentException if a change names an id the plan does not have (other than a whole
     *             initiative added)
     */
    public Applied applyTo(List<Initiative> plan, FiscalYearReference reference) {
        int year = reference.getFiscalYear();
        Map<String, Initiative> byId = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (Initiative i : plan) {
            Initiative out = i;
            if (i.getFiscalYear() == year && i.getBudgetJpy() != null) {
                double factor = 1;
                for (Scale s : scale) {
                    if (s.matches(i)) {
                        factor *= s.factor();
                    }
                }
                if (factor != 1) {
                    long scaled = Math.round(i.getBudgetJpy() * factor);
                    if (scaled != i.getBudgetJpy()) {
                        out = i.toBuilder().budgetJpy(scaled).build();
                        changed.add(i.getId());
                    }
                }
            }
            byId.put(i.getId(), out);
        }
        for (Change c : initiatives) {
            if (c.whole() != null) {
                byId.put(c.id(), c.whole());
                changed.add(c.id());
                continue;
            }
            Initiative i = byId.get(c.id());
            if (i == null) {
                throw new IllegalArgumentException("the plan has no initiative " + c.id());
            }
            Initiative.Builder b = i.toBuilder();
            if (c.budgetJpy() != null) {
                b.budgetJpy(c.budgetJpy());
            }
            if (c.status() != null) {
                b.status(c.status());
            }
            if (c.fiscalYear() != null && c.fiscalYear() != i.getFiscalYear()) {
                int years = c.fiscalYear() - i.getFiscalYear();
                b.fiscalYear(c.fiscalYear());
                if (i.getStartDate() != null) {
                    b.startDate(i.getStartDate().plusYears(years));
                }
                if (i.getEndDate() != null) {
                    b.endDate(i.getEndDate().plusYears(years));
                }
            }
            Initiative after = b.build();
            if (!after.equals(i)) {
                changed.add(c.id());
            }
            byId.put(c.id(), after);
        }
        return new Applied(List.copyOf(byId.values()), this.reference.applyTo(reference), changed);
    }
}
