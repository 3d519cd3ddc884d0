package org.grassroots.planner.ui.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.ui.plan.PlanSession;

/** New, edit, duplicate and delete initiatives, and undo and redo them. */
public final class EditActions {
    private EditActions() {
    }

    /** Opens the form on an initiative (or a new one) and saves what the planner confirms, undoably. */
    public static void openForm(Shell shell, PlanSession session, Initiative existing, boolean duplicate) {
        if (existing != null && !duplicate && !session.mayEdit(existing)) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, existing.getId(),
                    org.grassroots.planner.ui.plan.Messages.bind(org.grassroots.planner.ui.plan.Messages.readOnly,
                            existing.getId(), session.roleNeeded(existing)));
            return;
        }
        Initiative template = existing != null ? existing : blank(session.snapshot().fiscalYear());
        if (duplicate) {
            template = template.toBuilder().id(template.getId() + "-copy").withoutResults().build(); // a copy has achieved nothing yet
        }
        InitiativeDialog dialog = new InitiativeDialog(shell, template, existing == null || duplicate);
        if (dialog.open() == Window.OK) {
            PlanOperations.save(session, existing == null || duplicate ? null : existing, dialog.result());
        }
    }

    static Initiative blank(int fiscalYear) {
        int year = fiscalYear == 0 ? LocalDate.now().getYear() : fiscalYear;
        return Initiative.builder().id("NEW-" + System.currentTimeMillis() % 100_000).fiscalYear(year)
                .mission("emb-washington").titleJa("").kind(Kind.INFO_DISSEMINATION).status(Status.DRAFT).build();
    }

    public static IAction create(Supplier<Shell> shell, PlanSession session) {
        return action(Messages.actionNew, () -> openForm(shell.get(), session, null, false));
    }

    public static IAction edit(Supplier<Shell> shell, PlanSession session, Supplier<List<Initiative>> selection) {
        return action(Messages.actionEdit, () -> selection.get().stream().findFirst()
                .ifPresent(i -> openForm(shell.get(), session, i, false)));
    }

    public static IAction duplicate(Supplier<Shell> shell, PlanSession session, Supplier<List<Initiative>> selection) {
        return action(Messages.actionDuplicate, () -> selection.get().stream().findFirst()
                .ifPresent(i -> openForm(shell.get(), session, i, true)));
    }

    public static IAction delete(PlanSession session, Supplier<List<Initiative>> selection) {
        return action(Messages.actionDelete, () -> {
            List<Initiative> chosen = selection.get();
            if (!chosen.isEmpty()) {
                PlanOperations.delete(session, chosen);
            }
        });
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
