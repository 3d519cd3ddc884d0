package org.grassroots.planner.suggest;

/**
 * The soft constraints' weights a reviewer sets (each ≥ 0): points for each priority theme and each priority state
 * a kept initiative covers, for each outreach state reached, minus points for each percentage point by which the
 * policy lines' budget shares stray from an even split, and for each step of change to what missions proposed (a
 * trim by 20 % one step, by 40 % two, a move to next year three).
 */
public record SuggestionWeights(long priorityThemes, long priorityStates, long outreachStates, long linesBalanced,
        long fewestChanges) {

    /** Coverage first, then the fewest changes, then balance. */
    public static final SuggestionWeights DEFAULT = new SuggestionWeights(100, 100, 30, 2, 10);

    public SuggestionWeights {
        if (priorityThemes < 0 || priorityStates < 0 || outreachStates < 0 || linesBalanced < 0 || fewestChanges < 0) {
            throw new IllegalArgumentException("the weights are 0 or more");
        }
    }
}
