package org.grassroots.planner.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;

/**
 * The statistics over the whole plan that judgements compare an initiative or a mission with, computed outside the
 * rules and given to them as facts ({@link KindMedian}, {@link MajorMission}, {@link YearFigures}, {@link UnreachedState},
 * {@link LastYearWork}), so that an edit stays incremental: an
 * edit changes the counts of its kind and the total of its mission, and only a fact whose value changed is updated in
 * the session. Counted over the initiatives of the reference's fiscal year that are not cancelled and have a budget
 * above 0.
 */
final class PlanStatistics {
    /** How many of the missions with the largest budgets are major missions. */
    static final int MAJOR_MISSIONS = 5;
    /** The fewest initiatives with a budget a kind needs for its median to judge by. */
    static final int FEWEST_FOR_A_MEDIAN = 3;

    private final FiscalYearReference reference;
    /** budgets of each kind: budget -> how many initiatives have it */
    private final Map<String, TreeMap<Long, Integer>> budgetsByKind = new HashMap<>();
    private final Map<String, Integer> countByKind = new HashMap<>();
    private final Map<String, java.math.BigInteger> totalByMission = new HashMap<>();
    private java.math.BigInteger totalJpy = java.math.BigInteger.ZERO;
    private java.math.BigInteger lastQuarterJpy = java.math.BigInteger.ZERO;
    private long withFormat;
    private long inPerson;
    private long online;
    /** how many initiatives (not cancelled) of the year checked and the two before target each state */
    private final Map<String, Integer> reach = new HashMap<>();
    /** last year's initiatives (not cancelled) without results, by each of their repeat keys */
    private final Map<String, java.util.TreeSet<String>> lastYearWork = new HashMap<>();

    PlanStatistics(FiscalYearReference reference) {
        this.reference = reference;
    }

    private boolean counts(Initiative i) {
        return i != null && i.getFiscalYear() == reference.getFiscalYear() && i.getStatus() != Status.CANCELLED
                && i.getBudgetJpy() != null && i.getBudgetJpy() > 0;
    }

    void add(Initiative i) {
        count(i, 1);
        if (isLastYearWithoutResults(i)) {
            for (String key : i.getRepeatKeys()) {
                lastYearWork.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(i.getId());
            }
        }
        if (!counts(i)) {
            return;
        }
        java.math.BigInteger budget = java.math.BigInteger.valueOf(i.getBudgetJpy());
        totalJpy = totalJpy.add(budget);
        if (startsInLastQuarter(i)) {
            lastQuarterJpy = lastQuarterJpy.add(budget);
        }
        String kind = i.getKindCode();
        if (kind != null) {
            budgetsByKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(i.getBudgetJpy(), 1, Integer::sum);
            countByKind.merge(kind, 1, Integer::sum);
        }
        totalByMission.merge(i.getMission(), java.math.BigInteger.valueOf(i.getBudgetJpy()), java.math.BigInteger::add);
    }

