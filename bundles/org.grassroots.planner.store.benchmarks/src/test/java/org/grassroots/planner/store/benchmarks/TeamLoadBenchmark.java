package org.grassroots.planner.store.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.TeamRole;
import org.grassroots.planner.store.testing.ThrowAwayPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's load and faults benchmark: 50 planners (threads, each with its own PlanStore, connection and login)
 * spread over the 17 missions and one reviewer work for {@code benchmark.seconds} on a throw-away PostgreSQL server on
 * loopback; meanwhile a client JVM is killed with SIGKILL in the middle of a save and the server is crashed
 * ({@code pg_ctl stop -m immediate}) and restarted. Prints saves per second and the save latency as ratios against
 * baselines measured in the same run (one planner alone on the same server; the same planner on the embedded H2
 * database), then fails if an acknowledged save is not in the store, a rejected save was not reported as a conflict or
 * a refusal, a thread deadlocked or got stuck, a save in doubt is stored in part, or the audit trail does not hold
 * exactly one entry per acknowledged change ({@link Audit}).
 */
class TeamLoadBenchmark {
    private static final int YEAR = 2023;
    private static final int SOLO_YEAR = 2025;
    private static final int CLIENT_YEAR = 2024;

    private final int seconds = Integer.getInteger("benchmark.seconds", 60);
    private final int baselineSeconds = Integer.getInteger("benchmark.baselineSeconds", 10);
    private final int planners = Integer.getInteger("benchmark.planners", 50);
    private final boolean faults = Boolean.parseBoolean(System.getProperty("benchmark.faults", "true"));
    private final StringBuilder report = new StringBuilder();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path h2;

