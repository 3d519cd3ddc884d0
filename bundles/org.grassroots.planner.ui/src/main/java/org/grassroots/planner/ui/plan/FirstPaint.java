package org.grassroots.planner.ui.plan;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PlatformUI;

/**
 * For the launch benchmark ({@code releng/benchmarks/launch-benchmark.sh}): with the system property
 * {@code planner.benchmark.firstPaint} set, prints how long after the JVM started the initiatives
 * view first painted rows, and closes the workbench if its value is {@code exit}.
 */
final class FirstPaint {
    private static final String PROPERTY = "planner.benchmark.firstPaint";

    private FirstPaint() {
    }

    static void watch(Control control, BooleanSupplier hasRows) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        Listener[] self = new Listener[1];
        self[0] = e -> {
            if (!hasRows.getAsBoolean()) {
                return;
            }
            control.removeListener(SWT.Paint, self[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-paint-ms " + ms);
            System.out.flush();
            if ("exit".equals(mode)) {
                control.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
            }
        };
        control.addListener(SWT.Paint, self[0]);
    }
}
