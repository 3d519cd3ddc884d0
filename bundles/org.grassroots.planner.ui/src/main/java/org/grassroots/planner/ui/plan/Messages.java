package org.grassroots.planner.ui.plan;

import org.eclipse.osgi.util.NLS;

/** Strings of the plan views (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String jobOpen;
    public static String jobImport;
    public static String jobRules;
    public static String noImporter;
    public static String noReference;
    public static String rulesBroken;
    public static String columnId;
    public static String columnMission;
    public static String columnTitle;
    public static String columnKind;
    public static String columnStates;
    public static String columnBudget;
    public static String columnStatus;
    public static String columnFinding;
    public static String summary;
    public static String loading;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.plan.messages", Messages.class);
    }

    private Messages() {
    }
}