    @Test
    void fiftyPlannersAndAReviewerWithAKilledClientAndACrashedServer() throws Exception {
        List<String> missions = ReferenceData.shipped().missions().stream().map(Mission::getCode).toList();
        assertEquals(17, missions.size());
        String started = Instant.now().toString();
        try (ThrowAwayPostgres server = ThrowAwayPostgres.start()) {
            PlanStore.migrate(server.admin());
            List<DatabaseLogin> logins = new ArrayList<>();
            DatabaseLogin reviewer;
            DatabaseLogin solo;
            DatabaseLogin client;
            Ledger ledger = new Ledger();
            try (PlanStore admin = PlanStore.open(server.admin())) {
                for (int p = 1; p <= planners; p++) {
                    String name = String.format("planner%02d", p);
                    logins.add(server.createLogin(name, "pw-" + name));
                    admin.grant(name, TeamRole.PLANNER, missions.get((p - 1) % missions.size()));
                }
                reviewer = server.createLogin("reviewer", "pw-reviewer");
                admin.grant("reviewer", TeamRole.REVIEWER, null);
                solo = server.createLogin("solo", "pw-solo");
                admin.grant("solo", TeamRole.PLANNER, "cg-chicago");
                client = server.createLogin("killed", "pw-killed");
                admin.grant("killed", TeamRole.PLANNER, "cg-detroit");
                // eight initiatives per mission to start from, by the administrator
                List<Initiative> seeds = new ArrayList<>();
                for (String m : missions) {
                    for (int k = 1; k <= 8; k++) {
                        seeds.add(Planner.initiative("SEED-" + m + "-" + k, YEAR, m, 1_000 + seeds.size()));
                    }
                }
                admin.save(seeds);
                long group = ledger.newGroup();
                for (Initiative i : seeds) {
                    ledger.add(new Ledger.Attempt(group, "postgres", i.getId(), Ledger.Kind.INSERT, i.getBudgetJpy(),
                            Ledger.Outcome.ACKED, 1));
                }
            }
            // every mission proposed once and returned, so that planners propose again and the reviewer approves
            try (PlanStore r = PlanStore.open(reviewer)) {
                for (int m = 0; m < Math.min(planners, missions.size()); m++) {
                    try (PlanStore p = PlanStore.open(logins.get(m))) {
                        String mission = missions.get(m);
                        p.proposals().propose(YEAR, mission, p.initiativesOfMission(YEAR, mission), List.of(), java.util.Map.of());
                    }
                    r.proposals().returnWithComment(YEAR, missions.get(m), "start of the benchmark");
                }
            }

            line("# Team load on PostgreSQL (issue 13)");
            line("");
            line("started " + started + "; " + planners + " planners over " + missions.size() + " missions and one reviewer, "
                    + seconds + " s; baselines " + baselineSeconds + " s each; faults " + (faults ? "on" : "off")
                    + "; " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                    + "; load average before: " + loadAverage());
            line("");

            // baseline 1: one planner alone on the same server (own mission and year, no reviewer)
            Ledger pgSoloLedger = new Ledger();
            Stats pgSolo = solo(() -> PlanStore.open(solo), "cg-chicago", pgSoloLedger);
            // baseline 2: the same planner on the embedded H2 database
            Ledger h2SoloLedger = new Ledger();
            Stats h2Solo = solo(() -> PlanStore.open(PlanStore.embeddedUrl(h2)), "cg-chicago", h2SoloLedger);

            // the client to kill: started now, it makes its small saves, then waits for the word to start its large one
            Process victim = faults ? startClient(server, client, ledger) : null;

            // the team
            Planner.Outage outage = new Planner.Outage();
            long start = System.currentTimeMillis();
            long deadline = start + seconds * 1000L;
            List<Planner> team = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < planners; p++) {
                DatabaseLogin login = logins.get(p);
                Planner planner = new Planner(login.user(), () -> PlanStore.open(login), missions.get(p % missions.size()), YEAR,
                        (p + 1) * 10_000_000_000L, ledger, deadline, true, p, outage);
                team.add(planner);
                threads.add(new Thread(planner, login.user()));
            }
            Reviewer review = new Reviewer(() -> PlanStore.open(reviewer), missions, YEAR, deadline, 1_500);
            threads.add(new Thread(review, "reviewer"));
            threads.forEach(Thread::start);

            String[] killed = { "not run" };
            String crash = "not run";
            Thread killer = new Thread(() -> {
                sleepUntil(start + seconds * 100L);
                try {
                    killed[0] = killClientMidSave(server, victim, ledger);
                } catch (Exception e) {
                    failures.add("killing the client failed: " + e);
                }
            }, "killer");
            if (faults) {
                killer.start();
                sleepUntil(start + seconds * 500L);
                killer.join(); // one fault at a time: the client is killed before the server crashes
                if (System.currentTimeMillis() > deadline - 2_000) {
                    failures.add("the client was killed only " + (System.currentTimeMillis() - start) / 1000 + " s into a "
                            + seconds + " s run: too late for the server's crash to come mid-run (run longer)");
                }
                long crashAt = System.currentTimeMillis();
                server.crash();
                Planner.pause(2_000);
                server.restart();
                outage.restartedAt = System.currentTimeMillis();
                crash = String.format(Locale.ROOT, "crashed at %.1f s, restarted after %.1f s", (crashAt - start) / 1e3,
                        (outage.restartedAt - crashAt) / 1e3);
            }
            List<String> stuck = new ArrayList<>();
            if (faults) {
                threads.add(killer);
            }
            for (Thread t : threads) {
                t.join(Math.max(1, deadline + 90_000 - System.currentTimeMillis()));
                if (t.isAlive()) {
                    StringBuilder trace = new StringBuilder(t.getName() + " is stuck:");
                    for (StackTraceElement e : t.getStackTrace()) {
                        trace.append("\n    at ").append(e);
                    }
                    stuck.add(trace.toString());
                }
            }
            double elapsed = (System.currentTimeMillis() - start) / 1e3;
            Stats all = new Stats();
            team.forEach(p -> all.merge(p.stats));
            all.merge(review.stats);

            Audit audit;
            Audit pgSoloAudit;
            try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "postgres", new String(server.admin().password()))) {
                audit = Audit.check(c, ledger);
                pgSoloAudit = Audit.check(c, pgSoloLedger);
            }
            Audit soloAudit;
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(PlanStore.embeddedUrl(h2));
            try (Connection c = ds.getConnection()) {
                soloAudit = Audit.check(c, h2SoloLedger);
            }

            double rate = all.acked / (double) seconds;
            double soloRate = pgSolo.acked / (double) baselineSeconds;
            double h2Rate = h2Solo.acked / (double) baselineSeconds;
            line("| run | saves acknowledged | saves/s | p50 ms | p95 ms | p99 ms | conflicts | refusals |");
            line("|---|---|---|---|---|---|---|---|");
            row("baseline: one planner alone, PostgreSQL", pgSolo, baselineSeconds);
            row("baseline: one planner alone, embedded H2", h2Solo, baselineSeconds);
            row(planners + " planners + reviewer, PostgreSQL" + (faults ? ", with the faults" : ""), all, seconds);
            line("");
            line(String.format(Locale.ROOT, "ratios: team saves/s ÷ one planner on PostgreSQL = %.2f; team p50 ÷ alone p50 = %.2f;"
                    + " team p99 ÷ alone p99 = %.2f; one planner on PostgreSQL ÷ on H2 (saves/s) = %.2f",
                    rate / soloRate, all.percentileMs(50) / pgSolo.percentileMs(50), all.percentileMs(99) / pgSolo.percentileMs(99),
                    soloRate / h2Rate));
            line("");
            line(String.format(Locale.ROOT, "team: %d conflicts (%d retried after a re-read, %d given up), %d refusals (mission"
                    + " locked by an approval), %d approvals, %d reopenings, %d proposals (%d refused: already proposed),"
                    + " %d saves in doubt (connection lost), %d connection errors, %d reconnections, %d deadlocks, %d other"
                    + " failures, %d proposal errors, %d review errors; ran %.1f s",
                    all.conflicts, all.retries, all.gaveUp, all.refusals, all.approvals, all.reopenings, all.proposals,
                    all.proposalRefusals, all.inDoubt, all.outageErrors, all.reconnects, all.deadlocks, all.failures,
                    all.proposalErrors, all.reviewErrors, elapsed));
            line("faults: killed client: " + killed[0] + "; server: " + crash);
            line(String.format(Locale.ROOT, "audit: %d ids, %d acknowledged row changes, %d changes in doubt stored, %d in doubt"
                    + " not stored, %d audit entries (must equal %d + %d)", audit.ids, audit.ackedChanges, audit.inDoubtStored,
                    audit.inDoubtNotStored, audit.historyEntries, audit.ackedChanges, audit.inDoubtStored));
            line("load average after: " + loadAverage());

            if (audit.historyEntries != audit.ackedChanges + audit.inDoubtStored) {
                failures.add("the audit trail has " + audit.historyEntries + " entries for " + audit.ackedChanges
                        + " acknowledged and " + audit.inDoubtStored + " in-doubt stored changes");
            }
            audit.failures.forEach(f -> failures.add("PostgreSQL: " + f));
            pgSoloAudit.failures.forEach(f -> failures.add("PostgreSQL baseline: " + f));
            soloAudit.failures.forEach(f -> failures.add("H2 baseline: " + f));
            if (all.deadlocks > 0) {
                failures.add(all.deadlocks + " deadlock(s) (SQLState 40P01)");
            }
            if (all.failures + pgSolo.failures + h2Solo.failures + pgSolo.deadlocks + h2Solo.deadlocks > 0) {
                failures.add((all.failures + pgSolo.failures + h2Solo.failures) + " rejection(s) neither a conflict nor a refusal");
            }
            if (!faults && all.inDoubt > 0) {
                failures.add(all.inDoubt + " saves in doubt without a fault");
            }
            failures.addAll(stuck);
            all.failureSamples.forEach(s -> line("sample: " + s));
            line("");
            line(failures.isEmpty() ? "**all assertions hold**" : "**FAILED**:");
            failures.forEach(f -> line("- " + f));
        } finally {
            String out = System.getProperty("benchmark.out");
            if (out != null) {
                Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private Stats solo(Supplier<PlanStore> opener, String mission, Ledger ledger) throws InterruptedException {
        Planner p = new Planner("solo", opener, mission, SOLO_YEAR, 990_000_000_000L, ledger,
                System.currentTimeMillis() + baselineSeconds * 1000L, false, 7, new Planner.Outage());
        Thread t = new Thread(p, "solo");
        t.start();
        t.join(baselineSeconds * 1000L + 60_000);
        if (t.isAlive()) {
            failures.add("the baseline planner is stuck");
        }
        return p.stats;
    }

    /**
     * Starts a client JVM that saves initiatives one by one, then one large save; kills it with SIGKILL once that save
     * has written its first rows inside its transaction. Its acknowledged saves go into the ledger; the large save is in
     * doubt, and must be stored whole or not at all.
     */
    private Process startClient(ThrowAwayPostgres server, DatabaseLogin login, Ledger ledger) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", childClassPath(), KilledClient.class.getName(), server.url(), login.user(),
                Integer.toString(CLIENT_YEAR), "cg-detroit", "K9", Long.toString(980_000_000_000L), "30", "20000")
                .redirectErrorStream(true).start();
        childInput = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        childInput.write(new String(login.password()) + "\n");
        childInput.flush();
        childOutput = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String l = childOutput.readLine(); l != null; l = childOutput.readLine()) {
            childLines.add(l);
            String[] w = l.split(" ");
            if (w[0].equals("ack")) {
                childAcked++;
                ledger.add(new Ledger.Attempt(ledger.newGroup(), "killed", w[2], Ledger.Kind.valueOf(w[1]),
                        Long.parseLong(w[3]), Ledger.Outcome.ACKED, Long.parseLong(w[4])));
            } else if (w[0].equals("ready")) {
                return child;
            }
        }
        throw new IllegalStateException("the client to kill ended early: " + String.join(" | ", childLines));
    }

    private Writer childInput;
    private BufferedReader childOutput;
    private final List<String> childLines = new ArrayList<>();
    private int childAcked;

    private String killClientMidSave(ThrowAwayPostgres server, Process child, Ledger ledger) throws Exception {
        childInput.write("go\n");
        childInput.close();
        long group = -1;
        String prefix = null;
        int big = 0;
        int acked = childAcked;
        String killedAt = null;
        List<String> output = childLines;
        try (BufferedReader out = childOutput) {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                output.add(l);
                String[] w = l.split(" ");
                if (w[0].equals("ack")) {
                    acked++;
                    ledger.add(new Ledger.Attempt(ledger.newGroup(), "killed", w[2], Ledger.Kind.valueOf(w[1]),
                            Long.parseLong(w[3]), Ledger.Outcome.ACKED, Long.parseLong(w[4])));
                } else if (w[0].equals("big")) {
                    prefix = w[1];
                    big = Integer.parseInt(w[2]);
                    group = ledger.newGroup();
                    for (int n = 1; n <= big; n++) {
                        ledger.add(new Ledger.Attempt(group, "killed", prefix + n, Ledger.Kind.INSERT, 980_000_000_000L + 30 + n,
                                Ledger.Outcome.IN_DOUBT, 0));
                    }
                    // kill it once its save's transaction has written (the server gave it a transaction id), before it commits
                    long began = System.currentTimeMillis();
                    if (!waitForAWritingTransaction(server, "killed")) {
                        break;
                    }
                    child.destroyForcibly(); // SIGKILL
                    killedAt = "after " + acked + " acknowledged saves, " + (System.currentTimeMillis() - began)
                            + " ms into its large save of " + big + " rows, its transaction writing";
                    break;
                }
            }
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            failures.add("the killed client did not end");
        }
        if (killedAt == null) {
            failures.add("the client was not killed mid-save: " + String.join(" | ", output));
            return "not killed";
        }
        if (child.exitValue() != 137) {
            failures.add("the killed client exited with " + child.exitValue() + ", not 137 (SIGKILL)");
        }
        // all or nothing: the large save's rows
        Planner.pause(500); // the server notices the broken connection and rolls back
        int stored;
        try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "postgres", new String(server.admin().password()));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM initiative WHERE id LIKE '" + prefix + "%'")) {
            rs.next();
            stored = rs.getInt(1);
        }
        if (stored != 0 && stored != big) {
            failures.add("HALF-WRITTEN: " + stored + " of the killed client's " + big + " rows are stored");
        }
        return killedAt + " (exit " + child.exitValue() + "); rows of that save in the store just after: " + stored + " of " + big;
    }

    /** @return whether a backend of this login came to hold a transaction id (it has written) within 60 s */
    private static boolean waitForAWritingTransaction(ThrowAwayPostgres server, String login) throws Exception {
        try (Connection c = server.connect(ThrowAwayPostgres.DATABASE, "postgres", new String(server.admin().password()));
                java.sql.PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND backend_xid IS NOT NULL")) {
            ps.setString(1, login);
            for (int k = 0; k < 6_000; k++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(10);
            }
        }
        return false;
    }

    /** The child runs on a plain class path: this bundle's classes, the store's (with its db/ scripts), the model, the drivers. */
    private static String childClassPath() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        Path bundles = here.getParent();
        List<String> entries = new ArrayList<>();
        for (Path p : List.of(here.resolve("target/classes"), bundles.resolve("org.grassroots.planner.store/target/classes"),
                bundles.resolve("org.grassroots.planner.store"), bundles.resolve("org.grassroots.planner.model/target/classes"))) {
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("the killed client's class path needs " + p + " (build the store first)");
            }
            entries.add(p.toString());
        }
        entries.add(Path.of(org.postgresql.ds.PGSimpleDataSource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());
        entries.add(Path.of(JdbcDataSource.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        return String.join(File.pathSeparator, entries);
    }

    private void row(String what, Stats s, int secs) {
        line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %.2f | %d | %d |", what, s.acked, s.acked / (double) secs,
                s.percentileMs(50), s.percentileMs(95), s.percentileMs(99), s.conflicts, s.refusals));
    }

    private void line(String s) {
        System.out.println(s);
        report.append(s).append('\n');
    }

    private static void sleepUntil(long when) {
        long wait = when - System.currentTimeMillis();
        if (wait > 0) {
            Planner.pause(wait);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
