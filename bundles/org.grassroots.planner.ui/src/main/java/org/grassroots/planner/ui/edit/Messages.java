package org.grassroots.planner.ui.edit;

import org.eclipse.osgi.util.NLS;

/** Strings of the initiative form and the edit actions (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String shellTitle;
    public static String titleNew;
    public static String titleEdit;
    public static String hint;
    public static String fieldId;
    public static String fieldFiscalYear;
    public static String fieldMission;
    public static String fieldKind;
    public static String fieldTitleJa;
    public static String fieldTitleEn;
    public static String fieldThemes;
    public static String fieldOtherThemes;
    public static String fieldStates;
    public static String fieldPartners;
    public static String fieldFormat;
    public static String fieldStatus;
    public static String fieldStart;
    public static String fieldEnd;
    public static String fieldBudget;
    public static String problemRequired;
    public static String problemDate;
    public static String problemBudget;
    public static String resultsHeading;
    public static String fieldActualCost;
    public static String fieldParticipants;
    public static String fieldOnlineViews;
    public static String fieldMediaReports;
    public static String fieldDignitaries;
    public static String fieldOutcome;
    public static String fieldBestPractice;
    public static String problemResult;
    public static String opNew;
    public static String opEdit;
    public static String opDelete;
    public static String opReference;
    public static String actionEdit;
    public static String actionNew;
    public static String actionDuplicate;
    public static String actionDelete;
    public static String actionUndo;
    public static String actionRedo;

    public static String referenceTitle;
    public static String referenceHint;
    public static String referenceCap;
    public static String referenceShare;
    public static String referenceThemes;
    public static String referenceStates;
    public static String referenceStateColumn;
    public static String referenceFiguresColumn;
    public static String referenceBadCap;

    public static String conflictTitle;
    public static String conflictMessage;
    public static String conflictExplain;
    public static String conflictField;
    public static String conflictMine;
    public static String conflictTheirs;
    public static String conflictDeleted;
    public static String conflictKeepMine;
    public static String conflictTakeTheirs;
    public static String conflictInitiative;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.edit.messages", Messages.class);
    }

    private Messages() {
    }
}
