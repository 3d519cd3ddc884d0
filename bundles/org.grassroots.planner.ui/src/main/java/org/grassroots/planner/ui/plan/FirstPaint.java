package org.grassroots.planner.ui.plan;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PlatformUI;

/**
 * For the start-up benchmarks ({@code releng/benchmarks/startup-benchmark.sh}, {@code launch-benchmark.sh}): with the
 * system property {@code planner.benchmark.firstPaint} set, prints how long after the JVM started the initiatives
 * view first painted rows ({@code first-paint-ms N}) and the findings view first painted findings
 * ({@code findings-paint-ms N}), each followed by a line of the CPU time used so far ({@code first-paint-cpu-ms ui N
 * process N}: the UI thread's and the whole process's), and closes the workbench once both have if its value is {@code exit}.
 */
final class FirstPaint {
    private static final String PROPERTY = "planner.benchmark.firstPaint";
    /** What is still to be painted before an {@code exit}: the two views of the plan perspective's first page. */
    private static final Set<String> PENDING = ConcurrentHashMap.newKeySet();

    static {
        PENDING.add("first-paint-ms");
        PENDING.add("findings-paint-ms");
    }

    private FirstPaint() {
    }

    /** The initiatives view: prints {@code first-paint-ms N} at its first paint with rows. */
    static void watch(Control control, BooleanSupplier hasRows) {
        watch(control, hasRows, "first-paint-ms");
    }

    /** @param label what the line printed at the first paint with rows starts with */
    static void watch(Control control, BooleanSupplier hasRows, String label) {
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
            System.out.println(label + " " + ms);
            // CPU time so far, less disturbed than wall time by other processes on the machine: the UI thread's, the
            // process's (all threads: the store's and the rules' jobs, the JIT, the GC)
            System.out.println(label.replace("-ms", "-cpu-ms") + " ui "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " process "
                    + (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                            ? os.getProcessCpuTime() / 1_000_000 : -1));
            System.out.flush();
            PENDING.remove(label);
            if ("exit".equals(mode) && PENDING.isEmpty()) {
                control.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
            }
        };
        control.addListener(SWT.Paint, self[0]);
    }
}
