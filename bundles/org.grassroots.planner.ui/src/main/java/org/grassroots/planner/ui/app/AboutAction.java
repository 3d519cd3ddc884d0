package org.grassroots.planner.ui.app;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

/** What Help › About says: the product's name, its version and what it is for. */
public final class AboutAction {
    private AboutAction() {
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
}
