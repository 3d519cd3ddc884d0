package org.grassroots.planner.ui.app;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.grassroots.planner.store.PlanStore;

/**
 * The passwords of a team's server, kept in Eclipse secure storage (encrypted with the planner's master
 * password, {@link MasterPasswordProvider}) in the workspace, one per server URL and user: asked once, then
 * read from there at each start. A password the server refuses is forgotten. Nothing here is ever shown.
 */
public final class SavedPasswords {
    private static final String MODULE = "org.grassroots.planner.ui.masterPassword";
    private static final String KEY = "password";

    private SavedPasswords() {
    }

    private static ISecurePreferences storage() throws IOException {
        URL location = PlanStore.workspaceFolder().resolve(".metadata").resolve("secure_storage").toUri().toURL();
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.REQUIRED_MODULE_ID, MODULE);
        return SecurePreferencesFactory.open(location, options);
    }

    /** @return the node of this server and user: the SHA-256 of both, so that no URL is written in clear */
    private static ISecurePreferences node(String url, String user) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((url + '\u0000' + user).getBytes(StandardCharsets.UTF_8));
            return storage().node("org.grassroots.planner/" + HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the saved password of this user on this server, or null (none saved, or the master password not given) */
    public static char[] get(String url, String user) {
        try {
            String value = node(url, user).get(KEY, null);
            return value == null ? null : value.toCharArray();
        } catch (IOException | StorageException | RuntimeException e) {
            return null; // asked again, as if none were saved
        }
    }

    /** Saves the password encrypted; false when it could not be (no master password given): it is then asked next time. */
    public static boolean put(String url, String user, char[] password) {
        try {
            ISecurePreferences node = node(url, user);
            node.put(KEY, new String(password), true);
            node.flush();
            readableByOwnerOnly(PlanStore.workspaceFolder().resolve(".metadata").resolve("secure_storage"));
            return true;
        } catch (IOException | StorageException | RuntimeException e) {
            return false;
        }
    }

    /** Encrypted as it is, the storage is the planner's alone (rw-------), as a key file would be. */
    private static void readableByOwnerOnly(java.nio.file.Path file) {
        try {
            java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system (Windows: the profile's own permissions apply)
        }
    }

    /** Forgets the password of this user on this server (the server refused it). */
    public static void remove(String url, String user) {
        try {
            ISecurePreferences node = node(url, user);
            node.removeNode();
            storage().flush();
        } catch (IOException | RuntimeException e) {
            // nothing saved
        }
    }
}
