package org.grassroots.planner.ui.proposal;

import org.eclipse.osgi.util.NLS;

/** Strings of the proposal view (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String menuProposal;
    public static String mission;
    public static String propose;
    public static String approve;
    public static String giveBack;
    public static String giveBackComment;
    public static String export;
    public static String errorsHeading;
    public static String columnFinding;
    public static String columnExplanation;
    public static String columnJustification;
    public static String justificationLabel;
    public static String changesHeading;
    public static String missingJustification;
    public static String nothingToPropose;
    public static String proposed;
    public static String refusedUnjustified;
    public static String exported;
    public static String jobExport;
    public static String sinceSnapshot;
    public static String sinceYear;
    public static String changesLine;
    public static String stateLine;
    public static String stateDraft;
    public static String stateProposed;
    public static String stateApproved;
    public static String stateReturned;

    static {
        NLS.initializeMessages("org.grassroots.planner.ui.proposal.messages", Messages.class);
    }

    private Messages() {
    }
}
