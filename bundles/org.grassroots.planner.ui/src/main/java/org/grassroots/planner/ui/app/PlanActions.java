package org.grassroots.planner.ui.app;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.ui.plan.PlanSession;

/**
 * The planner's actions on the plan: import a file, export, check now, switch the fiscal year, copy
 * the year as the next year's draft.
 */
final class PlanActions {
    private PlanActions() {
    }

    static PlanSession session() {
        return PlatformUI.getWorkbench().getService(IEclipseContext.class).get(PlanSession.class);
    }

    static IAction importPlan(IWorkbenchWindow window) {
        Action a = new Action(Messages.actionImport) {
            @Override
            public void run() {
                if (UnsavedEdits.settle(window.getShell(), session())) {
                    new org.eclipse.jface.wizard.WizardDialog(window.getShell(),
                            new org.grassroots.planner.ui.imports.ImportPlanWizard(session())).open();
                }
            }
        };
        a.setId("org.grassroots.planner.ui.import");
        return a;
    }

    static IAction exportPlan(IWorkbenchWindow window) {
        Action a = new Action(Messages.actionExport) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
                dialog.setFileName("plan-fy" + session().snapshot().fiscalYear() + ".xlsx");
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file != null) {
                    session().exportPlan(Path.of(file));
                }
            }
        };
        a.setId("org.grassroots.planner.ui.export");
        return a;
    }

    /** Plan › Results Report of the Year…: the shown year's results report (PDF, XLSX or HTML), as export --document results. */
    static IAction exportResults(IWorkbenchWindow window) {
        Action a = new Action(Messages.actionResults) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] { "*.pdf", "*.xlsx", "*.html" });
                dialog.setFileName("results-fy" + session().snapshot().fiscalYear() + ".pdf");
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file != null) {
                    session().exportResults(Path.of(file), org.grassroots.planner.ui.plan.Labels.japanese()
                            ? java.util.Locale.JAPANESE : java.util.Locale.ENGLISH);
                }
            }
        };
        a.setId("org.grassroots.planner.ui.results");
        return a;
    }

    static IAction checkNow() {
        Action a = new Action(Messages.actionCheck) {
            @Override
            public void run() {
                session().recheck();
            }
        };
        a.setId("org.grassroots.planner.ui.check");
        return a;
    }

    /** Copies the shown year's plan into the next fiscal year as its first draft, after asking. */
    static IAction copyToNextYear(IWorkbenchWindow window) {
        Action a = new Action(Messages.actionCopyYear) {
            @Override
            public void run() {
                PlanSession.Snapshot s = session().snapshot();
                long carried = s.initiatives().stream().filter(i -> !i.isCancelled()).count();
                if (s.fiscalYear() != 0 && org.eclipse.jface.dialogs.MessageDialog.openQuestion(window.getShell(),
                        getText().replace("&", ""), org.eclipse.osgi.util.NLS.bind(Messages.copyYearQuestion,
                                new Object[] { carried, s.fiscalYear(), s.fiscalYear() + 1 }))) {
                    session().copyToNextYear();
                }
            }
        };
        a.setId("org.grassroots.planner.ui.copyYear");
        return a;
    }

    /** @return the Fiscal year menu, listing the years of the store each time it opens */
    static MenuManager fiscalYears() {
        MenuManager menu = new MenuManager(Messages.menuFiscalYear, "fiscalYear");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            PlanSession.Snapshot s = session().snapshot();
            for (int year : s.years()) {
                Action a = new Action("FY" + year + " (" + new FiscalYear(year).japanese() + ")", IAction.AS_RADIO_BUTTON) {
                    @Override
                    public void run() {
                        if (UnsavedEdits.settle(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                                session())) {
                            session().showYear(year);
                        } else {
                            setChecked(false);
                        }
                    }
                };
                a.setChecked(year == s.fiscalYear());
                m.add(a);
            }
        });
        return menu;
    }
}
