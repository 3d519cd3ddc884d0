package org.grassroots.planner.ui.plan;

import org.eclipse.osgi.util.NLS;

/** Strings of the plan views (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    /**
     * @return a message whose pattern counts ({@code {0,choice,1#1 error|1<{0,number,integer} errors}}): English
     *         says "1 error", not "1 errors" (java.text.MessageFormat; Japanese patterns need no choice)
     */
    public static String format(String pattern, Object... args) {
        return new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(args);
    }

    public static String shownOf;
    public static String filterAllMissions;
    public static String filterAllStatuses;
    public static String filterAllKinds;
    public static String filterAllSeverities;
    public static String filterNoFinding;
    public static String filterWorst;
    public static String columnsMenu;
    public static String pasteTitle;
    public static String pasteRefused;
    public static String pasteReadOnly;
    public static String opPaste;
    public static String legendLowest;
    public static String legendHighest;
    public static String legendKnown;
    public static String legendKnownPlan;
    public static String tipValue;
    public static String tipFigure;
    public static String tipUnknown;
    public static String tipPriority;
    public static String tipUncovered;
    public static String tipSeat;
    public static String imported;
    public static String nationwide;
    public static String jobOpen;
    public static String jobImport;
    public static String jobSave;
    public static String jobEdit;
    public static String jobDiscard;
    public static String jobSaveReference;
    public static String jobCopy;
    public static String nextYearExists;
    public static String jobExport;
    public static String noExporter;
    public static String jobDelete;
    public static String jobCheck;
    public static String jobOpenYear;
    public static String jobRules;
    public static String noImporter;
    public static String noReference;
    public static String rulesBroken;
    public static String rulesFailed;
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
    public static String historyYear;
    public static String historyInitiatives;
    public static String historyBudget;
    public static String historySource;
    public static String historyFromStore;
    public static String historyUnknown;
    public static String historyTotal;
    public static String referenceWhat;
    public static String referenceEdit;
    public static String referenceImport;
    public static String referenceValue;
    public static String referenceSource;
    public static String referenceCap;
    public static String referenceShare;
    public static String referenceShareValue;
    public static String referenceTheme;
    public static String referenceState;
    public static String referenceNoFigure;
    public static String referenceHeading;
    public static String exportOverImport;
    public static String referenceFromStore;
    public static String referenceFromShipped;
    public static String referenceFromFile;
    public static String referenceCarriedOver;
    public static String referenceOriginStore;
    public static String referenceOriginShipped;
    public static String searchHint;
    public static String stateChip;
    public static String severityError;
    public static String severityWarning;
    public static String severityInfo;
    public static String groupBySeverity;
    public static String groupByRule;
    public static String onlySelected;
    public static String columnFindingText;
    public static String columnSubject;
    public static String subjectYear;
    public static String findingCounts;
    public static String explanationFacts;
    public static String measureEmployment;
    public static String measureEstablishments;
    public static String measureInitiatives;
    public static String measureBudget;
    public static String uncoveredStates;
    public static String legendLow;
    public static String legendHigh;
    public static String legendZero;
    public static String legendUnknown;
    public static String legendPriority;
    public static String legendUncovered;
    public static String legendSeat;
    public static String budgetNoCap;
    public static String budgetSummary;
    public static String budgetYear;
    public static String budgetByMission;
    public static String budgetByKind;
    public static String budgetYears;
    public static String budgetLegend;

    public static String saveConflict;
    public static String readOnly;
    public static String connectionLost;
    public static String jobOthers;
    public static String team;
    public static String rolePlanner;
    public static String roleReviewer;
    public static String readOnlyRows;
    public static String readOnlyAll;

    public static String missionsProposal;
    public static String missionsInitiatives;
    public static String missionsErrors;
    public static String missionsLastChange;
    public static String missionsJob;
    public static String missionsHeading;
    public static String jst;
    public static String stateReturned;
    public static String noticeProposed;
    public static String noticeApproved;
    public static String noticeReturned;
    public static String auditJob;
    public static String auditHeading;
    public static String auditUser;
    public static String auditMission;
    public static String auditField;
    public static String auditId;
    public static String auditWhen;
    public static String auditAction;
    public static String auditBefore;
    public static String auditAfter;
    public static String auditAll;
    public static String auditExport;
    public static String auditInsert;
    public static String auditUpdate;
    public static String auditDelete;
    public static String actionHistory;

    public static String jobResults;
    public static String resultsWritten;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.plan.messages", Messages.class);
    }

    private Messages() {
    }
}
