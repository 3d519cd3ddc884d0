package org.grassroots.planner.store;

/** Where the proposal of a fiscal year and mission stands. */
public enum ProposalState {
    /** Being drafted; nothing proposed yet. */
    DRAFT("draft"),
    /** Proposed: a snapshot of the plan is frozen and awaits review. */
    PROPOSED("proposed"),
    /** Approved by the reviewer. */
    APPROVED("approved"),
    /** Returned by the reviewer with a comment; the mission revises and proposes again. */
    RETURNED("returned");

    private final String code;

    ProposalState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProposalState fromCode(String code) {
        for (ProposalState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown proposal state: " + code);
    }
}
