package org.grassroots.planner.e4floor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The rows both floors paint: the lines of the CSV file named by {@code floor.csv} (the sample plan) in a JFace table
 * of its first eight columns; at the table's first paint it prints {@code first-paint-ms N} (from the JVM's start, as
 * the planner's initiatives view prints it), and {@code done} runs once every table expected has painted
 * ({@link Paints}). The fields are split at commas: what is measured is the platform painting rows, not a CSV parser.
 */
final class SampleTable {
    private SampleTable() {
    }

    static void create(Composite parent, Runnable done) throws IOException {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("floor.csv")), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        for (int c = 0; c < Math.min(8, header.length); c++) {
            int index = c;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
            column.getColumn().setText(header[c]);
            column.getColumn().setWidth(120);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    String[] fields = ((String) element).split(",");
                    return index < fields.length ? fields[index] : "";
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(lines.subList(1, lines.size()).toArray());
        Paints.watch(viewer.getTable(), Paints.ROWS, done);
    }
}
