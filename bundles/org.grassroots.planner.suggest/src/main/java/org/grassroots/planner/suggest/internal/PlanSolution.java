package org.grassroots.planner.suggest.internal;

import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The year as the solver sees it: a decision per initiative, the cap, the mission cap and what counts as covered. */
@PlanningSolution
public class PlanSolution {
    @ValueRangeProvider(id = "actions")
    @ProblemFactCollectionProperty
    private List<Action> actions;
    @PlanningEntityCollectionProperty
    private List<Decision> decisions;
    @PlanningScore
    private HardSoftLongScore score;

    private Problem problem;

    public PlanSolution() {
    }

    public PlanSolution(Problem problem, List<Decision> decisions) {
        this.problem = problem;
        this.decisions = decisions;
        this.actions = Decision.all();
    }

    public List<Decision> getDecisions() {
        return decisions;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * The facts every score is computed against.
     *
     * @param missionIndex each mission's index into budget arrays
     * @param fixedByMission the budget of the year's initiatives the solver does not decide (done, pinned), by mission index
     * @param lineCount how many policy lines
     */
    public record Problem(long cap, long missionCap, Map<String, Integer> missionIndex, long[] fixedByMission,
            int themeCount, int stateCount, int outreachCount, int lineCount, List<String> themeCodes,
            List<String> stateCodes, List<String> outreachCodes, List<String> lineCodes, boolean[] themesFixed,
            boolean[] statesFixed, boolean[] outreachFixed, double[] fixedLineBudget, org.grassroots.planner.suggest.SuggestionWeights weights) {
    }
}
