package org.grassroots.planner.rules;

/**
 * Topics of the events about rule files that the workbench's event broker (OSGi Event Admin) carries
 * between the rule editor and the planning views.
 */
public final class RuleEvents {
    /**
     * A rule file was saved: the rule set of its folder should be compiled again and put in force if it
     * compiles. The event's property {@link #FOLDER} holds the folder's path as a String.
     */
    public static final String SAVED = "org/grassroots/planner/rules/saved";

    /** The property of a {@link #SAVED} event that names the folder of rules. */
    public static final String FOLDER = "folder";

    private RuleEvents() {
    }
}
