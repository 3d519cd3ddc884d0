package org.grassroots.planner.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The plans kept in H2 (embedded in a folder by default, or an H2 server) or on a team's PostgreSQL
 * server, where the database itself enforces each login's role and writes the audit trail. Every way of opening
 * checks the URL first ({@link DatabaseUrl#check(String)}: no {@code INIT} script, no other setting
 * than the few allowed, no credentials in it); the user and password come apart from the URL
 * ({@link DatabaseLogin}). Every write is one transaction and records who changed what in the edit
 * history. Each initiative carries a version: a save of one that another planner changed or deleted
 * since this store read it stores nothing and says so ({@link ConflictException}); a change the login's
 * role does not allow stores nothing either ({@link AccessRefusedException}).
 */
public final class PlanStore implements AutoCloseable {
    static final String COLUMNS = "id, fiscal_year, mission, title_ja, title_en, kind, themes, states, partners,"
            + " format, start_date, end_date, budget_jpy, status, actual_cost_jpy, participants, online_views,"
            + " media_reports, dignitaries, outcome, best_practice";
    /** The placeholders of {@link #COLUMNS} */
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private static final String HISTORY = "INSERT INTO edit_history (initiative_id, action, changed_at, changed_by, changes,"
            + " fiscal_year, mission) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** The application name of the store's connections to a server. */
    static final String APPLICATION = "Grassroots Planner";
    /** How many initiatives a save writes between two progress reports. */
    public static final int PROGRESS_STEP = 5_000;

    private Connection connection;
    private final Dialect dialect;
    private final String user;
    /** Kept to open the change feed's connection, and this store's again after the server was lost. */
    private final DatabaseLogin login;
    /** The version of each initiative as this store last read or wrote it: what a save expects to find. */
    private final Map<String, Long> seenVersions = new HashMap<>();

    private PlanStore(Connection connection, Dialect dialect, String user, DatabaseLogin login) {
        this.connection = connection;
        this.dialect = dialect;
        this.user = user;
        this.login = login;
    }

    /** @return the JDBC URL of the embedded database kept in this folder */
    public static String embeddedUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("planner") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * @return the database a planner works on unless told otherwise: the system property
     *         {@code planner.db.url} if set, else the embedded database in the workspace folder
     *         ({@code osgi.instance.area}, or {@code ~/.grassroots-planner/workspace})
     */
    public static String defaultUrl() {
        String configured = System.getProperty("planner.db.url");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return embeddedUrl(workspaceFolder());
    }

    /**
     * @return the workspace folder: where the embedded database, the workbench's settings and the log of
     *         the commands are ({@code osgi.instance.area}, or {@code ~/.grassroots-planner/workspace})
     */
    public static Path workspaceFolder() {
        String instance = System.getProperty("osgi.instance.area");
        try {
            return instance != null ? Path.of(new java.net.URL(instance).getPath())
                    : Path.of(System.getProperty("user.home"), ".grassroots-planner", "workspace");
        } catch (java.net.MalformedURLException | java.nio.file.InvalidPathException e) {
            return Path.of(System.getProperty("user.home"), ".grassroots-planner", "workspace");
        }
    }

    /**
     * Opens the database of this login and brings its schema up to date. The URL is checked first
     * ({@link DatabaseUrl#check(String)}): a refused one is never connected to. A failure's message
     * shows the URL masked and never the password.
     *
     * @throws DatabaseUrlException if a planner may not give the URL; nothing was connected to
     * @throws StoreException if the database cannot be opened
     */
    public static PlanStore open(DatabaseLogin login) {
        return open(login, false);
    }

    /**
     * Brings the schema of this database up to date, as its administrator: on PostgreSQL also the roles,
     * the row security and the audit triggers ({@code planner db migrate}). Running it again changes
     * nothing.
     *
     * @return the schema version now
     */
    public static int migrate(DatabaseLogin login) {
        try (PlanStore store = open(login, true)) {
            return store.schemaVersion();
        }
    }

    private static PlanStore open(DatabaseLogin login, boolean migrate) {
        String url = DatabaseUrl.check(login.url());
        Dialect dialect = Dialect.of(url);
        char[] password = login.password();
        try {
            Connection c = connect(dialect, login);
            try {
                c.setAutoCommit(false);
                if (dialect == Dialect.H2 || migrate) {
                    Migrations.migrate(c, dialect);
                } else {
                    int version = Migrations.currentVersion(c);
                    if (version != Migrations.latestVersion()) {
                        throw new StoreException("the database " + DatabaseUrl.mask(url) + " is at schema version " + version
                                + " and this Grassroots Planner needs version " + Migrations.latestVersion()
                                + ": its administrator runs planner db migrate --db " + DatabaseUrl.mask(url), null);
                    }
                }
                String user = dialect == Dialect.H2 ? System.getProperty("user.name", "unknown") : sessionUser(c);
                c.rollback();
                return new PlanStore(c, dialect, user, login);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            SQLException shown = new SQLException(DatabaseUrl.redact(e.getMessage(), url, password), e.getSQLState(),
                    e.getErrorCode());
            shown.setStackTrace(e.getStackTrace()); // the driver's exception may quote the URL: not kept
            throw new StoreException("cannot open the database " + DatabaseUrl.mask(url) + ": " + shown.getMessage(),
                    shown);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    static Connection connect(Dialect dialect, DatabaseLogin login) throws SQLException {
        String url = login.url();
        String user = login.user();
        char[] password = login.password();
        try {
            return connect(dialect, url, user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static Connection connect(Dialect dialect, String url, String user, char[] password) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(new String(password)); // the driver takes a String; it is not kept here
            if (ds.getApplicationName() == null || ds.getApplicationName().startsWith("PostgreSQL JDBC")) {
                ds.setApplicationName(APPLICATION);
            }
            return ds.getConnection();
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPasswordChars(password);
        return ds.getConnection();
    }

    private static String sessionUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT session_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** @return true if the database refused the login (wrong or missing user or password: SQL state class 28) */
    public static boolean isLoginRefused(StoreException e) {
        return e.getCause() instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("28");
    }

    /**
     * Opens the database at this URL as this user and brings its schema up to date; the URL is checked
     * as by {@link #open(DatabaseLogin)}.
     */
    public static PlanStore open(String jdbcUrl, String user, String password) {
        return open(DatabaseLogin.of(jdbcUrl, user, password == null ? null : password.toCharArray()));
    }

    /**
     * Opens the database at this URL without user and password (the embedded database) and brings its
     * schema up to date; the URL is checked as by {@link #open(DatabaseLogin)}.
     */
    public static PlanStore open(String jdbcUrl) {
        return open(DatabaseLogin.of(jdbcUrl));
    }

    /** @return the proposals of the fiscal years and missions kept in this database */
    public ProposalStore proposals() {
        return new ProposalStore(this);
    }

    Connection connection() {
        return connection;
    }

    String user() {
        return user;
    }

    Dialect dialect() {
        return dialect;
    }

    /** @return whether this is a team's server (PostgreSQL), where roles apply, rather than the embedded database */
    public boolean isServer() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** @return who this store records as the author of its changes: the database login on a server, else the OS user */
    public String userName() {
        return user;
    }

    /**
     * Starts telling {@code listener} of the changes saved to the plan, by anyone, as they are committed
     * (see {@link ChangeFeed}); close the feed to stop.
     *
     * @throws StoreException if the feed's connection cannot be opened
     */
    public ChangeFeed watch(ChangeFeed.Listener listener) {
        try {
            return new ChangeFeed(login, dialect, listener).start();
        } catch (SQLException e) {
            throw new StoreException("cannot watch the database for changes: " + e.getMessage(), e);
        }
    }

    /**
     * Says which fiscal year this planner has open, for {@link #othersOnYear(int)} (on a server, as the
     * connection's application name; nothing on the embedded database).
     */
    public synchronized void announceYear(int fiscalYear) {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            ps.setString(1, APPLICATION + " FY" + fiscalYear);
            ps.executeQuery().close();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot say which year is open: " + e.getMessage(), e);
        }
    }

    /** @return the other logins connected to the server with this fiscal year open, sorted (none on the embedded database) */
    public synchronized SortedSet<String> othersOnYear(int fiscalYear) {
        SortedSet<String> out = new TreeSet<>();
        if (dialect != Dialect.POSTGRESQL) {
            return out;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT usename FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, APPLICATION + " FY" + fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null && !rs.getString(1).equals(user)) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read who is connected: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return these initiatives as stored now (missing ids left out), by id; their versions become the ones seen */
    public synchronized List<Initiative> initiatives(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try {
            Map<String, Stored> stored = stored(ids);
            stored.forEach((id, s) -> seenVersions.put(id, s.version()));
            return stored.values().stream().map(Stored::initiative).sorted(java.util.Comparator.comparing(Initiative::getId))
                    .toList();
        } catch (SQLException e) {
            throw new StoreException("cannot read the plan: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /**
     * Opens this store's connection again if the database was lost (a server restarted, the network
     * gone), as the same login; nothing unsaved was in the store, so nothing is lost.
     *
     * @return true if the connection had to be opened again
     * @throws StoreException if the database cannot be reached yet
     */
    public synchronized boolean reconnectIfLost() {
        try {
            if (connection.isValid(2)) {
                return false;
            }
        } catch (SQLException e) {
            // treated as lost
        }
        try {
            Connection fresh = connect(dialect, login);
            fresh.setAutoCommit(false);
            try {
                connection.close();
            } catch (SQLException e) {
                // already gone
            }
            connection = fresh;
            return true;
        } catch (SQLException e) {
            throw new StoreException("the database " + login.maskedUrl() + " cannot be reached: " + e.getMessage(), e);
        }
    }

    /** @return what this login may do, as the database enforces it */
    public synchronized Access access() {
        if (dialect == Dialect.H2) {
            return Access.all(user);
        }
        try {
            return TeamRoles.access(connection, user);
        } catch (SQLException e) {
            throw new StoreException("cannot read the roles of " + user + ": " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return the team's logins and the roles each holds, by login (a server only; empty on the embedded database) */
    public synchronized Map<String, Access> roles() {
        if (dialect == Dialect.H2) {
            return Map.of();
        }
        try {
            return TeamRoles.all(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the roles: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /**
     * Gives an existing login of the server a role, as its administrator ({@code planner db grant}).
     *
     * @param mission the mission for {@link TeamRole#PLANNER}, else null
     * @throws StoreException on the embedded database (its one user holds every role), for a login that
     *             does not exist, or when this login may not grant roles
     */
    public synchronized void grant(String login, TeamRole role, String mission) {
        changeRole(login, role, mission, true);
    }

    /** Takes a role from a login, as the server's administrator ({@code planner db revoke}); see {@link #grant}. */
    public synchronized void revoke(String login, TeamRole role, String mission) {
        changeRole(login, role, mission, false);
    }

    private void changeRole(String login, TeamRole role, String mission, boolean grant) {
        if (dialect == Dialect.H2) {
            throw new StoreException("the embedded H2 database has one user, who holds every role: roles are given on a"
                    + " PostgreSQL server (--db jdbc:postgresql:…)", null);
        }
        try {
            TeamRoles.change(connection, login, role, mission, grant);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException((grant ? "cannot grant " : "cannot revoke ") + role.describe(mission) + " "
                    + (grant ? "to " : "from ") + login + ": " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        try {
            return Migrations.currentVersion(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /**
     * Stores these initiatives by id in one transaction: new ids are added, changed ones updated,
     * equal ones left alone. On any failure nothing is written.
     *
     * @throws ConflictException if another planner changed or deleted one since this store read it
     * @throws AccessRefusedException if the login may not change one of them
     */
    public SaveResult save(Collection<Initiative> initiatives) {
        return save(initiatives, done -> { });
    }

    /**
     * As {@link #save(Collection)}, telling {@code progress} how many initiatives have been written
     * so far (every {@value #PROGRESS_STEP}); the transaction commits only after the last one.
     */
    public synchronized SaveResult save(Collection<Initiative> initiatives, IntConsumer progress) {
        return transaction(() -> {
            lockRows(initiatives.stream().map(Initiative::getId).toList());
            return write(initiatives, Map.of(), progress);
        }, "nothing was saved: ");
    }

    /**
     * Writes a planner's pending edits in one transaction: these initiatives saved by id, then these
     * ids deleted. On any failure nothing is written.
     *
     * @throws ConflictException if another planner changed or deleted one since this store read it
     * @throws AccessRefusedException if the login may not change one of them
     */
    public synchronized SaveResult apply(Collection<Initiative> saved, Collection<String> deleted) {
        return apply(saved, deleted, Map.of());
    }

    /**
     * As {@link #apply(Collection, Collection)}, expecting each initiative of {@code expectedVersions} at that
     * version (as read when the planner began to edit it, or as a plan file's {@code version} column says)
     * rather than at the version this store last read.
     */
    public synchronized SaveResult apply(Collection<Initiative> saved, Collection<String> deleted,
            Map<String, Long> expectedVersions) {
        return transaction(() -> {
            List<String> ids = new ArrayList<>(deleted);
            saved.forEach(i -> ids.add(i.getId()));
            lockRows(ids);
            SaveResult result = write(saved, expectedVersions, done -> { });
            remove(deleted, expectedVersions);
            return result;
        }, "nothing was saved: ");
    }

    /** @return the what-if scenarios kept in this database */
    public ScenarioStore scenarios() {
        return new ScenarioStore(this);
    }

    /** A piece of work that runs inside a transaction of the store, after the initiatives are written. */
    interface Within {
        void run(Connection c) throws SQLException;
    }

    /**
     * As {@link #apply(Collection, Collection, Map)}, then {@code after} in the same transaction: all of it is written
     * or nothing (a scenario applied with its reference and its audit entry).
     */
    synchronized SaveResult apply(Collection<Initiative> saved, Map<String, Long> expectedVersions, Within after) {
        return transaction(() -> {
            lockRows(saved.stream().map(Initiative::getId).toList());
            SaveResult result = write(saved, expectedVersions, done -> { });
            after.run(connection);
            return result;
        }, "nothing was saved: ");
    }

    /**
     * As {@link #apply(Collection, Collection, Map)}, then {@code after} in the same transaction: the workbench's
     * unsaved edits saved with a scenario's reference and its audit entry, all or nothing.
     */
    synchronized SaveResult apply(Collection<Initiative> saved, Collection<String> deleted, Map<String, Long> expectedVersions,
            Within after) {
        return transaction(() -> {
            List<String> ids = new ArrayList<>(deleted);
            saved.forEach(i -> ids.add(i.getId()));
            lockRows(ids);
            SaveResult result = write(saved, expectedVersions, done -> { });
            remove(deleted, expectedVersions);
            after.run(connection);
            return result;
        }, "nothing was saved: ");
    }

    /** @return the version of this initiative as this store last read or wrote it, or null if it has not */
    public synchronized Long seenVersion(String id) {
        return seenVersions.get(id);
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(Work<T> work, String failure) {
        Map<String, Long> before = new HashMap<>(seenVersions);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (StoreException e) {
            rollback();
            seenVersions.clear();
            seenVersions.putAll(before);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback();
            seenVersions.clear();
            seenVersions.putAll(before);
            throw new StoreException(failure + e.getMessage(), e);
        }
    }

    /**
     * On a server, locks the stored rows of these ids in the order of their ids before a write reads their versions:
     * the rows a write then changes are all locked already, in the same order by every planner, so two planners saving
     * the same rows in different orders wait for each other and the second finds its conflict, where they deadlocked
     * (SQLState 40P01) when each locked its rows as it wrote them. A login without the right to change initiatives
     * (a reader) locks nothing: its save is refused anyway. The embedded database, one planner's, locks nothing here.
     */
    private void lockRows(Collection<String> ids) throws SQLException {
        if (dialect != Dialect.POSTGRESQL || ids.isEmpty()) {
            return;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT has_table_privilege('initiative', 'UPDATE')")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return;
            }
        }
        // the sort comes before the locking (LockRows above Sort in the plan): rows are locked in the order of their ids
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM initiative WHERE id = ANY (?) ORDER BY id FOR UPDATE")) {
            ps.setArray(1, connection.createArrayOf("varchar", new java.util.TreeSet<>(ids).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // locked
                }
            }
        }
    }

    /** An initiative as stored, with its version. */
    private record Stored(Initiative initiative, long version) {
    }

    private Map<String, Stored> stored(Collection<String> ids) throws SQLException {
        Map<String, Stored> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String sql = "SELECT " + COLUMNS + ", version FROM initiative"
                + (ids.size() > 500 ? "" : " WHERE id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (ids.size() <= 500) {
                int k = 1;
                for (String id : ids) {
                    ps.setString(k++, id);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Initiative i = read(rs);
                    out.put(i.getId(), new Stored(i, rs.getLong("version")));
                }
            }
        }
        return out;
    }

    private Long expected(String id, Map<String, Long> expectedVersions) {
        Long explicit = expectedVersions.get(id);
        return explicit != null ? explicit : seenVersions.get(id);
    }

    private SaveResult write(Collection<Initiative> initiatives, Map<String, Long> expectedVersions, IntConsumer progress)
            throws SQLException {
        Map<String, Stored> existing = stored(initiatives.stream().map(Initiative::getId).toList());
        List<Conflict> conflicts = new ArrayList<>();
        List<Initiative> changed = new ArrayList<>();
        int unchanged = 0;
        for (Initiative i : initiatives) {
            Stored before = existing.get(i.getId());
            Long seen = expected(i.getId(), expectedVersions);
            // 0: expected absent (a row another planner deleted, which this one keeps)
            if (seen != null && (before == null ? seen != 0L : before.version() != seen)) {
                conflicts.add(conflict(i.getId(), i, before));
            } else if (before != null && i.equals(before.initiative())) {
                unchanged++;
            } else {
                changed.add(i);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException(conflicts);
        }
        List<Initiative> olds = new ArrayList<>();
        for (Initiative i : changed) {
            Stored before = existing.get(i.getId());
            if (before != null) {
                olds.add(before.initiative());
            }
        }
        refuseUnlessAllowed(changed, olds);
        try {
            return writeChecked(changed, existing, unchanged, progress);
        } catch (SQLException e) {
            if (!refusedByServer(e)) {
                throw e;
            }
            // the server's row security refused a row the check above allowed: the roles or the locks changed meanwhile
            // (a reviewer approved the mission). Read them again, in a new transaction, to say which.
            connection.rollback();
            refuseUnlessAllowed(changed, olds);
            throw new AccessRefusedException("nothing was saved: the database refused the change for " + user + " ("
                    + access().describe() + "): " + e.getMessage(), changed.stream().map(Initiative::getId).toList(),
                    "planner of their mission");
        }
    }

    /** @return whether the server refused a statement for the login's rights or row security (SQL state 42501) */
    private static boolean refusedByServer(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("42501".equals(s.getSQLState()) || s.getCause() instanceof SQLException c && "42501".equals(c.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private SaveResult writeChecked(List<Initiative> changed, Map<String, Stored> existing, int unchanged, IntConsumer progress)
            throws SQLException {
        int added = 0;
        int updated = 0;
        List<Initiative> updates = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO initiative (" + COLUMNS
                + ", version) VALUES (" + PLACEHOLDERS + ", 1)");
                PreparedStatement update = connection.prepareStatement("UPDATE initiative SET ("
                        + COLUMNS + ") = (" + PLACEHOLDERS + "), version = version + 1 WHERE id = ? AND version = ?");
                History history = new History()) {
            OffsetDateTime now = OffsetDateTime.now();
            int done = 0;
            for (Initiative i : changed) {
                if (++done % PROGRESS_STEP == 0) {
                    insert.executeBatch();
                    checkUpdated(update.executeBatch(), updates);
                    updates.clear();
                    history.flush();
                    progress.accept(done);
                }
                Stored before = existing.get(i.getId());
                if (before == null) {
                    bind(insert, i);
                    insert.addBatch();
                    added++;
                } else {
                    bindUpdate(update, i, before.version());
                    update.addBatch();
                    updates.add(i);
                    updated++;
                }
                history.add(i.getId(), before == null ? "insert" : "update", now, before == null ? null : before.initiative(), i);
            }
            insert.executeBatch();
            checkUpdated(update.executeBatch(), updates);
            history.flush();
        }
        for (Initiative i : changed) {
            Stored before = existing.get(i.getId());
            seenVersions.put(i.getId(), before == null ? 1L : before.version() + 1);
        }
        return new SaveResult(added, updated, unchanged);
    }

    /** An update that changed no row: another planner's change came in between (a conflict), or the database's row security refused it. */
    private void checkUpdated(int[] counts, List<Initiative> updates) throws SQLException {
        List<String> missed = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                missed.add(updates.get(k).getId());
            }
        }
        if (missed.isEmpty()) {
            return;
        }
        Map<String, Stored> now = stored(missed);
        List<Conflict> conflicts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Initiative i : updates) {
            if (!missed.contains(i.getId())) {
                continue;
            }
            Stored theirs = now.get(i.getId());
            Long seen = seenVersions.get(i.getId());
            if (theirs == null || seen != null && theirs.version() != seen) {
                conflicts.add(conflict(i.getId(), i, theirs));
            } else {
                refused.add(i.getId());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException(conflicts);
        }
        throw new AccessRefusedException("nothing was saved: the database refused changes to " + String.join(", ", refused)
                + " for " + user + " (" + access().describe() + ")", refused, "planner of their mission");
    }

    private Conflict conflict(String id, Initiative mine, Stored theirs) throws SQLException {
        String by = "unknown";
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT changed_by FROM edit_history WHERE initiative_id = ? ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    by = rs.getString(1);
                }
            }
        }
        return new Conflict(id, mine, theirs == null ? null : theirs.initiative(), theirs == null ? 0 : theirs.version(), by);
    }

    /**
     * Refuses, before anything is written, a change the login's role does not allow: initiatives of a
     * mission it does not plan (their mission before and after), or of a mission whose proposal of the
     * year is approved (locked until a reviewer reopens it). The database refuses them too (row security);
     * this says which, and which role would be needed.
     */
    private void refuseUnlessAllowed(Collection<Initiative> after, Collection<Initiative> before) throws SQLException {
        if (after.isEmpty() && before.isEmpty()) {
            return;
        }
        Access access = dialect == Dialect.H2 ? Access.all(user) : TeamRoles.access(connection, user);
        java.util.SortedMap<String, List<String>> notPlanned = new java.util.TreeMap<>();
        java.util.SortedMap<String, List<String>> locked = new java.util.TreeMap<>();
        SortedSet<String> approved = approvedMissions();
        for (Collection<Initiative> side : List.of(after, before)) {
            for (Initiative i : side) {
                if (!access.plans(i.getMission())) {
                    notPlanned.computeIfAbsent(i.getMission(), m -> new ArrayList<>()).add(i.getId());
                } else if (approved.contains(i.getFiscalYear() + " " + i.getMission())) {
                    locked.computeIfAbsent("FY" + i.getFiscalYear() + " " + i.getMission(), m -> new ArrayList<>()).add(i.getId());
                }
            }
        }
        if (!notPlanned.isEmpty()) {
            List<String> ids = notPlanned.values().stream().flatMap(List::stream).distinct().toList();
            String missions = String.join(", ", notPlanned.keySet());
            throw new AccessRefusedException("nothing was saved: " + user + " (" + access.describe() + ") may not change the"
                    + " initiatives of " + missions + ": " + String.join(", ", ids) + "; that needs the role planner of "
                    + missions, ids, "planner of " + missions);
        }
        if (!locked.isEmpty()) {
            List<String> ids = locked.values().stream().flatMap(List::stream).distinct().toList();
            throw new AccessRefusedException("nothing was saved: the proposal of " + String.join(", ", locked.keySet())
                    + " is approved, so its initiatives are locked: " + String.join(", ", ids)
                    + "; a reviewer reopens it first", ids, "reviewer");
        }
    }

    /**
     * @return "FY MISSION" ({@code 2023 cg-chicago}) of each approved proposal of the year: its initiatives
     *         are locked until a reviewer reopens it
     */
    public synchronized java.util.Set<String> approvedMissions(int fiscalYear) {
        try {
            SortedSet<String> out = new TreeSet<>(approvedMissions());
            out.removeIf(k -> !k.startsWith(fiscalYear + " "));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the approved proposals: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return "FY MISSION" of each approved proposal */
    private SortedSet<String> approvedMissions() throws SQLException {
        SortedSet<String> out = new TreeSet<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT fiscal_year, mission FROM proposal WHERE state = 'approved'")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    /** Deletes these initiatives in one transaction, recording each deletion; unknown ids are ignored. */
    public synchronized int delete(Collection<String> ids) {
        return transaction(() -> {
            lockRows(ids);
            return remove(ids, Map.of());
        }, "nothing was deleted: ");
    }

    private int remove(Collection<String> ids, Map<String, Long> expectedVersions) throws SQLException {
        Map<String, Stored> existing = stored(ids);
        List<Conflict> conflicts = new ArrayList<>();
        for (String id : ids) {
            Stored before = existing.get(id);
            Long seen = expected(id, expectedVersions);
            if (before != null && seen != null && before.version() != seen) {
                conflicts.add(conflict(id, null, before));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException(conflicts);
        }
        refuseUnlessAllowed(List.of(), existing.values().stream().map(Stored::initiative).toList());
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM initiative WHERE id = ? AND version = ?");
                History history = new History()) {
            OffsetDateTime now = OffsetDateTime.now();
            int deleted = 0;
            for (String id : ids) {
                Stored before = existing.get(id);
                if (before == null) {
                    continue;
                }
                delete.setString(1, id);
                delete.setLong(2, before.version());
                if (delete.executeUpdate() == 1) {
                    history.add(id, "delete", now, before.initiative(), null);
                    seenVersions.remove(id);
                    deleted++;
                } else {
                    Stored theirs = stored(List.of(id)).get(id);
                    if (theirs != null && theirs.version() != before.version()) {
                        throw new ConflictException(List.of(conflict(id, null, theirs)));
                    } else if (theirs != null) {
                        throw new AccessRefusedException("nothing was deleted: the database refused to delete " + id + " for "
                                + user, List.of(id), "planner of " + before.initiative().getMission());
                    }
                }
            }
            history.flush();
            return deleted;
        }
    }

    /**
     * The edit history as the store writes it on the embedded database; on a server the database's own
     * triggers write it (so plain SQL is audited too) and this writes nothing.
     */
    private final class History implements AutoCloseable {
        private final PreparedStatement entry;
        private final PreparedStatement field;
        private final List<List<Changes.FieldChange>> pending = new ArrayList<>();

        History() throws SQLException {
            boolean write = !dialect.auditsInDatabase();
            entry = write ? connection.prepareStatement(HISTORY, new String[] { "SEQ" }) : null;
            field = write ? connection.prepareStatement(
                    "INSERT INTO edit_history_field (history_seq, field, old_value, new_value) VALUES (?, ?, ?, ?)") : null;
        }

        void add(String id, String action, OffsetDateTime when, Initiative before, Initiative after) throws SQLException {
            if (entry == null) {
                return;
            }
            entry.setString(1, id);
            entry.setString(2, action);
            entry.setObject(3, when);
            entry.setString(4, user);
            entry.setString(5, before != null && after != null ? Changes.between(before, after) : null);
            Initiative row = after != null ? after : before;
            entry.setInt(6, row.getFiscalYear());
            entry.setString(7, row.getMission());
            entry.addBatch();
            pending.add(Changes.fields(before, after));
        }

        void flush() throws SQLException {
            if (entry == null || pending.isEmpty()) {
                return;
            }
            entry.executeBatch();
            try (ResultSet keys = entry.getGeneratedKeys()) {
                for (List<Changes.FieldChange> changes : pending) {
                    keys.next();
                    long seq = keys.getLong(1);
                    for (Changes.FieldChange c : changes) {
                        field.setLong(1, seq);
                        field.setString(2, c.field());
                        field.setString(3, c.before());
                        field.setString(4, c.after());
                        field.addBatch();
                    }
                }
            }
            field.executeBatch();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            if (entry != null) {
                entry.close();
                field.close();
            }
        }
    }

    /**
     * @return the reference planners have saved for this fiscal year, or empty if they have not (the
     *         shipped reference data applies)
     */
    public synchronized java.util.Optional<org.grassroots.planner.model.FiscalYearReference> reference(int fiscalYear) {
        try {
            return ReferenceRows.read(connection, fiscalYear);
        } catch (SQLException e) {
            throw new StoreException("cannot read the reference of FY" + fiscalYear + ": " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return the fiscal years for which planners have saved a reference */
    public synchronized SortedSet<Integer> referenceYears() {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT fiscal_year FROM fiscal_year_reference")) {
            SortedSet<Integer> years = new TreeSet<>();
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
            return years;
        } catch (SQLException e) {
            throw new StoreException("cannot read the years of the saved references: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** Saves a fiscal year's reference in one transaction, replacing the one saved before. */
    public synchronized void saveReference(org.grassroots.planner.model.FiscalYearReference reference) {
        try {
            ReferenceRows.write(connection, reference, user);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("the reference was not saved: " + e.getMessage(), e);
        }
    }

    /** @return the initiatives of this fiscal year and mission, by id */
    public synchronized List<Initiative> initiativesOfMission(int fiscalYear, String mission) {
        return read("SELECT " + COLUMNS + ", version FROM initiative WHERE fiscal_year = ? AND mission = ? ORDER BY id", ps -> {
            ps.setInt(1, fiscalYear);
            ps.setString(2, mission);
        });
    }

    /** @return the initiatives of this fiscal year that target this state, by id */
    public synchronized List<Initiative> initiativesTargeting(int fiscalYear, String state) {
        return read("SELECT " + COLUMNS + ", version FROM initiative WHERE fiscal_year = ? AND "
                + (dialect == Dialect.H2 ? "ARRAY_CONTAINS(states, ?)" : "? = ANY(states)") + " ORDER BY id",
                ps -> {
                    ps.setInt(1, fiscalYear);
                    ps.setString(2, state);
                });
    }

    /** @return count and budget of the year's non-cancelled initiatives per mission, by mission code */
    public synchronized List<Total> totalsByMission(int fiscalYear) {
        return totals("mission", fiscalYear);
    }

    /** @return count and budget of the year's non-cancelled initiatives per kind, by kind code */
    public synchronized List<Total> totalsByKind(int fiscalYear) {
        return totals("kind", fiscalYear);
    }

    private List<Total> totals(String column, int fiscalYear) {
        // SUM of a BIGINT column is a NUMERIC in H2 2 (NUMERIC(29) in 2.3.232, checked) and in PostgreSQL: exact, so it
        // is read as a BigDecimal (getLong fails with "Numeric value out of range" on a total beyond the range of long)
        String sql = "SELECT " + column + ", COUNT(*), COALESCE(SUM(budget_jpy), 0) FROM initiative"
                + " WHERE fiscal_year = ? AND status <> 'cancelled' GROUP BY " + column + " ORDER BY " + column;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                List<Total> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Total(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3).toBigIntegerExact()));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot add up FY" + fiscalYear + ": " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return the edit history of this initiative, oldest first */
    public synchronized List<HistoryEntry> history(String initiativeId) {
        return trail("h.initiative_id = ?", ps -> ps.setString(1, initiativeId));
    }

    /**
     * @return the audit trail of a fiscal year: every change of its initiatives (by the year they had when
     *         changed, deleted ones included), oldest first, each with its fields
     */
    public synchronized List<HistoryEntry> audit(int fiscalYear) {
        return trail("h.fiscal_year = ?", ps -> ps.setInt(1, fiscalYear));
    }

    /** @return the newest change of each mission's initiatives in the fiscal year, by mission */
    public synchronized Map<String, HistoryEntry> lastChanges(int fiscalYear) {
        Map<String, HistoryEntry> out = new java.util.TreeMap<>();
        for (HistoryEntry e : trail("h.seq IN (SELECT MAX(seq) FROM edit_history WHERE fiscal_year = ? GROUP BY mission)",
                ps -> ps.setInt(1, fiscalYear))) {
            if (e.mission() != null) {
                out.put(e.mission(), e);
            }
        }
        return out;
    }

    private List<HistoryEntry> trail(String where, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT h.seq, h.action, h.changed_at, h.changed_by, h.changes,"
                + " h.initiative_id, h.fiscal_year, h.mission FROM edit_history h WHERE " + where + " ORDER BY h.seq");
                PreparedStatement fields = connection.prepareStatement("SELECT f.history_seq, f.field, f.old_value, f.new_value"
                        + " FROM edit_history_field f JOIN edit_history h ON h.seq = f.history_seq WHERE " + where)) {
            binder.bind(ps);
            binder.bind(fields);
            Map<Long, List<HistoryEntry.Field>> byEntry = new HashMap<>();
            try (ResultSet rs = fields.executeQuery()) {
                while (rs.next()) {
                    byEntry.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new HistoryEntry.Field(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<HistoryEntry> out = new ArrayList<>();
                while (rs.next()) {
                    List<HistoryEntry.Field> changed = new ArrayList<>(byEntry.getOrDefault(rs.getLong(1), List.of()));
                    changed.sort(java.util.Comparator.comparingInt(f -> Changes.order(f.name())));
                    int year = rs.getInt(7);
                    Integer fiscalYear = rs.wasNull() ? null : year;
                    out.add(new HistoryEntry(rs.getString(6), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4), rs.getString(5), changed, fiscalYear, rs.getString(8)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /**
     * @return the version of each initiative of this fiscal year as the store holds it now, by id (what a plan
     *         export writes in its {@code version} column)
     */
    public synchronized Map<String, Long> versions(int fiscalYear) {
        return versions("SELECT id, version FROM initiative WHERE fiscal_year = ?", ps -> ps.setInt(1, fiscalYear));
    }

    /** @return the version of each of these initiatives as the store holds it now, by id; an id it does not hold is absent */
    public synchronized Map<String, Long> versions(Collection<String> ids) {
        Map<String, Long> out = new HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            out.putAll(versions("SELECT id, version FROM initiative WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")", ps -> {
                        for (int k = 0; k < part.size(); k++) {
                            ps.setString(k + 1, part.get(k));
                        }
                    }));
        }
        return out;
    }

    private Map<String, Long> versions(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            Map<String, Long> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the versions of the plan: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return the initiatives of this fiscal year, by id */
    public synchronized List<Initiative> initiatives(int fiscalYear) {
        return read("SELECT " + COLUMNS + ", version FROM initiative WHERE fiscal_year = ? ORDER BY id", ps -> ps.setInt(1, fiscalYear));
    }

    private List<Initiative> read(String sql, Binder binder) {
        try {
            return query(sql, binder);
        } catch (SQLException e) {
            throw new StoreException("cannot read the plan: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return the fiscal years that have initiatives, ascending */
    public synchronized SortedSet<Integer> fiscalYears() {
        SortedSet<Integer> years = new TreeSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT fiscal_year FROM initiative")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
            return years;
        } catch (SQLException e) {
            throw new StoreException("cannot read the fiscal years: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Initiative> query(String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Initiative> out = new ArrayList<>();
                boolean versioned = hasColumn(rs, "version");
                while (rs.next()) {
                    Initiative i = read(rs);
                    if (versioned) {
                        seenVersions.put(i.getId(), rs.getLong("version"));
                    }
                    out.add(i);
                }
                return out;
            }
        }
    }

    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        for (int k = 1; k <= meta.getColumnCount(); k++) {
            if (meta.getColumnLabel(k).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private void bindUpdate(PreparedStatement ps, Initiative i, long version) throws SQLException {
        bind(ps, i); // every column, the id (unchanged) included
        int columns = PLACEHOLDERS.split(",").length;
        ps.setString(columns + 1, i.getId());
        ps.setLong(columns + 2, version);
    }

    void bind(PreparedStatement ps, Initiative i) throws SQLException {
        ps.setString(1, i.getId());
        ps.setInt(2, i.getFiscalYear());
        ps.setString(3, i.getMission());
        ps.setString(4, i.getTitleJa());
        ps.setString(5, i.getTitleEn());
        ps.setString(6, i.getKind().code());
        ps.setArray(7, connection.createArrayOf("VARCHAR", i.getThemes().toArray()));
        ps.setArray(8, connection.createArrayOf("VARCHAR", i.getStates().toArray()));
        ps.setArray(9, connection.createArrayOf("VARCHAR", i.getPartners().toArray()));
        ps.setString(10, i.getFormat() == null ? null : i.getFormat().code());
        ps.setDate(11, i.getStartDate() == null ? null : Date.valueOf(i.getStartDate()));
        ps.setDate(12, i.getEndDate() == null ? null : Date.valueOf(i.getEndDate()));
        if (i.getBudgetJpy() == null) {
            ps.setNull(13, Types.BIGINT);
        } else {
            ps.setLong(13, i.getBudgetJpy());
        }
        ps.setString(14, i.getStatus().code());
        setLong(ps, 15, i.getActualCostJpy());
        setLong(ps, 16, i.getParticipants());
        setLong(ps, 17, i.getOnlineViews());
        setLong(ps, 18, i.getMediaReports());
        // an empty list as an empty array, not NULL, so that the audit trail writes it as the themes' empty list
        ps.setArray(19, connection.createArrayOf("VARCHAR", i.getDignitaries().toArray()));
        ps.setString(20, i.getOutcome());
        if (i.getBestPractice() == null) {
            ps.setNull(21, Types.BOOLEAN);
        } else {
            ps.setBoolean(21, i.getBestPractice());
        }
    }

    private static void setLong(PreparedStatement ps, int at, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(at, Types.BIGINT);
        } else {
            ps.setLong(at, value);
        }
    }

    private static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Initiative read(ResultSet rs) throws SQLException {
        Date start = rs.getDate("start_date");
        Date end = rs.getDate("end_date");
        long budget = rs.getLong("budget_jpy");
        Long budgetOrNull = rs.wasNull() ? null : budget;
        String format = rs.getString("format");
        return Initiative.builder().id(rs.getString("id")).fiscalYear(rs.getInt("fiscal_year"))
                .mission(rs.getString("mission")).titleJa(rs.getString("title_ja")).titleEn(rs.getString("title_en"))
                .kind(Kind.fromCode(rs.getString("kind"))).themes(strings(rs.getArray("themes")))
                .states(strings(rs.getArray("states"))).partners(strings(rs.getArray("partners")))
                .format(format == null ? null : Format.fromCode(format))
                .startDate(start == null ? null : start.toLocalDate()).endDate(end == null ? null : end.toLocalDate())
                .budgetJpy(budgetOrNull).status(Status.fromCode(rs.getString("status")))
                .actualCostJpy(getLong(rs, "actual_cost_jpy")).participants(getLong(rs, "participants"))
                .onlineViews(getLong(rs, "online_views")).mediaReports(getLong(rs, "media_reports"))
                .dignitaries(rs.getArray("dignitaries") == null ? List.of() : strings(rs.getArray("dignitaries")))
                .outcome(rs.getString("outcome")).bestPractice(bestPractice(rs)).build();
    }

    private static Boolean bestPractice(ResultSet rs) throws SQLException {
        boolean value = rs.getBoolean("best_practice");
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }

    /** Ends the connection's transaction without writing (for the copy and the backup, which use the connection). */
    void rollbackQuietly() {
        rollback();
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone; the next call reports it
        }
    }
}