    void remove(Initiative i) {
        count(i, -1);
        if (isLastYearWithoutResults(i)) {
            for (String key : i.getRepeatKeys()) {
                java.util.TreeSet<String> ids = lastYearWork.get(key);
                if (ids != null && ids.remove(i.getId()) && ids.isEmpty()) {
                    lastYearWork.remove(key);
                }
            }
        }
        if (!counts(i)) {
            return;
        }
        java.math.BigInteger budget = java.math.BigInteger.valueOf(i.getBudgetJpy());
        totalJpy = totalJpy.subtract(budget);
        if (startsInLastQuarter(i)) {
            lastQuarterJpy = lastQuarterJpy.subtract(budget);
        }
        String kind = i.getKindCode();
        if (kind != null) {
            TreeMap<Long, Integer> budgets = budgetsByKind.get(kind);
            budgets.merge(i.getBudgetJpy(), -1, (a, b) -> a + b == 0 ? null : a + b);
            countByKind.merge(kind, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        totalByMission.merge(i.getMission(), java.math.BigInteger.valueOf(i.getBudgetJpy()).negate(),
                (a, b) -> a.add(b).signum() == 0 ? null : a.add(b));
    }

    private boolean isLastYearWithoutResults(Initiative i) {
        return i != null && i.getFiscalYear() == reference.getFiscalYear() - 1 && i.getStatus() != Status.CANCELLED
                && !i.hasResults();
    }

    /** @return the fact of last year's work without results with this repeat key, or null if there is none */
    LastYearWork lastYearWork(String key) {
        java.util.TreeSet<String> ids = lastYearWork.get(key);
        return ids == null ? null : new LastYearWork(key, List.copyOf(ids));
    }

    /** @return the facts of last year's work without results, by key */
    Map<String, LastYearWork> lastYearWork() {
        Map<String, LastYearWork> out = new HashMap<>();
        lastYearWork.keySet().forEach(key -> out.put(key, lastYearWork(key)));
        return out;
    }

    private boolean startsInLastQuarter(Initiative i) {
        return i.getStartDate() != null && !i.getStartDate().isBefore(reference.getLastQuarterStart());
    }

    /** Counts the initiative's format (the year's, not cancelled) and its states (the year's and the two before). */
    private void count(Initiative i, int by) {
        if (i == null || i.getStatus() == Status.CANCELLED) {
            return;
        }
        int year = reference.getFiscalYear();
        if (i.getFiscalYear() == year && i.getFormat() != null) {
            withFormat += by;
            switch (i.getFormat()) {
                case IN_PERSON -> inPerson += by;
                case ONLINE -> online += by;
                case HYBRID -> {
                    inPerson += by;
                    online += by;
                }
            }
        }
        if (i.getFiscalYear() <= year && i.getFiscalYear() >= year - 2) {
            for (String state : i.getStates()) {
                reach.merge(state, by, (a, b) -> a + b == 0 ? null : a + b);
            }
        }
    }

    /** @return the year's figures */
    YearFigures yearFigures() {
        return new YearFigures(totalJpy, lastQuarterJpy, withFormat, inPerson, online);
    }

    /** @return the states of the missions' jurisdictions ({@code US} aside) no initiative reached, by state */
    Map<String, UnreachedState> unreachedStates() {
        Map<String, UnreachedState> out = new TreeMap<>();
        for (org.grassroots.planner.model.Mission m : reference.getMissions()) {
            for (String state : m.getStates()) {
                if (!state.equals("US") && !reach.containsKey(state)) {
                    out.putIfAbsent(state, new UnreachedState(state, m.getCode()));
                }
            }
        }
        return out;
    }

    /** @return the median fact of this kind, or null when the kind has fewer than {@link #FEWEST_FOR_A_MEDIAN} */
    KindMedian median(String kind) {
        int n = countByKind.getOrDefault(kind, 0);
        if (n < FEWEST_FOR_A_MEDIAN) {
            return null;
        }
        long lower = 0;
        long upper = 0;
        int seen = 0;
        int lowerAt = (n - 1) / 2;
        int upperAt = n / 2;
        for (Map.Entry<Long, Integer> e : budgetsByKind.get(kind).entrySet()) {
            int next = seen + e.getValue();
            if (lowerAt >= seen && lowerAt < next) {
                lower = e.getKey();
            }
            if (upperAt >= seen && upperAt < next) {
                upper = e.getKey();
                break;
            }
            seen = next;
        }
        long median = lower / 2 + upper / 2 + (lower % 2 + upper % 2) / 2;
        return new KindMedian(kind, median, Math.round(median * reference.getCostMedianFactor()), n);
    }

    /** @return the median facts of every kind that has one, by kind */
    Map<String, KindMedian> medians() {
        Map<String, KindMedian> out = new TreeMap<>();
        for (String kind : countByKind.keySet()) {
            KindMedian m = median(kind);
            if (m != null) {
                out.put(kind, m);
            }
        }
        return out;
    }

    /** @return the major missions, largest first (ties by code), by mission */
    Map<String, MajorMission> majorMissions() {
        List<Map.Entry<String, java.math.BigInteger>> totals = new ArrayList<>(totalByMission.entrySet());
        totals.sort(Comparator.comparing((Map.Entry<String, java.math.BigInteger> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        Map<String, MajorMission> out = new LinkedHashMap<>();
        for (int r = 0; r < Math.min(MAJOR_MISSIONS, totals.size()); r++) {
            out.put(totals.get(r).getKey(), new MajorMission(totals.get(r).getKey(), r + 1, totals.get(r).getValue()));
        }
        return out;
    }
}
