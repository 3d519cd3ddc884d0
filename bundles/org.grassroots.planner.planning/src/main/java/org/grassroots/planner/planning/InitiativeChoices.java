package org.grassroots.planner.planning;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.reference.ReferenceData;

/**
 * What an initiative's form and table offer the planner to pick, decided here for the workbench and any
 * other client: the target states are {@code US} (nationwide) and every state, DC and territory, as the
 * plan file and the rules accept them.
 */
public final class InitiativeChoices {
    /** The target "state" of a nationwide initiative. */
    public static final String NATIONWIDE = "US";

    private InitiativeChoices() {
    }

    /** @return the target state codes a planner may pick: {@value #NATIONWIDE} first, then the states in code order */
    public static List<String> targetStates() {
        List<String> out = new ArrayList<>();
        out.add(NATIONWIDE);
        out.addAll(ReferenceData.shipped().states().keySet());
        return List.copyOf(out);
    }
}
