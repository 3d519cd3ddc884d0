package org.grassroots.planner.store;

import java.util.List;

/**
 * A change the login's role does not allow (another mission's initiatives, a mission whose proposal is
 * approved, a review by a planner): nothing was stored. Says which role would be needed.
 */
public final class AccessRefusedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> ids;
    private final String neededRole;

    public AccessRefusedException(String message, List<String> ids, String neededRole) {
        super(message, null);
        this.ids = List.copyOf(ids);
        this.neededRole = neededRole;
    }

    /** @return the refusal of a proposal by a login that is not a planner of the mission */
    public static AccessRefusedException notPlannerOf(Access access, int fiscalYear, String mission) {
        return new AccessRefusedException(access.user() + " (" + access.describe() + ") may not propose the FY" + fiscalYear
                + " plan of " + mission + ": that needs the role planner of " + mission, List.of(), "planner of " + mission);
    }

    /** @return the initiatives refused (empty for a workflow step) */
    public List<String> ids() {
        return ids;
    }

    /** @return the role that would be needed, as said to the user ({@code planner of cg-denver}, {@code reviewer}) */
    public String neededRole() {
        return neededRole;
    }
}
