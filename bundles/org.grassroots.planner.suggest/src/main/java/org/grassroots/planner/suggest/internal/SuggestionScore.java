package org.grassroots.planner.suggest.internal;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

/** The score of a plan for the solver: {@link Breakdown} as a hard/soft score. */
public class SuggestionScore implements EasyScoreCalculator<PlanSolution, HardSoftLongScore> {
    @Override
    public HardSoftLongScore calculateScore(PlanSolution solution) {
        Breakdown b = Breakdown.of(solution);
        return HardSoftLongScore.of(b.hard(), b.soft(solution.problem().weights()));
    }
}
