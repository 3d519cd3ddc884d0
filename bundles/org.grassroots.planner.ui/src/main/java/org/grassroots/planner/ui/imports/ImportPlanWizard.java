package org.grassroots.planner.ui.imports;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * File › Import plan: pick a file, see what it holds and every problem in it, and import it only
 * when it has none. The import itself runs as a Job with progress and cancel; cancelled, it stores
 * nothing.
 */
public final class ImportPlanWizard extends Wizard {
    private final PlanSession session;
    private final ImportFilePage page = new ImportFilePage();
    private Job job;

    public ImportPlanWizard(PlanSession session) {
        this.session = session;
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (page.plan() == null) {
            return false;
        }
        job = session.importPlan(page.plan());
        return true;
    }

    public ImportFilePage page() {
        return page;
    }

    /** @return the import started by Finish, or null */
    public Job job() {
        return job;
    }
}
