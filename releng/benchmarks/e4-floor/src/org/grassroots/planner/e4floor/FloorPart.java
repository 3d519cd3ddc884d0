package org.grassroots.planner.e4floor;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

/** The e4 floor's part: the sample's rows; the workbench closes at their first paint. */
public class FloorPart {
    @Inject
    private IWorkbench workbench;

    @PostConstruct
    public void create(Composite parent) throws IOException {
        parent.setLayout(new FillLayout());
        SampleTable.create(parent, workbench::close);
    }
}
