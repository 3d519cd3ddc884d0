package org.grassroots.planner.suggest;

import java.util.List;

import org.grassroots.planner.planning.Scenario;

/**
 * What the solver suggests: a scenario of the year (the budget changes it makes, explained), whether it meets every
 * hard constraint (the cap and the mission shares), its score, and how the best score improved with time.
 *
 * @param feasible whether the suggested plan fits the cap and every mission's share
 * @param score the solver's score ({@code 0hard/-1234soft}); the hard part is the yen (in thousands) over the cap and
 *            shares
 * @param curve the best score at each time it improved
 * @param canceled whether the search was stopped before its time box (the best plan so far is kept)
 */
public record Suggestion(Scenario scenario, boolean feasible, String score, long hardScore, long softScore,
        List<Point> curve, boolean canceled) {

    /** The best score at a moment of the search. */
    public record Point(long millis, long hard, long soft) {
    }
}
