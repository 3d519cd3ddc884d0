package org.grassroots.planner.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two plans: initiatives added, dropped, and those whose budget changed.
 * Cancelled initiatives count as not in the plan (cancelling one drops it), as in every total.
 * <p>
 * Against the last proposed snapshot initiatives are matched by id. Against the previous fiscal year
 * an id rarely carries over (ids are unique across years in the store), so an initiative of the year
 * before matches by id, else by the same mission and Japanese title: the one that continues.
 */
public final class PlanDiff {
    /** An initiative in both plans, before and after. */
    public record Change(Initiative before, Initiative after) {
        /**
         * @return the budget after minus the budget before (a missing budget counts as 0), saturated to the range
         *         of {@code long} (see {@link Budgets})
         */
        public long budgetDeltaJpy() {
            return Budgets.subtract(budget(after), budget(before));
        }
    }

    private final List<Initiative> added;
    private final List<Initiative> dropped;
    private final List<Change> budgetChanged;
    private final List<Change> otherwiseChanged;
    private final long budgetBeforeJpy;
    private final long budgetAfterJpy;

    private PlanDiff(List<Initiative> added, List<Initiative> dropped, List<Change> budgetChanged,
            List<Change> otherwiseChanged, long before, long after) {
        this.added = List.copyOf(added);
        this.dropped = List.copyOf(dropped);
        this.budgetChanged = List.copyOf(budgetChanged);
        this.otherwiseChanged = List.copyOf(otherwiseChanged);
        this.budgetBeforeJpy = before;
        this.budgetAfterJpy = after;
    }

    /** The changes since a snapshot of the same year: initiatives matched by id. */
    public static PlanDiff sinceSnapshot(Collection<Initiative> snapshot, Collection<Initiative> now) {
        return compare(snapshot, now, false);
    }

    /** The changes since the previous fiscal year: matched by id, else by mission and Japanese title. */
    public static PlanDiff sincePreviousYear(Collection<Initiative> previousYear, Collection<Initiative> thisYear) {
        return compare(previousYear, thisYear, true);
    }

    private static PlanDiff compare(Collection<Initiative> beforeAll, Collection<Initiative> afterAll, boolean byTitle) {
        List<Initiative> before = active(beforeAll);
        List<Initiative> after = active(afterAll);
        Map<String, Initiative> beforeById = new LinkedHashMap<>();
        Map<String, Initiative> beforeByTitle = new HashMap<>();
        for (Initiative i : before) {
            beforeById.put(i.getId(), i);
            beforeByTitle.putIfAbsent(titleKey(i), i);
        }
        List<Initiative> added = new ArrayList<>();
        List<Change> budget = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        java.util.Set<String> matched = new java.util.HashSet<>();
        for (Initiative a : after) {
            Initiative b = beforeById.get(a.getId());
            if ((b == null || matched.contains(b.getId())) && byTitle) {
                b = beforeByTitle.get(titleKey(a));
            }
            if (b == null || matched.contains(b.getId())) {
                added.add(a);
                continue;
            }
            matched.add(b.getId());
            if (!Objects.equals(b.getBudgetJpy(), a.getBudgetJpy())) {
                budget.add(new Change(b, a));
            } else if (!sameApartFromYear(b, a)) {
                other.add(new Change(b, a));
            }
        }
        List<Initiative> dropped = before.stream().filter(b -> !matched.contains(b.getId())).toList();
        return new PlanDiff(added, dropped, budget, other, total(before), total(after));
    }

    private static boolean sameApartFromYear(Initiative b, Initiative a) {
        if (b.getFiscalYear() == a.getFiscalYear()) {
            return b.equals(a);
        }
        return b.getMission().equals(a.getMission()) && b.getTitleJa().equals(a.getTitleJa()) && b.getKind() == a.getKind()
                && b.getThemes().equals(a.getThemes()) && b.getStates().equals(a.getStates());
    }

    private static String titleKey(Initiative i) {
        return i.getMission() + "\u0000" + i.getTitleJa().strip();
    }

    private static List<Initiative> active(Collection<Initiative> plan) {
        return plan.stream().filter(i -> !i.isCancelled()).sorted(Comparator.comparing(Initiative::getId)).toList();
    }

    private static long budget(Initiative i) {
        return i.getBudgetJpy() == null ? 0 : i.getBudgetJpy();
    }

    private static long total(List<Initiative> plan) {
        return Budgets.total(plan);
    }

    /** @return initiatives of the newer plan that the older one does not have, by id */
    public List<Initiative> added() {
        return added;
    }

    /** @return initiatives of the older plan that the newer one does not have (or has cancelled), by id */
    public List<Initiative> dropped() {
        return dropped;
    }

    /** @return initiatives in both whose budget changed */
    public List<Change> budgetChanged() {
        return budgetChanged;
    }

    /** @return initiatives in both with the same budget but other changes (dates, states, themes …) */
    public List<Change> otherwiseChanged() {
        return otherwiseChanged;
    }

    /** @return the older plan's total budget, saturated at {@link Long#MAX_VALUE} instead of wrapping (see {@link Budgets}) */
    public long budgetBeforeJpy() {
        return budgetBeforeJpy;
    }

    /** @return the newer plan's total budget, saturated at {@link Long#MAX_VALUE} instead of wrapping (see {@link Budgets}) */
    public long budgetAfterJpy() {
        return budgetAfterJpy;
    }

    public boolean isEmpty() {
        return added.isEmpty() && dropped.isEmpty() && budgetChanged.isEmpty() && otherwiseChanged.isEmpty();
    }
}
