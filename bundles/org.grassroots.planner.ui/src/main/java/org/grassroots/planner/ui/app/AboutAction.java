package org.grassroots.planner.ui.app;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;

/** Help › About: the product's name, its version and what it is for. */
public class AboutAction extends Action {
    public static final String ID = "org.grassroots.planner.ui.about";

    private final IWorkbenchWindow window;

    public AboutAction(IWorkbenchWindow window) {
        super(Messages.menuAbout);
        setId(ID);
        this.window = window;
    }

    /** @return the version of the product's defining bundle, for example 0.1.0.202611281300 */
    public static String version() {
        IProduct product = Platform.getProduct();
        return (product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(AboutAction.class)).getVersion()
                .toString();
    }

    /** @return the text of the about dialog */
    public static String text() {
        IProduct product = Platform.getProduct();
        String about = product == null ? null : product.getProperty("aboutText");
        return about == null ? "Grassroots Planner " + version() : NLS.bind(about, version());
    }

    @Override
    public void run() {
        MessageDialog.openInformation(window.getShell(), Messages.menuAbout.replace("&", ""), text());
    }
}
