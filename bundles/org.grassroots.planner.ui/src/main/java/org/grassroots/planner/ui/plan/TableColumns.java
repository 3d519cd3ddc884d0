package org.grassroots.planner.ui.plan;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table viewer's column of text, as every table of the planner's views and dialogs has them. */
public final class TableColumns {
    private TableColumns() {
    }

    /**
     * @param <T> the type of the viewer's elements
     * @return a new column showing {@code text} of each element
     */
    public static <T> TableViewerColumn text(TableViewer viewer, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
        return column;
    }
}
