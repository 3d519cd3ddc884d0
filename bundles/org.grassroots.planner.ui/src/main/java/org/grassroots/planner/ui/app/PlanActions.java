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

/** The planner's actions on the plan: import a file, check now, switch the fiscal year. */
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
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
                String file = dialog.open();
                if (file != null) {
                    session().importPlan(Path.of(file));
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
                        session().showYear(year);
                    }
                };
                a.setChecked(year == s.fiscalYear());
                m.add(a);
            }
        });
        return menu;
    }
}
