package org.grassroots.planner.ui.commands;

import org.eclipse.osgi.util.NLS;

/** The texts of the planner's commands (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String copyYearTitle;
    public static String copyYearQuestion;
    public static String aboutTitle;
    public static String undo;
    public static String redo;
    public static String undoStep;
    public static String redoStep;
    public static String showViewOther;
    public static String guideMissing;
    public static String guideTitle;
    public static String guideAt;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.commands.messages", Messages.class);
    }

    private Messages() {
    }
}
