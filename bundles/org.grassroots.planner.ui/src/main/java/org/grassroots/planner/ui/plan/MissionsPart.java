package org.grassroots.planner.ui.plan;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.planning.MissionOverview;
import org.grassroots.planner.planning.PlanningService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The task force at a glance, for a reviewer: each mission of the year with where its proposal stands,
 * its initiatives and budget, its error findings and its last change (who, when, in Japan's time), and
 * the newest proposal notice (proposed, approved, returned) heard from the server.
 */
public class MissionsPart {
    public static final String ID = "org.grassroots.planner.ui.missions";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private org.eclipse.e4.ui.di.UISynchronize sync;
    @Inject
    private PlanSession session;

    private Label notice;
    private TableViewer viewer;
    private volatile List<MissionOverview> rows = List.of();

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            reload();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        notice = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notice);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.ROOT);
        TableColumns.<MissionOverview>text(viewer, Messages.columnMission, 190, m -> Labels.mission(m.mission()));
        TableColumns.<MissionOverview>text(viewer, Messages.missionsProposal, 90, m -> Labels.proposalState(m.proposal()));
        TableColumns.<MissionOverview>text(viewer, Messages.missionsInitiatives, 75, m -> Integer.toString(m.initiatives()));
        TableColumns.<MissionOverview>text(viewer, Messages.columnBudget, 110, m -> yen.format(m.budgetJpy()));
        TableColumns.<MissionOverview>text(viewer, Messages.missionsErrors, 70, m -> Integer.toString(m.errorFindings()));
        TableColumns.<MissionOverview>text(viewer, Messages.missionsLastChange, 220, m -> m.lastChange() == null ? "\u2013"
                : WHEN.format(m.lastChange().atZoneSameInstant(JAPAN)) + " " + Messages.jst + "  " + m.lastChangedBy());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        reload();
    }

    /** Reads the overview off the UI thread (it asks the database), then shows it. */
    private void reload() {
        PlanningService planning = session.planning();
        PlanSession.Snapshot s = session.snapshot();
        if (planning == null || s.fiscalYear() == 0) {
            return;
        }
        Job job = Job.create(Messages.missionsJob, monitor -> {
            List<MissionOverview> overview = planning.overview(s.fiscalYear(), s.findings());
            sync.asyncExec(() -> show(overview));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<MissionOverview> overview) {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        rows = overview;
        viewer.setInput(overview);
        String move = session.lastProposalNotice();
        notice.setText(move == null ? Messages.bind(Messages.missionsHeading, session.snapshot().fiscalYear()) : move);
        notice.getParent().layout(true, true);
    }

    /** @return the missions shown, for tests */
    public List<MissionOverview> rows() {
        return rows;
    }

    /** @return the notice line above the table, for tests */
    public String noticeText() {
        return notice.getText();
    }

    @PreDestroy
    public void dispose() {
    }
}
