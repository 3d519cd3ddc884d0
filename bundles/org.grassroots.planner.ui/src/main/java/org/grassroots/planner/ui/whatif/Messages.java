package org.grassroots.planner.ui.whatif;

import org.eclipse.osgi.util.NLS;

/** Strings of the what-if view (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String scenarioA;
    public static String scenarioB;
    public static String capCut;
    public static String capCutName;
    public static String openFile;
    public static String suggest;
    public static String apply;
    public static String discard;
    public static String exportXlsx;
    public static String item;
    public static String plan;
    public static String scenario;
    public static String what;
    public static String severity;
    public static String rule;
    public static String initiative;
    public static String missionOrState;
    public static String message;
    public static String noPlan;
    public static String jobCompare;
    public static String jobSuggest;
    public static String bestScore;
    public static String infeasible;
    public static String suggestedName;
    public static String applyConfirm;
    public static String applyLabel;
    public static String appliedSummary;
    public static String undoneSummary;
    public static String budgetTotal;
    public static String budgetCap;
    public static String withinCap;
    public static String yes;
    public static String no;
    public static String errors;
    public static String warnings;
    public static String infos;
    public static String budgetOf;
    public static String statesCovered;
    public static String priorityUncovered;
    public static String appeared;
    public static String disappeared;
    public static String stateGained;
    public static String stateLost;
    public static String status;
    // issue 18 (whatif18b)
    public static String appliedSaved;
    public static String appliedSavedReference;
    public static String newScenario;
    public static String newScenarioTitle;
    public static String newScenarioHint;
    public static String scenarioName;
    public static String referenceGroup;
    public static String cap;
    public static String share;
    public static String priorityStates;
    public static String moveGroup;
    public static String kind;
    public static String anyKind;
    public static String month;
    public static String noMonth;
    public static String moveCount;
    public static String badName;
    public static String badCap;
    public static String columnId;
    public static String columnTitle;
    public static String columnStart;
    public static String columnBudget;
    public static String suggestTitle;
    public static String suggestHint;
    public static String seconds;
    public static String weightThemes;
    public static String weightStates;
    public static String weightOutreach;
    public static String weightBalance;
    public static String weightChanges;
    public static String explanationOf;
    public static String scoreWords;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.whatif.messages", Messages.class);
    }

    private Messages() {
    }
}
