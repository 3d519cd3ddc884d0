package org.grassroots.planner.ui.app;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.DatabaseUrl;

/**
 * Asks a planner for the user and password of a team's database server. The URL is shown masked; the
 * password field does not show what is typed, and the password is kept only in the login returned.
 */
public final class DatabaseLoginDialog extends TitleAreaDialog {
    private final String url;
    private final String initialUser;
    private final String problem;
    private Text user;
    private Text password;
    private DatabaseLogin result;

    private DatabaseLoginDialog(Shell parent, String url, String user, String problem) {
        super(parent);
        this.url = url;
        this.initialUser = user == null ? "" : user;
        this.problem = problem == null || problem.isBlank() ? null : problem;
    }

    /**
     * Asks for the user and password of the database at this URL.
     *
     * @param url  the database's URL, checked first; shown masked
     * @param user the user name to fill in (the one used last), or null
     * @return the login to open the database with, or empty if the planner cancelled
     * @throws org.grassroots.planner.store.DatabaseUrlException if a planner may not give this URL (then
     *         nothing is asked)
     */
    public static Optional<DatabaseLogin> ask(Shell shell, String url, String user) {
        return ask(shell, url, user, null);
    }

    /**
     * As {@link #ask(Shell, String, String)}, saying first why it asks again (e.g. the message of the
     * failed attempt, which never contains the password).
     */
    public static Optional<DatabaseLogin> ask(Shell shell, String url, String user, String problem) {
        DatabaseUrl.check(url);
        DatabaseLoginDialog dialog = new DatabaseLoginDialog(shell, url, user, problem);
        return dialog.open() == Window.OK ? Optional.of(dialog.result) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.loginTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.loginTitle);
        setMessage(Messages.bind(Messages.loginMessage, DatabaseUrl.mask(url)));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.loginUser);
        user = new Text(form, SWT.BORDER);
        user.setText(initialUser);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(user);
        user.addModifyListener(e -> validate());
        new Label(form, SWT.NONE).setText(Messages.loginPassword);
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        (initialUser.isEmpty() ? user : password).setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        boolean ok = !user.getText().isBlank();
        setErrorMessage(ok ? problem : Messages.loginNoUser);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
    }

    @Override
    protected void okPressed() {
        char[] typed = password.getTextChars();
        try {
            result = DatabaseLogin.of(url, user.getText().strip(), typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
        password.setText("");
        super.okPressed();
    }
}
