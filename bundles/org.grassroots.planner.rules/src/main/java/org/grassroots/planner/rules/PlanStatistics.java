package org.grassroots.planner.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Status;

/**
 * The statistics over the whole plan that rules compare a year, a mission or an initiative with, computed outside the
 * rules and given to them as facts ({@link YearFigures}, {@link MissionFigures}, {@link KindMedian},
 * {@link MajorMission}, {@link UnreachedState}, {@link ReachedState}, {@link LastYearWork}), so that an edit stays incremental: an edit
 * changes the counts and totals it belongs to, and only a fact whose value changed is updated in the session.
 * <p>
 * The year's and the missions' totals are the budgets of the initiatives of the reference's fiscal year that are not
 * cancelled (those with a budget); a kind's median is over those with a budget above 0.
 */
final class PlanStatistics {
    /** How many of the missions with the largest budgets are major missions. */
    static final int MAJOR_MISSIONS = 5;
    /** The fewest initiatives with a budget a kind needs for its median to judge by. */
    static final int FEWEST_FOR_A_MEDIAN = 3;

    private final FiscalYearReference reference;
    private final Set<String> outreachStates;
    /** exact sums in longs that count their wraps (no BigInteger made per initiative) */
    private final ExactSum.Total totalJpy = new ExactSum.Total();
    private final ExactSum.Total lastQuarterJpy = new ExactSum.Total();
    private long initiatives;
    private long reaching;
    private long withFormat;
    private long inPerson;
    private long online;
    /** the budgets of each mission's initiatives with a budget, and how many they are */
    private final Map<String, MissionSum> missionSums = new HashMap<>();
    /** budgets above 0 of each kind: budget -> how many initiatives have it */
    private final Map<String, TreeMap<Long, int[]>> budgetsByKind = new HashMap<>();
    private final Map<String, int[]> countByKind = new HashMap<>();
    /** how many initiatives (not cancelled) of the year checked and the two before target each state */
    private final Map<String, int[]> reach = new HashMap<>(); // a count in an array: no boxing per initiative
    /** how many initiatives (not cancelled) of the year checked target each state */
    private final Map<String, int[]> reachThisYear = new HashMap<>();
    /** last year's initiatives (not cancelled) without results, by each of their repeat keys */
    private final Map<String, TreeSet<String>> lastYearWork = new HashMap<>();

    private static final class MissionSum {
        int count;
        final ExactSum.Total total = new ExactSum.Total();
    }

    /** each state of a mission's jurisdiction ({@code US} aside) and the first mission of the reference it belongs to */
    private final Map<String, String> missionOfState = new HashMap<>();

    PlanStatistics(FiscalYearReference reference, Set<String> outreachStates) {
        this.reference = reference;
        this.outreachStates = outreachStates;
        for (org.grassroots.planner.model.Mission m : reference.getMissions()) {
            for (String state : m.getStates()) {
                if (!state.equals("US")) {
                    missionOfState.putIfAbsent(state, m.getCode());
                }
            }
        }
    }

    void add(Initiative i) {
        count(i, 1);
    }

    void remove(Initiative i) {
        count(i, -1);
    }

