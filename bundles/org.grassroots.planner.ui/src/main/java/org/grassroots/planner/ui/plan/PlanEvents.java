package org.grassroots.planner.ui.plan;

/** Topics on which the plan views talk to each other through the e4 event broker. */
public final class PlanEvents {
    /** A state picked on the map (its USPS code), or "" to show all states again. */
    public static final String STATE_FILTER = "org/grassroots/planner/stateFilter";
    /** An initiative to select and show in the initiatives view (its id). */
    public static final String REVEAL = "org/grassroots/planner/reveal";
    /** The initiatives selected in the initiatives view (a {@code List<String>} of ids). */
    public static final String SELECTED = "org/grassroots/planner/selected";
    /** The id of an initiative whose audit trail the planner asked to see (Show History). */
    public static final String HISTORY = "org/grassroots/planner/history";

    /** A new {@link PlanSession.Snapshot} of the plan session: the views show it. */
    public static final String SNAPSHOT = "org/grassroots/planner/snapshot";
    /** A save refused for conflicts (a {@code List<Conflict>}): the initiatives view asks the planner. */
    public static final String CONFLICTS = "org/grassroots/planner/conflicts";

    private PlanEvents() {
    }
}
