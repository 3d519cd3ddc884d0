package org.grassroots.planner.planning;

import java.util.List;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.reference.ReferenceResolution;

/**
 * A fiscal year checked: the reference it was checked against (and where that came from), its
 * initiatives and the findings, in report order.
 */
public record YearCheck(int fiscalYear, ReferenceResolution reference, List<Initiative> initiatives,
        List<Finding> findings) {

    /**
     * @return the names of the codes the findings' messages hold, from the reference the year was checked against
     *         (see {@link PlanningService#names(FiscalYearReference)})
     */
    public org.grassroots.planner.model.Names names() {
        return new org.grassroots.planner.reference.ReferenceNames(reference == null ? null : reference.reference(),
                org.grassroots.planner.reference.ReferenceData.shipped());
    }

    /** @return true if a finding has severity error (the commands' exit status 1) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }
}
