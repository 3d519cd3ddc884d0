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

/**
 * The plans kept in H2: embedded in a folder by default, or a team's H2 server. Every way of opening
 * checks the URL first ({@link DatabaseUrl#check(String)}: no {@code INIT} script, no other setting
 * than the few allowed, no credentials in it); the user and password come apart from the URL
 * ({@link DatabaseLogin}). Every write is one transaction and records who changed what in the edit
 * history.
 */
public final class PlanStore implements AutoCloseable {
    static final String COLUMNS = "id, fiscal_year, mission, title_ja, title_en, kind, themes, states, partners,"
            + " format, start_date, end_date, budget_jpy, status, actual_cost_jpy, participants, online_views,"
            + " media_reports, dignitaries, outcome, best_practice";
    /** The placeholders of {@link #COLUMNS} */
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private static final String HISTORY = "INSERT INTO edit_history (initiative_id, action, changed_at, changed_by, changes)"
            + " VALUES (?, ?, ?, ?, ?)";
    /** How many initiatives a save writes between two progress reports. */
    public static final int PROGRESS_STEP = 5_000;

    private final Connection connection;
    private final String user;

    private PlanStore(Connection connection) {
        this.connection = connection;
        this.user = System.getProperty("user.name", "unknown");
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
        String url = DatabaseUrl.check(login.url());
        char[] password = login.password();
        try {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(login.user());
            ds.setPasswordChars(password);
            Connection c = ds.getConnection();
            try {
                c.setAutoCommit(false);
                Migrations.migrate(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new PlanStore(c);
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
     */
    public SaveResult save(Collection<Initiative> initiatives) {
        return save(initiatives, done -> { });
    }

    /**
     * As {@link #save(Collection)}, telling {@code progress} how many initiatives have been written
     * so far (every {@value #PROGRESS_STEP}); the transaction commits only after the last one.
     */
    public synchronized SaveResult save(Collection<Initiative> initiatives, IntConsumer progress) {
        try {
            SaveResult result = write(initiatives, progress);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new StoreException("nothing was saved: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a planner's pending edits in one transaction: these initiatives saved by id, then these
     * ids deleted. On any failure nothing is written.
     */
    public synchronized SaveResult apply(Collection<Initiative> saved, Collection<String> deleted) {
        try {
            SaveResult result = write(saved, done -> { });
            remove(deleted);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new StoreException("nothing was saved: " + e.getMessage(), e);
        }
    }

    private SaveResult write(Collection<Initiative> initiatives, IntConsumer progress) throws SQLException {
        Map<String, Initiative> existing = new HashMap<>();
        for (Initiative i : query("SELECT " + COLUMNS + " FROM initiative", ps -> { })) {
            existing.put(i.getId(), i);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO initiative (" + COLUMNS + ") KEY (id) VALUES (" + PLACEHOLDERS + ")");
                PreparedStatement history = connection.prepareStatement(HISTORY)) {
            OffsetDateTime now = OffsetDateTime.now();
            int done = 0;
            for (Initiative i : initiatives) {
                if (++done % PROGRESS_STEP == 0) {
                    merge.executeBatch();
                    history.executeBatch();
                    progress.accept(done);
                }
                Initiative before = existing.get(i.getId());
                if (i.equals(before)) {
                    unchanged++;
                    continue;
                }
                bind(merge, i);
                merge.addBatch();
                addHistory(history, i.getId(), before == null ? "insert" : "update", now,
                        before == null ? null : Changes.between(before, i));
                if (before == null) {
                    added++;
                } else {
                    updated++;
                }
            }
            merge.executeBatch();
            history.executeBatch();
        }
        return new SaveResult(added, updated, unchanged);
    }

    /** Deletes these initiatives in one transaction, recording each deletion; unknown ids are ignored. */
    public synchronized int delete(Collection<String> ids) {
        try {
            int deleted = remove(ids);
            connection.commit();
            return deleted;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("nothing was deleted: " + e.getMessage(), e);
        }
    }

    private int remove(Collection<String> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM initiative WHERE id = ?");
                PreparedStatement history = connection.prepareStatement(HISTORY)) {
            OffsetDateTime now = OffsetDateTime.now();
            int deleted = 0;
            for (String id : ids) {
                delete.setString(1, id);
                if (delete.executeUpdate() == 1) {
                    addHistory(history, id, "delete", now, null);
                    deleted++;
                }
            }
            history.executeBatch();
            return deleted;
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
        return read("SELECT " + COLUMNS + " FROM initiative WHERE fiscal_year = ? AND mission = ? ORDER BY id", ps -> {
            ps.setInt(1, fiscalYear);
            ps.setString(2, mission);
        });
    }

    /** @return the initiatives of this fiscal year that target this state, by id */
    public synchronized List<Initiative> initiativesTargeting(int fiscalYear, String state) {
        return read("SELECT " + COLUMNS + " FROM initiative WHERE fiscal_year = ? AND ARRAY_CONTAINS(states, ?) ORDER BY id",
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
        try (PreparedStatement ps = connection.prepareStatement("SELECT action, changed_at, changed_by, changes"
                + " FROM edit_history WHERE initiative_id = ? ORDER BY seq")) {
            ps.setString(1, initiativeId);
            try (ResultSet rs = ps.executeQuery()) {
                List<HistoryEntry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new HistoryEntry(initiativeId, rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                            rs.getString(3), rs.getString(4)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history: " + e.getMessage(), e);
        } finally {
            rollback();
        }
    }

    /** @return the initiatives of this fiscal year, by id */
    public synchronized List<Initiative> initiatives(int fiscalYear) {
        return read("SELECT " + COLUMNS + " FROM initiative WHERE fiscal_year = ? ORDER BY id", ps -> ps.setInt(1, fiscalYear));
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

    private void addHistory(PreparedStatement history, String id, String action, OffsetDateTime when, String changes)
            throws SQLException {
        history.setString(1, id);
        history.setString(2, action);
        history.setObject(3, when);
        history.setString(4, user);
        history.setString(5, changes);
        history.addBatch();
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
                while (rs.next()) {
                    out.add(read(rs));
                }
                return out;
            }
        }
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
        ps.setArray(19, i.getDignitaries().isEmpty() ? null : connection.createArrayOf("VARCHAR", i.getDignitaries().toArray()));
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

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone; the next call reports it
        }
    }
}
