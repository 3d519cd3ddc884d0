package org.grassroots.planner.suggest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.suggest.internal.Action;
import org.grassroots.planner.suggest.internal.Breakdown;
import org.grassroots.planner.suggest.internal.Decision;
import org.grassroots.planner.suggest.internal.PlanSolution;
import org.grassroots.planner.suggest.internal.SuggestionScore;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Suggests how to fit a fiscal year to its cap and mission shares: for each initiative that may still change (not
 * cancelled, not done, with a budget) the solver (OptaPlanner, private to this bundle) chooses to keep it, trim its
 * budget by 20 % or 40 %, or move it to the next fiscal year. Hard: the year's budget within the cap, each mission's
 * within its share of the cap. Soft, weighted ({@link SuggestionWeights}): priority themes and states covered,
 * outreach states reached, the policy lines balanced, the fewest changes to what missions proposed.
 * <p>
 * The search starts from the greedy cut ({@link #greedy}) and improves on it by local search; it is time-boxed, tells a
 * {@link SuggestionMonitor} how it goes and stops when it cancels, keeping the best plan found so far.
 * <p>
 * OptaPlanner finds its score director factories with {@link java.util.ServiceLoader#load(Class)}, that is through the
 * thread's context class loader, which inside Equinox sees no {@code META-INF/services} of another bundle; every
 * solve runs with the OptaPlanner bundle's own class loader as that loader.
 */
public final class Suggester {
    private final List<Theme> themes;
    private final Set<String> outreachStates;

    /**
     * @param themes the theme catalogue (each with its policy lines)
     * @param outreachStates the states where no Japanese mission sits
     */
    public Suggester(Collection<Theme> themes, Set<String> outreachStates) {
        this.themes = List.copyOf(themes);
        this.outreachStates = Set.copyOf(outreachStates);
    }

    /**
     * Solves within the time box (or until the monitor cancels).
     *
     * @param plan the initiatives (of any years: only those of the reference's year are decided)
     */
    public Suggestion suggest(List<Initiative> plan, FiscalYearReference reference, SuggestionWeights weights, Duration limit,
            SuggestionMonitor monitor) {
        PlanSolution problem = problem(plan, reference, weights);
        greedyCut(problem); // the search starts from the greedy cut, so it can only do better
        long limitMillis = Math.max(1, limit.toMillis());
        List<Suggestion.Point> curve = new ArrayList<>();
        long start = System.nanoTime();
        HardSoftLongScore initial = new SuggestionScore().calculateScore(problem);
        curve.add(new Suggestion.Point(0, initial.hardScore(), initial.softScore()));
        AtomicReference<String> best = new AtomicReference<>(initial.toString());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(org.optaplanner.core.impl.score.director.ScoreDirectorFactoryService.class.getClassLoader());
        PlanSolution solved;
        boolean[] canceled = { false };
        try {
            SolverConfig config = new SolverConfig().withSolutionClass(PlanSolution.class).withEntityClasses(Decision.class)
                    .withEasyScoreCalculatorClass(SuggestionScore.class)
                    .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(limitMillis));
            config.setClassLoader(Suggester.class.getClassLoader());
            Solver<PlanSolution> solver = SolverFactory.<PlanSolution> create(config).buildSolver();
            solver.addEventListener(event -> {
                HardSoftLongScore s = (HardSoftLongScore) event.getNewBestScore();
                synchronized (curve) {
                    curve.add(new Suggestion.Point((System.nanoTime() - start) / 1_000_000, s.hardScore(), s.softScore()));
                }
                best.set(s.toString());
            });
            Thread ticker = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long elapsed = (System.nanoTime() - start) / 1_000_000;
                    monitor.progress(Math.min(elapsed, limitMillis), limitMillis, best.get());
                    if (monitor.isCanceled() && !canceled[0]) {
                        canceled[0] = true;
                        solver.terminateEarly();
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "suggestion progress");
            ticker.setDaemon(true);
            ticker.start();
            try {
                solved = solver.solve(problem);
            } finally {
                ticker.interrupt();
            }
        } finally {
            thread.setContextClassLoader(before);
        }
        List<Suggestion.Point> points;
        synchronized (curve) {
            points = List.copyOf(curve);
        }
        return result(solved, reference, points, canceled[0]);
    }

    /**
     * The simple greedy cut the solver is measured against: the lowest-priority initiatives first (fewest priority
     * themes, priority states and outreach states; the dearer first among equals) are moved to next year, first
     * within each mission over its share, then in the whole year, until the cap and the shares are met.
     */
    public Suggestion greedy(List<Initiative> plan, FiscalYearReference reference, SuggestionWeights weights) {
        PlanSolution s = problem(plan, reference, weights);
        greedyCut(s);
        HardSoftLongScore score = new SuggestionScore().calculateScore(s);
        return result(s, reference, List.of(new Suggestion.Point(0, score.hardScore(), score.softScore())), false);
    }

    /** Sets the decisions of the greedy cut (see {@link #greedy}); the solver starts from it. */
    private static void greedyCut(PlanSolution s) {
        Comparator<Decision> cheapest = Comparator.<Decision> comparingInt(Breakdown::valueOf).thenComparing(Decision::getBudget,
                Comparator.reverseOrder()).thenComparing(Decision::getId);
        List<Decision> order = s.getDecisions().stream().filter(d -> !d.isPinned()).sorted(cheapest).toList();
        for (String mission : s.problem().missionIndex().keySet()) {
            for (Decision d : order) {
                if (!d.getMission().equals(mission) || missionBudget(s, mission) <= s.problem().missionCap()) {
                    continue;
                }
                d.setAction(Action.MOVE);
            }
        }
        for (Decision d : order) {
            if (Breakdown.of(s).overCap() <= 0) {
                break;
            }
            d.setAction(Action.MOVE);
        }
    }

    private static long missionBudget(PlanSolution s, String mission) {
        long b = s.problem().fixedByMission()[s.problem().missionIndex().get(mission)];
        for (Decision d : s.getDecisions()) {
            if (d.getMission().equals(mission)) {
                b += d.keptBudget();
            }
        }
        return b;
    }

    private PlanSolution problem(List<Initiative> plan, FiscalYearReference reference, SuggestionWeights weights) {
        int year = reference.getFiscalYear();
        List<String> themeCodes = new ArrayList<>(new java.util.TreeSet<>(reference.getPriorityThemes()));
        List<String> stateCodes = new ArrayList<>(new java.util.TreeSet<>(reference.getPriorityStates()));
        List<String> outreachCodes = new ArrayList<>(new java.util.TreeSet<>(outreachStates));
        Map<String, List<String>> linesOf = new HashMap<>();
        Set<String> lineSet = new LinkedHashSet<>();
        for (Theme t : themes) {
            linesOf.put(t.getCode(), t.getLines());
            lineSet.addAll(t.getLines());
        }
        List<String> lineCodes = new ArrayList<>(lineSet);
        Map<String, Integer> missionIndex = new java.util.LinkedHashMap<>();
        for (Mission m : reference.getMissions()) {
            missionIndex.put(m.getCode(), missionIndex.size());
        }
        for (Initiative i : plan) {
            if (i.getFiscalYear() == year) {
                missionIndex.putIfAbsent(i.getMission(), missionIndex.size());
            }
        }
        long[] fixedByMission = new long[missionIndex.size()];
        boolean[] themesFixed = new boolean[themeCodes.size()];
        boolean[] statesFixed = new boolean[stateCodes.size()];
        boolean[] outreachFixed = new boolean[outreachCodes.size()];
        double[] fixedLines = new double[lineCodes.size()];
        List<Decision> decisions = new ArrayList<>();
        for (Initiative i : plan) {
            if (i.getFiscalYear() != year || i.isCancelled()) {
                continue;
            }
            int[] th = indexes(i.getThemes(), themeCodes);
            int[] st = indexes(i.getStates(), stateCodes);
            int[] or = indexes(i.getStates(), outreachCodes);
            Set<String> ls = new LinkedHashSet<>();
            i.getThemes().forEach(t -> ls.addAll(linesOf.getOrDefault(t, List.of())));
            int[] li = indexes(ls, lineCodes);
            long budget = i.getBudgetJpy() == null ? 0 : Math.max(0, i.getBudgetJpy());
            if (i.getStatus() == Status.DONE || budget == 0) {
                fixedByMission[missionIndex.get(i.getMission())] += budget;
                th(themesFixed, th);
                th(statesFixed, st);
                th(outreachFixed, or);
                for (int l : li) {
                    fixedLines[l] += (double) budget / li.length;
                }
                continue;
            }
            decisions.add(new Decision(i.getId(), i.getMission(), budget, th, st, or, li,
                    i.getStatus() == Status.APPROVED ? 2 : 1, false));
        }
        PlanSolution.Problem p = new PlanSolution.Problem(reference.getBudgetCapJpy(), reference.getMissionShareCapJpy(),
                missionIndex, fixedByMission, themeCodes.size(), stateCodes.size(), outreachCodes.size(), lineCodes.size(),
                themeCodes, stateCodes, outreachCodes, lineCodes, themesFixed, statesFixed, outreachFixed, fixedLines, weights);
        return new PlanSolution(p, decisions);
    }

    private static void th(boolean[] flags, int[] at) {
        for (int k : at) {
            flags[k] = true;
        }
    }

    private static int[] indexes(Collection<String> codes, List<String> of) {
        return codes.stream().mapToInt(of::indexOf).filter(k -> k >= 0).distinct().toArray();
    }

    private Suggestion result(PlanSolution solved, FiscalYearReference reference, List<Suggestion.Point> curve,
            boolean canceled) {
        Breakdown after = Breakdown.of(solved);
        SuggestionWeights w = solved.problem().weights();
        // as the missions proposed it: which missions were over their share, and whether the year was over the cap
        PlanSolution.Problem p = solved.problem();
        long[] proposed = p.fixedByMission().clone();
        long proposedTotal = 0;
        for (Decision d : solved.getDecisions()) {
            proposed[p.missionIndex().get(d.getMission())] += d.getBudget();
        }
        for (long b : proposed) {
            proposedTotal += b;
        }
        boolean overCap = proposedTotal > p.cap();
        List<Scenario.Change> changes = new ArrayList<>();
        List<Scenario.Reason> reasons = new ArrayList<>();
        for (Decision d : solved.getDecisions()) {
            Action a = d.getAction();
            if (a == null || a == Action.KEEP) {
                continue;
            }
            changes.add(a == Action.MOVE ? Scenario.Change.move(d.getId(), reference.getFiscalYear() + 1)
                    : Scenario.Change.budget(d.getId(), a.budget(d.getBudget())));
            d.setAction(Action.KEEP);
            Breakdown without = Breakdown.of(solved);
            d.setAction(a);
            boolean missionOver = proposed[p.missionIndex().get(d.getMission())] > p.missionCap();
            reasons.add(new Scenario.Reason(d.getId(), a.code(), missionOver ? Breakdown.MISSION_SHARE + ":" + d.getMission()
                    : overCap ? Breakdown.BUDGET_CAP : serves(without, after, d.getMission())));
        }
        long hard = after.hard();
        long soft = after.soft(w);
        String score = hard + "hard/" + soft + "soft";
        Map<String, Long> figures = new java.util.LinkedHashMap<>();
        figures.put("hard", hard);
        figures.put("soft", soft);
        figures.put("over_cap_jpy", Math.max(0, after.overCap()));
        figures.put("over_shares_jpy", after.overShares());
        figures.put("priority_themes_covered", (long) after.themesCovered());
        figures.put("priority_themes", (long) solved.problem().themeCount());
        figures.put("priority_states_covered", (long) after.statesCovered());
        figures.put("priority_states", (long) solved.problem().stateCount());
        figures.put("outreach_states_reached", (long) after.outreachReached());
        figures.put("outreach_states", (long) solved.problem().outreachCount());
        figures.put("lines_off_even_points", after.imbalance());
        figures.put("change_steps", after.changeSteps());
        Scenario scenario = new Scenario("Suggested: FY" + reference.getFiscalYear() + " within the cap and mission shares",
                null, List.of(), changes, new Scenario.Explanation(score, figures, reasons));
        return new Suggestion(scenario, hard == 0, score, hard, soft, curve, canceled);
    }

    /**
     * A change cuts a budget: it serves the share of its mission when the mission proposed more than its share, else
     * the cap when the year was over it as proposed; else the constraint that gets worse when the change alone is undone.
     */
    private static String serves(Breakdown without, Breakdown with, String mission) {
        if (without.overShares() > with.overShares()) { // the more particular of the two hard constraints first
            return Breakdown.MISSION_SHARE + ":" + mission;
        }
        if (Math.max(0, without.overCap()) > Math.max(0, with.overCap())) {
            return Breakdown.BUDGET_CAP;
        }
        if (without.imbalance() > with.imbalance()) {
            return Breakdown.LINES_BALANCED;
        }
        return Breakdown.FEWEST_CHANGES;
    }
}
