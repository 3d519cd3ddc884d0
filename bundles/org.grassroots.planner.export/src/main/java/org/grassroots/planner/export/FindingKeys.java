package org.grassroots.planner.export;

import org.grassroots.planner.model.Finding;

/**
 * The key a justification is written against: {@code RULE:SUBJECT}, the subject being the finding's
 * initiative, else its mission, else its state, else {@code FY} (the year as a whole). One
 * justification covers every finding of a rule about the same subject (an initiative that targets
 * two states outside its jurisdiction is justified once).
 */
public final class FindingKeys {
    private FindingKeys() {
    }

    public static String of(Finding f) {
        String subject = f.getInitiative() != null ? f.getInitiative()
                : f.getMission() != null ? f.getMission() : f.getState() != null ? f.getState() : "FY";
        return f.getRule() + ":" + subject;
    }
}
