package org.grassroots.planner.store;

import java.util.List;

/** A step of the proposal workflow that is not allowed now; nothing was written. */
public class ProposalRefusedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final List<String> unjustified;

    public ProposalRefusedException(String message, List<String> unjustified) {
        super(message, null);
        this.unjustified = List.copyOf(unjustified);
    }

    /** @return the keys of the error findings that have no written justification (empty for other refusals) */
    public List<String> getUnjustified() {
        return unjustified;
    }
}
