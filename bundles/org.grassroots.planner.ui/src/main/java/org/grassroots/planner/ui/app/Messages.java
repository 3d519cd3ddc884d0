package org.grassroots.planner.ui.app;

import org.eclipse.osgi.util.NLS;

/** Strings of the application frame (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String windowTitle;
    public static String unsavedTitle;
    public static String unsavedQuestion;
    public static String unsavedSave;
    public static String unsavedDiscard;
    public static String actionCopyYear;
    public static String copyYearQuestion;
    public static String menuFile;
    public static String menuHelp;
    public static String menuAbout;
    public static String menuPlan;
    public static String menuEdit;
    public static String menuWindow;
    public static String preferencesDescription;
    public static String preferenceDatabase;
    public static String preferenceRules;
    public static String menuFiscalYear;
    public static String actionImport;
    public static String actionExport;
    public static String actionCheck;
    public static String loginTitle;
    public static String loginMessage;
    public static String loginUser;
    public static String loginPassword;
    public static String loginNoUser;

    public static String preferenceUser;

    public static String actionResults;

    public static String masterPasswordTitle;
    public static String masterPasswordAsk;
    public static String masterPasswordNew;
    public static String masterPasswordShort;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.app.messages", Messages.class);
    }

    private Messages() {
    }
}
