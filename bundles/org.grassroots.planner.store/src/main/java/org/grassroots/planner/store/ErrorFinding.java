package org.grassroots.planner.store;

/**
 * An error finding of the plan being proposed, as the workflow needs it: the key a justification is
 * written against ({@code RULE:SUBJECT}) and its explanation, kept with the justification.
 */
public record ErrorFinding(String key, String message) {
}
