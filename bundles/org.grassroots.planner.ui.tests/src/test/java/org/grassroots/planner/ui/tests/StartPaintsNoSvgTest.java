package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledToolItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.ui.plan.InitiativesPart;
import org.junit.jupiter.api.Test;

/**
 * The workbench's first paint rasterizes no SVG icon (BENCHMARKS.md, "Issue 17, sixth session: first paint"): the
 * planner's views and the toolbar's Save carry the platform's own artwork as PNG, where the platform's defaults (the
 * default view icon, Save's command image) are SVG files, whose first use starts JSVG, Java2D and AWT. The icons are
 * still shown: each is a file that exists, on the views' tabs and on the toolbar.
 */
class StartPaintsNoSvgTest {
    private static final Set<String> VIEWS = Set.of("initiatives", "findings", "map", "budget", "history", "reference",
            "proposal", "missions", "audit", "scenarios");

    @Test
    void everyPlannerViewHasAPngIconThatExists() throws Exception {
        MApplication app = PlatformUI.getWorkbench().getService(MApplication.class);
        Set<String> seen = new TreeSet<>();
        for (MPartDescriptor view : app.getDescriptors()) {
            String id = view.getElementId();
            if (!id.startsWith("org.grassroots.planner.ui.")) {
                continue;
            }
            seen.add(id.substring("org.grassroots.planner.ui.".length()));
            String icon = view.getIconURI();
            assertNotNull(icon, id);
            assertTrue(icon.endsWith(".png"), id + ": " + icon);
            assertNotNull(FileLocator.find(new URL(icon)), id + ": " + icon + " is missing");
        }
        assertTrue(seen.containsAll(VIEWS), seen.toString());
    }

    @Test
    void theViewsTabsShowTheirIcon() throws Exception {
        Workbench.show(InitiativesPart.ID, InitiativesPart.class);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> tabs = new ArrayList<>();
        for (CTabFolder folder : Workbench.find(shell, CTabFolder.class)) {
            for (CTabItem item : folder.getItems()) {
                tabs.add(item.getText());
                assertNotNull(item.getImage(), "the tab " + item.getText() + " has an icon");
            }
        }
        assertTrue(tabs.contains("Initiatives") && tabs.contains("Findings"), tabs.toString());
    }

    @Test
    void theToolbarsSaveIsAPngIconShown() throws Exception {
        MApplication app = PlatformUI.getWorkbench().getService(MApplication.class);
        EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
        List<MHandledToolItem> saves = models.findElements(app, null, MHandledToolItem.class, null, EModelService.ANYWHERE)
                .stream().filter(i -> i.getCommand() != null && "org.eclipse.ui.file.save".equals(i.getCommand().getElementId()))
                .toList();
        assertTrue(!saves.isEmpty(), "Save is on the toolbar");
        for (MHandledToolItem save : saves) {
            assertTrue(save.getIconURI() != null && save.getIconURI().endsWith(".png"), String.valueOf(save.getIconURI()));
            assertNotNull(FileLocator.find(new URL(save.getIconURI())), save.getIconURI() + " is missing");
            if (save.getWidget() instanceof ToolItem item) {
                assertNotNull(item.getImage(), "Save shows its icon");
            }
        }
    }
}
