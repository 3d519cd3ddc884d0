package org.grassroots.planner.drl.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.grassroots.planner.drl.editor.problems.RuleSetStatus;
import org.grassroots.planner.rules.Diagnostic;

/**
 * A line above an editor or the rules folder view that says, while the saved rule set of a folder does not
 * compile, that the last good rule set stays in force, and where the errors are. Hidden while the rule set
 * compiles.
 */
public final class RuleSetBanner {
    private final Composite bar;
    private final Label text;

    public RuleSetBanner(Composite parent) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(bar);
        Color background = new Color(255, 228, 225);
        bar.setBackground(background);
        text = new Label(bar, SWT.WRAP);
        text.setBackground(background);
        text.setForeground(new Color(150, 0, 0));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
        bar.setVisible(false);
    }

    /** Shows this state (on the UI thread): visible while the rule set does not compile. */
    public void show(RuleSetStatus.State state) {
        if (bar.isDisposed()) {
            return;
        }
        boolean broken = state != null && !state.compiles();
        if (broken) {
            text.setText(message(state));
        }
        if (broken != bar.isVisible()) {
            bar.setVisible(broken);
            ((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = !broken;
        }
        bar.getParent().layout(true, true);
    }

    /** @return whether the banner shows now */
    public boolean isShowing() {
        return !bar.isDisposed() && bar.isVisible();
    }

    public String text() {
        return text.getText();
    }

    /** @return the banner's text for a rule set that does not compile */
    public static String message(RuleSetStatus.State state) {
        List<Diagnostic> ds = state.diagnostics();
        String where = ds.stream().limit(3).map(d -> fileName(d.file()) + ":" + d.line())
                .collect(Collectors.joining(", "));
        if (ds.size() > 3) {
            where += ", \u2026";
        }
        return NLS.bind(Messages.bannerBroken, ds.size(), where);
    }

    private static String fileName(String file) {
        if (file == null || file.isEmpty()) {
            return "?";
        }
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    /** Runs this on the UI thread of the display, unless it is gone. */
    public static void onUiThread(Runnable work) {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(work);
        }
    }
}
