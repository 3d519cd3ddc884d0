package org.grassroots.planner.store;

/**
 * Where and as whom to open the database: a URL checked by {@link DatabaseUrl#check(String)}, a user
 * name and a password, the last two never part of the URL. The password is kept as characters, given
 * out only as a copy and never shown: {@link #toString()} masks the URL and leaves the password out.
 * <p>
 * Without a user ({@link #of(String)}) the database is opened as it always was: an empty user and an
 * empty password, which is the embedded database's one user.
 */
public final class DatabaseLogin {
    private final String url;
    private final String user;
    private final char[] password;

    private DatabaseLogin(String url, String user, char[] password) {
        this.url = DatabaseUrl.check(url);
        this.user = user == null ? "" : user;
        this.password = password == null ? new char[0] : password.clone();
    }

    /**
     * @return a login without user and password (the embedded database, a server that asks for none)
     * @throws DatabaseUrlException if a planner may not give this URL
     */
    public static DatabaseLogin of(String url) {
        return new DatabaseLogin(url, "", new char[0]);
    }

    /**
     * @param password copied; the caller may clear its array afterwards
     * @return a login as this user with this password
     * @throws DatabaseUrlException if a planner may not give this URL
     */
    public static DatabaseLogin of(String url, String user, char[] password) {
        return new DatabaseLogin(url, user, password);
    }

    /** @return the URL, checked; it carries no credentials */
    public String url() {
        return url;
    }

    /** @return the URL as it may be shown (see {@link DatabaseUrl#mask(String)}) */
    public String maskedUrl() {
        return DatabaseUrl.mask(url);
    }

    /** @return the user name, empty if none was given */
    public String user() {
        return user;
    }

    /** @return whether a user name was given */
    public boolean hasUser() {
        return !user.isEmpty();
    }

    /** @return a copy of the password (empty if none); clear it once used */
    public char[] password() {
        return password.clone();
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "DatabaseLogin[" + maskedUrl() + (hasUser() ? ", user " + user : "")
                + (password.length > 0 ? ", with a password" : "") + "]";
    }
}
