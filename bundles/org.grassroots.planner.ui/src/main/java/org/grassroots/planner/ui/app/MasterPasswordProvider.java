package org.grassroots.planner.ui.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * The master password of the planner's secure storage (where the database passwords are kept encrypted):
 * asked of the planner, once per session, the first time a saved password is read or written. The product
 * ships no operating-system keyring module, so this is Eclipse's own "prompt the user" kind of provider.
 * Tests give their own master password ({@link #setForTests}), since under Xvfb nobody answers a prompt.
 */
public class MasterPasswordProvider extends PasswordProvider {
    private static volatile Supplier<char[]> forTests;

    /** Sets the master password given instead of asking (null: ask the planner). */
    public static void setForTests(Supplier<char[]> password) {
        forTests = password;
    }

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        Supplier<char[]> given = forTests;
        if (given != null) {
            char[] password = given.get();
            return password == null ? null : new PBEKeySpec(password);
        }
        Display display = Display.getDefault();
        AtomicReference<String> typed = new AtomicReference<>();
        boolean newPassword = (passwordType & CREATE_NEW_PASSWORD) != 0;
        display.syncExec(() -> {
            InputDialog dialog = new InputDialog(display.getActiveShell(), Messages.masterPasswordTitle,
                    newPassword ? Messages.masterPasswordNew : Messages.masterPasswordAsk, "",
                    text -> text.length() < 8 ? Messages.masterPasswordShort : null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }

                @Override
                protected void configureShell(org.eclipse.swt.widgets.Shell shell) {
                    super.configureShell(shell);
                    Text text = getText();
                    if (text != null) {
                        text.setEchoChar('\u25CF');
                    }
                }
            };
            if (dialog.open() == Window.OK) {
                typed.set(dialog.getValue());
            }
        });
        return typed.get() == null ? null : new PBEKeySpec(typed.get().toCharArray());
    }
}
