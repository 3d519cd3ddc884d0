package org.grassroots.planner.suggest.internal;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** The solver's choice for one initiative of the year (pinned to {@link Action#KEEP} when it may not change). */
@PlanningEntity
public class Decision {
    private String id;
    private String mission;
    private long budget;
    /** Indexes into the problem's priority themes, priority states, outreach states and lines */
    private int[] themes;
    private int[] states;
    private int[] outreach;
    private int[] lines;
    /** How much a change of it weighs (2 once approved) */
    private int changeWeight;
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "actions")
    private Action action;

    public Decision() {
    }

    public Decision(String id, String mission, long budget, int[] themes, int[] states, int[] outreach, int[] lines,
            int changeWeight, boolean pinned) {
        this.id = id;
        this.mission = mission;
        this.budget = budget;
        this.themes = themes;
        this.states = states;
        this.outreach = outreach;
        this.lines = lines;
        this.changeWeight = changeWeight;
        this.pinned = pinned;
        this.action = Action.KEEP;
    }

    public String getId() {
        return id;
    }

    public String getMission() {
        return mission;
    }

    public long getBudget() {
        return budget;
    }

    int[] themes() {
        return themes;
    }

    int[] states() {
        return states;
    }

    int[] outreach() {
        return outreach;
    }

    int[] lines() {
        return lines;
    }

    int changeWeight() {
        return changeWeight;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    /** @return the budget kept in the year under the current action */
    public long keptBudget() {
        return action == null ? budget : action.budget(budget);
    }

    static List<Action> all() {
        return List.of(Action.values());
    }
}
