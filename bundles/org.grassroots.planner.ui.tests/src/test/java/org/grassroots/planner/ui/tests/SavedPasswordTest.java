package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.TeamRole;
import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.grassroots.planner.ui.app.MasterPasswordProvider;
import org.grassroots.planner.ui.app.PlannerPreferences;
import org.grassroots.planner.ui.app.SavedPasswords;
import org.grassroots.planner.ui.plan.PlanSession;
import org.junit.jupiter.api.Test;

/**
 * The password of a team's server is asked once (the login dialog), kept encrypted in the workspace's
 * secure storage under the planner's master password (given by the test: under Xvfb nobody answers that
 * prompt), read from there on the next connection without asking, never written in clear, and forgotten
 * when the server refuses it.
 */
class SavedPasswordTest {

    /** Answers the next login dialog that opens with this password (once), and counts it. */
    private static void answerLoginDialogs(String password, List<String> asked) {
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long deadline = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s != workbench && s.isVisible() && s.getData() instanceof org.grassroots.planner.ui.app.DatabaseLoginDialog) {
                    asked.add(s.getText());
                    List<Text> fields = Workbench.find(s, Text.class).stream()
                            .filter(t -> (t.getStyle() & SWT.PASSWORD) != 0).toList();
                    fields.get(0).setText(password);
                    Workbench.find(s, Button.class).stream().filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
                            .findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
                    return; // one dialog: the poll ends, so that it answers no other test's dialog
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    @Test
    void theServersPasswordIsAskedOnceAndKeptEncrypted() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PlannerPreferences.NODE);
        MasterPasswordProvider.setForTests(() -> "the-test-master-password".toCharArray());
        PlanSession.setPasswordProvider(null);
        try (ThrowAwayPostgres server = ThrowAwayPostgres.start()) {
            PlanStore.migrate(server.admin());
            server.createLogin("carol", "carols-secret-pw");
            try (PlanStore admin = PlanStore.open(server.admin())) {
                admin.grant("carol", TeamRole.READER, null);
            }
            List<String> asked = new ArrayList<>();
            answerLoginDialogs("carols-secret-pw", asked);
            Workbench.settle();
            Workbench.session().discard().join();
            prefs.put(PlannerPreferences.DATABASE_URL, server.url());
            prefs.put(PlannerPreferences.DATABASE_USER, "carol");
            Workbench.session().reconnect().join();
            Workbench.settle();
            assertEquals(1, asked.size(), "asked once");
            assertTrue(Workbench.session().access().readsOnly(), "connected as carol, a reader");
            char[] saved = SavedPasswords.get(server.url(), "carol");
            assertEquals("carols-secret-pw", new String(saved));

            // the next connection (a new session would do the same) reads it from the secure storage
            Workbench.session().reconnect().join();
            Workbench.settle();
            assertEquals(1, asked.size(), "not asked again");
            assertTrue(Workbench.session().access().readsOnly());
            // kept encrypted in the workspace, never in clear
            Path storage = PlanStore.workspaceFolder().resolve(".metadata").resolve("secure_storage");
            assertTrue(Files.exists(storage), storage.toString());
            assertFalse(Files.readString(storage).contains("carols-secret-pw"));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(storage)));
            try (Stream<Path> files = Files.walk(PlanStore.workspaceFolder())) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".prefs")).toList()) {
                    assertFalse(Files.readString(f).contains("carols-secret-pw"), f.toString());
                }
            }
            // a password the server no longer takes is forgotten
            try (java.sql.Connection c = server.connect(ThrowAwayPostgres.DATABASE, "postgres",
                    new String(server.admin().password())); java.sql.Statement st = c.createStatement()) {
                st.execute("ALTER ROLE carol PASSWORD 'a-new-password'");
            }
            answerLoginDialogs("a-new-password", asked);
            Workbench.session().reconnect().join();
            Workbench.settle();
            assertTrue(Workbench.waitUntil(() -> asked.size() == 2), "asked again after the refusal");
            assertTrue(Workbench.waitUntil(() -> Workbench.session().access().readsOnly()));
            assertEquals("a-new-password", new String(SavedPasswords.get(server.url(), "carol")));
        } finally {
            SavedPasswords.remove(prefs.get(PlannerPreferences.DATABASE_URL, ""), "carol");
            prefs.remove(PlannerPreferences.DATABASE_URL);
            prefs.remove(PlannerPreferences.DATABASE_USER);
            MasterPasswordProvider.setForTests(null);
            Workbench.session().reconnect().join();
            Workbench.settle();
        }
    }

    @Test
    void aServerItsAdministratorHasNotMigratedIsSaidAndNothingElseFails() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PlannerPreferences.NODE);
        try (ThrowAwayPostgres server = ThrowAwayPostgres.start()) {
            server.createLogin("dave", "daves-pw");
            PlanSession.setPasswordProvider((url, user) -> "daves-pw".toCharArray());
            Workbench.settle();
            Workbench.session().discard().join();
            prefs.put(PlannerPreferences.DATABASE_URL, server.url()); // a database no `planner db migrate` has made
            prefs.put(PlannerPreferences.DATABASE_USER, "dave");
            Workbench.session().reconnect().join();
            Workbench.settle();
            String problem = String.valueOf(Workbench.session().snapshot().problem());
            assertTrue(problem.contains("planner db migrate"), problem);
            // a check asked meanwhile says the same, rather than failing on the store that is not there
            Workbench.session().recheck().join();
            Workbench.settle();
            problem = String.valueOf(Workbench.session().snapshot().problem());
            assertTrue(problem.contains("planner db migrate"), problem);
            assertFalse(problem.contains("NullPointerException"), problem);
        } finally {
            prefs.remove(PlannerPreferences.DATABASE_URL);
            prefs.remove(PlannerPreferences.DATABASE_USER);
            PlanSession.setPasswordProvider(null);
            Workbench.session().reconnect().join();
            Workbench.settle();
        }
    }
}
