package org.grassroots.planner.suggest.internal;

import org.grassroots.planner.suggest.SuggestionWeights;

/**
 * A plan's score, constraint by constraint. Hard (thousands of yen): over the cap, over a mission's share. Soft
 * (points): priority themes and states covered, outreach states reached, lines balanced, fewest changes.
 */
public record Breakdown(long overCap, long overShares, int themesCovered, int statesCovered, int outreachReached,
        long imbalance, long changeSteps) {

    /** The constraints' names, as the explanation of a change gives them. */
    public static final String BUDGET_CAP = "budget-cap";
    public static final String MISSION_SHARE = "mission-share";
    public static final String PRIORITY_THEMES = "priority-themes-covered";
    public static final String PRIORITY_STATES = "priority-states-covered";
    public static final String OUTREACH_STATES = "outreach-states-reached";
    public static final String LINES_BALANCED = "policy-lines-balanced";
    public static final String FEWEST_CHANGES = "fewest-changes";

    public long hard() {
        return -(thousands(overCap) + thousands(overShares));
    }

    private static long thousands(long yen) {
        return yen <= 0 ? 0 : (yen + 999) / 1000;
    }

    public long soft(SuggestionWeights w) {
        return w.priorityThemes() * themesCovered + w.priorityStates() * statesCovered + w.outreachStates() * outreachReached
                - w.linesBalanced() * imbalance - w.fewestChanges() * changeSteps;
    }

    public static Breakdown of(PlanSolution solution) {
        PlanSolution.Problem p = solution.problem();
        long[] byMission = p.fixedByMission().clone();
        boolean[] themes = p.themesFixed().clone();
        boolean[] states = p.statesFixed().clone();
        boolean[] outreach = p.outreachFixed().clone();
        double[] lines = p.fixedLineBudget().clone();
        long total = 0;
        for (long b : byMission) {
            total += b;
        }
        long steps = 0;
        for (Decision d : solution.getDecisions()) {
            Action a = d.getAction() == null ? Action.KEEP : d.getAction();
            long kept = a.budget(d.getBudget());
            total += kept;
            byMission[p.missionIndex().get(d.getMission())] += kept;
            steps += (long) a.steps() * d.changeWeight();
            if (a.keepsInYear()) {
                for (int t : d.themes()) {
                    themes[t] = true;
                }
                for (int s : d.states()) {
                    states[s] = true;
                }
                for (int o : d.outreach()) {
                    outreach[o] = true;
                }
                int[] ls = d.lines();
                for (int l : ls) {
                    lines[l] += (double) kept / ls.length;
                }
            }
        }
        long overShares = 0;
        for (long b : byMission) {
            if (b > p.missionCap()) {
                overShares += b - p.missionCap();
            }
        }
        return new Breakdown(total - p.cap(), overShares, count(themes), count(states), count(outreach),
                imbalance(lines), steps);
    }

    /** @return the sum over the lines of how far (in percentage points) each one's budget share is from an even split */
    static long imbalance(double[] lines) {
        double sum = 0;
        for (double l : lines) {
            sum += l;
        }
        if (sum <= 0 || lines.length == 0) {
            return 0;
        }
        double even = 1.0 / lines.length;
        double off = 0;
        for (double l : lines) {
            off += Math.abs(l / sum - even);
        }
        return Math.round(off * 100);
    }

    /** @return how many priority themes, priority states and outreach states an initiative brings (its priority) */
    public static int valueOf(Decision d) {
        return d.themes().length + d.states().length + d.outreach().length;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            if (x) {
                n++;
            }
        }
        return n;
    }
}
