package org.grassroots.planner.ui.plan;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;

/**
 * What the map colours states by. A measure gives a value per state, or null where no figure is
 * known (drawn differently from zero).
 */
public enum StateMeasure {
    EMPLOYMENT(() -> Messages.measureEmployment),
    ESTABLISHMENTS(() -> Messages.measureEstablishments),
    INITIATIVES(() -> Messages.measureInitiatives),
    BUDGET(() -> Messages.measureBudget);

    private final Supplier<String> label;

    StateMeasure(Supplier<String> label) {
        this.label = label;
    }

    public String label() {
        return label.get();
    }

    /** @return this measure's value for the state, or null if no figure is known */
    public Long value(String state, List<Initiative> plan) {
        return switch (this) {
            case EMPLOYMENT -> latest(state, Figure.EMPLOYMENT);
            case ESTABLISHMENTS -> latest(state, Figure.ESTABLISHMENTS);
            case INITIATIVES -> planned(state, plan).count();
            case BUDGET -> org.grassroots.planner.model.Budgets.total(planned(state, plan).toList());
        };
    }

    /** @return the shipped figure behind this measure's value for the state (with its year and source), or null */
    public Figure figure(String state) {
        return switch (this) {
            case EMPLOYMENT -> latestFigure(state, Figure.EMPLOYMENT);
            case ESTABLISHMENTS -> latestFigure(state, Figure.ESTABLISHMENTS);
            default -> null;
        };
    }

    /** @return true for a measure of shipped figures (unknown where none is shipped), false for one of the plan */
    public boolean ofFigures() {
        return this == EMPLOYMENT || this == ESTABLISHMENTS;
    }

    private static Figure latestFigure(String state, String measure) {
        return ReferenceData.shipped().figures(state, measure).stream().max(Comparator.comparingInt(Figure::year)).orElse(null);
    }

    private static java.util.stream.Stream<Initiative> planned(String state, List<Initiative> plan) {
        return plan.stream().filter(i -> !i.isCancelled() && i.getStates().contains(state));
    }

    private static Long latest(String state, String measure) {
        return ReferenceData.shipped().figures(state, measure).stream().max(Comparator.comparingInt(Figure::year))
                .map(Figure::value).orElse(null);
    }
}
