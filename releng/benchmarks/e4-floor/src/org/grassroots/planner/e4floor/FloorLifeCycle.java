package org.grassroots.planner.e4floor;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/** The findings floor's application life cycle: the check starts before the e4 model is even loaded. */
public class FloorLifeCycle {
    @PostContextCreate
    public void startTheCheck() {
        FloorCheck.start();
    }
}
