package org.grassroots.planner.e4floor;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;

/**
 * The probes' first paints: a table prints {@code LABEL N} (milliseconds from the JVM's start, as the planner's views
 * print theirs) at its first paint with rows; once every expected label has been printed, {@code close} runs (unless
 * {@code floor.keepOpen} is set: a screenshot). With {@code floor.findings} set, the findings' table is expected beside
 * the rows'.
 */
final class Paints {
    static final String ROWS = "first-paint-ms";
    static final String FINDINGS = "findings-paint-ms";
    private static final Set<String> PENDING = ConcurrentHashMap.newKeySet();

    static {
        PENDING.add(ROWS);
        if (System.getProperty("floor.findings") != null) {
            PENDING.add(FINDINGS);
        }
    }

    private Paints() {
    }

    static void watch(Table table, String label, Runnable close) {
        Listener[] self = new Listener[1];
        self[0] = e -> {
            if (table.getItemCount() == 0) {
                return;
            }
            table.removeListener(SWT.Paint, self[0]);
            System.out.println(label + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            System.out.flush();
            PENDING.remove(label);
            if (PENDING.isEmpty() && System.getProperty("floor.keepOpen") == null) { // kept open to be looked at
                Display.getCurrent().asyncExec(close);
            }
        };
        table.addListener(SWT.Paint, self[0]);
    }
}