    /** Counts the initiative in (by 1) or out (by -1) of every statistic it belongs to. */
    private void count(Initiative i, int by) {
        if (i == null) {
            return;
        }
        if (isLastYearWithoutResults(i)) {
            for (String key : i.getRepeatKeys()) {
                if (by > 0) {
                    lastYearWork.computeIfAbsent(key, k -> new TreeSet<>()).add(i.getId());
                } else {
                    TreeSet<String> ids = lastYearWork.get(key);
                    if (ids != null && ids.remove(i.getId()) && ids.isEmpty()) {
                        lastYearWork.remove(key);
                    }
                }
            }
        }
        if (i.getStatus() == Status.CANCELLED) {
            return;
        }
        int year = reference.getFiscalYear();
        if (i.getFiscalYear() <= year && i.getFiscalYear() >= year - 2) {
            for (String state : i.getStates()) {
                reach.computeIfAbsent(state, k -> new int[1])[0] += by;
            }
        }
        if (i.getFiscalYear() != year) {
            return;
        }
        initiatives += by;
        for (String state : i.getStates()) {
            int[] reached = reachThisYear.computeIfAbsent(state, k -> new int[1]);
            if ((reached[0] += by) == 0) {
                reachThisYear.remove(state);
            }
        }
        if (i.getStates().contains("US") || i.targetsAnyOf(reference.getPriorityStates()) || i.targetsAnyOf(outreachStates)) {
            reaching += by;
        }
        if (i.getFormat() != null) {
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
        if (i.getBudgetJpy() == null) {
            return;
        }
        long budget = i.getBudgetJpy();
        boolean lastQuarter = startsInLastQuarter(i);
        MissionSum sum = missionSums.computeIfAbsent(i.getMission(), m -> new MissionSum());
        sum.count += by;
        if (by > 0) {
            totalJpy.add(budget);
            sum.total.add(budget);
            if (lastQuarter) {
                lastQuarterJpy.add(budget);
            }
        } else {
            totalJpy.subtract(budget);
            sum.total.subtract(budget);
            if (lastQuarter) {
                lastQuarterJpy.subtract(budget);
            }
        }
        if (sum.count == 0) {
            missionSums.remove(i.getMission());
        }
        String kind = i.getKindCode();
        if (kind != null && budget > 0) {
            TreeMap<Long, int[]> budgets = budgetsByKind.computeIfAbsent(kind, k -> new TreeMap<>());
            int[] times = budgets.get(budget); // a count in an array: one walk of the tree when the budget is known
            if (times == null) {
                budgets.put(budget, times = new int[1]);
            }
            if ((times[0] += by) == 0) {
                budgets.remove(budget);
            }
            int[] count = countByKind.computeIfAbsent(kind, k -> new int[1]);
            if ((count[0] += by) == 0) {
                countByKind.remove(kind);
            }
        }
    }

    private boolean isLastYearWithoutResults(Initiative i) {
        return i.getFiscalYear() == reference.getFiscalYear() - 1 && i.getStatus() != Status.CANCELLED && !i.hasResults();
    }

    /** @return the fact of last year's work without results with this repeat key, or null if there is none */
    LastYearWork lastYearWork(String key) {
        TreeSet<String> ids = lastYearWork.get(key);
        return ids == null ? null : new LastYearWork(key, ids); // its first few: cheap to make and compare
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

    /** @return the year's figures */
    YearFigures yearFigures() {
        return new YearFigures(totalJpy.value(), lastQuarterJpy.value(), initiatives, reaching, withFormat, inPerson, online);
    }

    /** @return the states of the missions' jurisdictions ({@code US} aside) no initiative reached, by state */
    Map<String, UnreachedState> unreachedStates() {
        Map<String, UnreachedState> out = new TreeMap<>();
        for (String state : missionOfState.keySet()) {
            UnreachedState u = unreachedState(state);
            if (u != null) {
                out.put(state, u);
            }
        }
        return out;
    }

    /** @return the states that initiatives (not cancelled) of the year target, by state */
    Map<String, ReachedState> reachedStates() {
        Map<String, ReachedState> out = new HashMap<>();
        reachThisYear.forEach((state, count) -> out.put(state, new ReachedState(state, count[0])));
        return out;
    }

    /** @return the fact of how many initiatives (not cancelled) of the year target this state, or null if none does */
    ReachedState reachedState(String state) {
        int[] reached = reachThisYear.get(state);
        return reached == null ? null : new ReachedState(state, reached[0]);
    }

    /**
     * @return the fact that no initiative reached this state of a mission's jurisdiction (the first mission of the
     *         reference that has it), or null if one did or it is no such state
     */
    UnreachedState unreachedState(String state) {
        String mission = missionOfState.get(state);
        if (mission == null) {
            return null;
        }
        int[] reached = reach.get(state);
        return reached == null || reached[0] == 0 ? new UnreachedState(state, mission) : null;
    }

    /**
     * @return what ranks the missions by budget, for these missions: each one's total, or null if it has no initiative
     *         with a budget in the year (the major missions change only when one of these does)
     */
    Map<String, BigInteger> missionTotals(Set<String> missions) {
        Map<String, BigInteger> out = new HashMap<>();
        for (String mission : missions) {
            MissionSum sum = missionSums.get(mission);
            out.put(mission, sum == null ? null : sum.total.value());
        }
        return out;
    }

    /** @return the median fact of this kind, or null when the kind has fewer than {@link #FEWEST_FOR_A_MEDIAN} */
    KindMedian median(String kind) {
        int[] count = countByKind.get(kind);
        int n = count == null ? 0 : count[0];
        if (n < FEWEST_FOR_A_MEDIAN) {
            return null;
        }
        long lower = 0;
        long upper = 0;
        int seen = 0;
        int lowerAt = (n - 1) / 2;
        int upperAt = n / 2;
        for (Map.Entry<Long, int[]> e : budgetsByKind.get(kind).entrySet()) {
            int next = seen + e.getValue()[0];
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
        long limit = Math.round(median * reference.getCostMedianFactor());
        int above = 0;
        for (int[] times : budgetsByKind.get(kind).tailMap(limit, false).values()) {
            above += times[0];
        }
        return new KindMedian(kind, median, limit, above);
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

    /** @return the figures of this mission, or null if it is no mission of the reference or has no initiative of the year */
    MissionFigures missionFigures(String mission) {
        MissionSum sum = missionSums.get(mission);
        return sum == null || reference.mission(mission) == null ? null : new MissionFigures(mission, sum.total.value());
    }

    /** @return the figures of every mission of the reference that has an initiative of the year, by mission */
    Map<String, MissionFigures> missionFigures() {
        Map<String, MissionFigures> out = new HashMap<>();
        for (String mission : missionSums.keySet()) {
            MissionFigures f = missionFigures(mission);
            if (f != null) {
                out.put(mission, f);
            }
        }
        return out;
    }

    /** @return the major missions, largest first (ties by code), by mission */
    Map<String, MajorMission> majorMissions() {
        List<Map.Entry<String, BigInteger>> totals = new ArrayList<>();
        missionSums.forEach((mission, sum) -> totals.add(Map.entry(mission, sum.total.value())));
        totals.sort(Comparator.comparing((Map.Entry<String, BigInteger> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        Map<String, MajorMission> out = new LinkedHashMap<>();
        for (int r = 0; r < Math.min(MAJOR_MISSIONS, totals.size()); r++) {
            out.put(totals.get(r).getKey(), new MajorMission(totals.get(r).getKey(), r + 1, totals.get(r).getValue()));
        }
        return out;
    }
}
