package org.grassroots.planner.e4floor;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The SWT floor: a shell with the sample's rows, no workbench; it closes at their first paint. */
public class SwtFloor implements IApplication {
    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Floor");
        shell.setSize(1200, 800);
        shell.setLayout(new FillLayout());
        SampleTable.create(shell, shell::close);
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
        return EXIT_OK;
    }

    @Override
    public void stop() {
        // the shell closes itself
    }
}
