package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.DatabaseUrlException;
import org.grassroots.planner.ui.app.DatabaseLoginDialog;
import org.junit.jupiter.api.Test;

/** The login dialog asks for a user and a hidden password and gives them back as a login, apart from the URL. */
class DatabaseLoginDialogTest {
    private static final String URL = "jdbc:h2:tcp://127.0.0.1:9092/team-plan;IFEXISTS=TRUE";

    /** What the test saw in the dialog, and whether it got to press a button. */
    private final List<String> seen = new ArrayList<>();

    /** Runs {@code planner} on the dialog once it is open (the dialog blocks: this runs in its event loop). */
    private void whenOpen(Consumer<Shell> planner) {
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long deadline = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s != workbench && s.isVisible() && s.getText().equals("Database login")) {
                    try {
                        planner.accept(s);
                    } catch (RuntimeException | Error e) { // a failed look must not leave the dialog blocking the test
                        seen.add("failed: " + e);
                        s.close();
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static List<Text> texts(Shell dialog) {
        return Workbench.find(dialog, Text.class).stream().filter(t -> t.getEditable() && (t.getStyle() & SWT.READ_ONLY) == 0
                && (t.getStyle() & SWT.BORDER) != 0).toList();
    }

    private static Button button(Shell dialog, int id) {
        return Workbench.find(dialog, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData()))
                .findFirst().orElseThrow();
    }

    @Test
    void theUserAndTheHiddenPasswordMakeTheLogin() {
        whenOpen(dialog -> {
            List<Text> fields = texts(dialog);
            Text user = fields.get(0);
            Text password = fields.get(1);
            seen.add(user.getText());
            seen.add(Boolean.toString((password.getStyle() & SWT.PASSWORD) != 0));
            password.setText("s3cr3t");
            button(dialog, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        });
        Optional<DatabaseLogin> login = DatabaseLoginDialog.ask(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), URL, "planner");
        assertEquals(List.of("planner", "true"), seen, "the user filled in, the password field hidden");
        assertTrue(login.isPresent());
        assertEquals(URL, login.get().url());
        assertEquals("planner", login.get().user());
        assertArrayEquals("s3cr3t".toCharArray(), login.get().password());
        assertFalse(login.get().toString().contains("s3cr3t"));
    }

    @Test
    void withoutAUserItCannotBeConfirmedAndCancelGivesNothing() {
        whenOpen(dialog -> {
            seen.add(Boolean.toString(button(dialog, IDialogConstants.OK_ID).isEnabled()));
            texts(dialog).get(0).setText("reviewer");
            seen.add(Boolean.toString(button(dialog, IDialogConstants.OK_ID).isEnabled()));
            button(dialog, IDialogConstants.CANCEL_ID).notifyListeners(SWT.Selection, new Event());
        });
        Optional<DatabaseLogin> login = DatabaseLoginDialog.ask(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), URL, null);
        assertEquals(List.of("false", "true"), seen);
        assertTrue(login.isEmpty());
    }

    @Test
    void aUrlWithCredentialsIsRefusedBeforeAsking() {
        // (assertThrows would need org.junit.jupiter.api.function, which this bundle does not import)
        try {
            DatabaseLoginDialog.ask(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    URL + ";PASSWORD=s3cr3t", "planner");
            fail("a URL with a password was taken");
        } catch (DatabaseUrlException e) {
            assertTrue(e.getMessage().contains("PASSWORD=***"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
        }
    }
}
