package org.grassroots.planner.drl.editor;

import org.eclipse.osgi.util.NLS;

/** Strings of the DRL editor, the rules folder view and the New Rule File wizard (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String attributeSalience;
    public static String attributeNoLoop;
    public static String attributeLockOnActive;
    public static String attributeAgendaGroup;
    public static String attributeActivationGroup;
    public static String attributeAutoFocus;
    public static String attributeRuleflowGroup;
    public static String attributeDateEffective;
    public static String attributeDateExpires;
    public static String attributeEnabled;
    public static String attributeDuration;
    public static String attributeTimer;
    public static String attributeCalendars;
    public static String attributeDialect;
    public static String codeTheme;
    public static String codeState;
    public static String codeMission;
    public static String codeNationwide;
    public static String assistFindings;
    public static String assistField;
    public static String assistFactType;
    public static String assistEnum;
    public static String assistImport;
    public static String templateContext;
    public static String templateInitiative;
    public static String templateMission;
    public static String templateState;
    public static String templateYear;
    public static String jobMarkers;
    public static String jobCompile;
    public static String bannerBroken;
    public static String wizardWindowTitle;
    public static String wizardTitle;
    public static String wizardDescription;
    public static String wizardFolder;
    public static String wizardBrowse;
    public static String wizardFileName;
    public static String wizardConcern;
    public static String wizardRuleId;
    public static String wizardSeverity;
    public static String wizardNoFolder;
    public static String wizardBadName;
    public static String wizardExists;
    public static String wizardBadRuleId;
    public static String viewTitle;
    public static String viewNew;
    public static String viewRefresh;
    public static String viewColumnFile;
    public static String viewColumnRules;
    public static String viewChecking;
    public static String viewCompiles;
    public static String outlineImports;
    public static String testsViewTitle;
    public static String testsRun;
    public static String testsRunTip;
    public static String testsStop;
    public static String testsRunOnSave;
    public static String testsRunOnSaveTip;
    public static String testsFolder;
    public static String testsNotRun;
    public static String testsCompiling;
    public static String testsRunning;
    public static String testsSummary;
    public static String testsCancelled;
    public static String testsNone;
    public static String testsDoNotCompile;
    public static String testsTitle;
    public static String testsColumnTest;
    public static String testsColumnResult;
    public static String testsColumnFindings;
    public static String testsPass;
    public static String testsFail;
    public static String detailsTitle;
    public static String detailsOf;
    public static String detailsPassed;
    public static String detailsCompileProblems;
    public static String detailsColumnKind;
    public static String detailsColumnRule;
    public static String detailsColumnInitiative;
    public static String detailsColumnMessage;
    public static String detailMissing;
    public static String detailUnexpected;
    public static String detailWrongFact;
    public static String detailProblem;
    public static String detailMade;
    public static String detailTheYear;
    public static String detailMissingMessage;
    public static String detailWrongFactMessage;
    public static String coverageTitle;
    public static String coverageColumnRule;
    public static String coverageColumnFired;
    public static String coverageColumnTests;
    public static String coverageNeverFired;
    public static String jobRuleTests;

    static {
        NLS.initializeMessages("org.grassroots.planner.drl.editor.messages", Messages.class);
    }

    private Messages() {
    }
}
