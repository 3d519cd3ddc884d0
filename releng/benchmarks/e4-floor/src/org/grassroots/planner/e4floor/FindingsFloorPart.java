package org.grassroots.planner.e4floor;

import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.grassroots.planner.model.Finding;

/**
 * The findings floor's second part: paints the findings of {@link FloorCheck} (started by the application's life cycle,
 * {@link FloorLifeCycle}, before the model is loaded) in a table; the workbench closes once both tables have painted.
 */
public class FindingsFloorPart {
    @Inject
    private IWorkbench workbench;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        column(viewer, "rule", f -> f.getRule());
        column(viewer, "severity", f -> f.getSeverity().name());
        column(viewer, "initiative", f -> f.getInitiative());
        column(viewer, "mission", f -> f.getMission());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Paints.watch(viewer.getTable(), Paints.FINDINGS, workbench::close);
        FloorCheck.start().thenAccept(findings -> parent.getDisplay().asyncExec(() -> viewer.setInput(findings.toArray())));
    }

    private static void column(TableViewer viewer, String title, Function<Finding, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(160);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Finding) element);
            }
        });
    }
}
