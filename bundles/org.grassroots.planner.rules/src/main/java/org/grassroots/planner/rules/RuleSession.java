package org.grassroots.planner.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.kie.api.KieServices;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.Environment;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * A plan held in the rules engine for live re-evaluation: after each {@link #add}, {@link #update}
 * or {@link #remove} only what the edit touches is evaluated again, and the
 * {@linkplain #addListener listeners} hear which findings came and went. Open one with
 * {@link RuleEngine#open}; when the rule set is reloaded, {@link #reopen} carries the plan and the
 * listeners over to a session on the new rules.
 * <p>
 * Each evaluation (opening, an edit, reopening) has the limits of {@link RuleEngine#check}: a rule that
 * throws, more than {@linkplain RuleEngine#firingLimit 1,000 × (facts + 1)} firings, or the session's
 * timeout make it throw a {@link RuleFailureException}. After that the session is <b>failed</b>: the
 * engine stopped halfway, so the session keeps the edit (its {@link #initiatives()} include it) but
 * neither evaluates nor tells its listeners anything more; its findings stay the last good ones, those
 * the listeners last heard of ({@link #findings()}), and every further edit throws
 * {@link IllegalStateException}. The session must be reopened: {@link #reopen} with corrected rules, or
 * with the same {@link #ruleSet()} to try again (the edit that failed is in the plan, so it fails again
 * unless the rules changed or the edit is undone in the caller's plan first); {@link #isFailed()} and
 * {@link #failure()} say whether and why.
 * <p>
 * A session is used by one thread at a time (its methods are synchronized); {@link #close()} frees
 * the engine's memory.
 */
public final class RuleSession implements AutoCloseable {
    private final RuleSet rules;
    private final FiscalYearReference reference;
    private final List<Theme> themes;
    private final java.util.Set<String> outreachStates;
    private final KieSession session;
    private final FindingCollector collector;
    private final Map<String, Initiative> initiatives = new LinkedHashMap<>();
    private final Map<String, FactHandle> handles = new LinkedHashMap<>();
    /** The statistics over the plan given to the rules as facts, and those facts' handles by kind and by mission */
    private final PlanStatistics statistics;
    private final Map<String, KindMedian> medians = new java.util.HashMap<>();
    private final Map<String, FactHandle> medianHandles = new java.util.HashMap<>();
    private final Map<String, MajorMission> majors = new java.util.HashMap<>();
    private final Map<String, FactHandle> majorHandles = new java.util.HashMap<>();
    /** How many initiatives the session holds of each fiscal year, for the fact {@link History} */
    private final Map<Integer, Integer> years = new java.util.HashMap<>();
    private History history;
    private FactHandle historyHandle;
    private final Map<String, YearFigures> figures = new java.util.HashMap<>();
    private final Map<String, FactHandle> figuresHandles = new java.util.HashMap<>();
    private final Map<String, UnreachedState> unreached = new java.util.HashMap<>();
    private final Map<String, FactHandle> unreachedHandles = new java.util.HashMap<>();
    private final Map<String, ReachedState> reached = new java.util.HashMap<>();
    private final Map<String, FactHandle> reachedHandles = new java.util.HashMap<>();
    private final Map<String, MissionFigures> missionFigures = new java.util.HashMap<>();
    private final Map<String, FactHandle> missionFiguresHandles = new java.util.HashMap<>();
    private final Map<String, LastYearWork> lastYearWork = new java.util.HashMap<>();
    private final Map<String, FactHandle> lastYearWorkHandles = new java.util.HashMap<>();
    private final List<FindingsListener> listeners = new CopyOnWriteArrayList<>();
    private final boolean live;
    private final Duration timeout;
    private boolean closed;
    /** Why the session failed, or null */
    private RuleFailureException failure;
    /** The findings that held before the evaluation that failed (those the listeners know), or null */
    private List<Finding> lastGood;

    private RuleSession(RuleSet rules, FiscalYearReference reference, Collection<Theme> themes,
            java.util.Set<String> outreachStates, int size, boolean live, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout of the rules must be positive, not " + timeout);
        }
        this.rules = rules;
        this.reference = reference;
        this.themes = List.copyOf(themes);
        this.outreachStates = java.util.Set.copyOf(outreachStates);
        this.live = live;
        this.timeout = timeout;
        this.collector = new FindingCollector(size);
        this.statistics = new PlanStatistics(reference, this.outreachStates);
        this.session = RuleEngine.inEngine(() -> {
            Environment environment = KieServices.Factory.get().newEnvironment();
            environment.set(FindingCollector.ENVIRONMENT_KEY, collector);
            KieSession s = rules.kieBase().newKieSession(null, environment);
            if (rules.globals().contains(RuleSet.REFERENCE_GLOBAL)) {
                s.setGlobal(RuleSet.REFERENCE_GLOBAL, reference);
            }
            if (rules.globals().contains(RuleSet.KNOWN_THEMES_GLOBAL)) {
                s.setGlobal(RuleSet.KNOWN_THEMES_GLOBAL, themeCodes(themes));
            }
            if (rules.globals().contains(RuleSet.KIND_MISFITS_GLOBAL)) {
                s.setGlobal(RuleSet.KIND_MISFITS_GLOBAL, rules.kindMisfits());
            }
            if (rules.globals().contains(RuleSet.OUTREACH_STATES_GLOBAL)) {
                s.setGlobal(RuleSet.OUTREACH_STATES_GLOBAL, this.outreachStates);
            }
            ((RuleEventManager) s).addEventListener(collector);
            if (live) { // Finding facts that rules insert logically; a check gathers them at its end
                s.addEventListener(collector);
            }
            return s;
        });
    }

    private static java.util.Set<String> themeCodes(Collection<Theme> themes) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        themes.forEach(t -> codes.add(t.getCode()));
        return java.util.Collections.unmodifiableSet(codes);
    }

    /**
     * Opens a session on these rules with the plan, and runs the rules once.
     *
     * @param outreachStates the codes of the outreach states (the global {@code outreachStates})
     * @param live whether the session is kept for edits (else it only gives the findings of one check)
     */
    static RuleSession open(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, java.util.Set<String> outreachStates, boolean live, Duration timeout) {
        long start = System.nanoTime();
        RuleSession s = new RuleSession(rules, reference, themes, outreachStates, plan.size(), live, timeout);
        try {
            s.start(plan, start);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        if (live) {
            s.collector.startJournal(); // listeners hear of the changes from here on
        }
        return s;
    }

    private void start(Collection<Initiative> plan, long start) {
        RuleEngine.inEngine(() -> {
            new FiringGuard(rules, facts(plan.size()), timeout, start).run(session, () -> {
                session.insert(reference);
                reference.getMissions().forEach(session::insert);
                themes.forEach(session::insert);
                plan.forEach(i -> years.merge(i.getFiscalYear(), 1, Integer::sum));
                history = new History(reference.getFiscalYear(), years.keySet());
                historyHandle = session.insert(history);
                plan.forEach(statistics::add);
                syncAllStatistics();
                if (live) {
                    for (Initiative i : plan) {
                        FactHandle before = handles.get(i.getId());
                        if (before != null) {
                            session.delete(before);
                        }
                        handles.put(i.getId(), session.insert(i));
                        initiatives.put(i.getId(), i);
                    }
                } else {
                    plan.forEach(session::insert);
                }
            });
            if (!live) {
                session.getObjects(new ClassObjectFilter(Finding.class)).forEach(f -> collector.hold((Finding) f));
            }
            return null;
        });
    }

    /** @return the rule set this session runs */
    public RuleSet ruleSet() {
        return rules;
    }

    public FiscalYearReference reference() {
        return reference;
    }

    /** @return the outreach states this session gives the rules */
    public java.util.Set<String> outreachStates() {
        return outreachStates;
    }

    /** @return the initiatives of the session, in the order they came */
    public synchronized List<Initiative> initiatives() {
        return List.copyOf(initiatives.values());
    }

    /**
     * @return the findings that hold now, in report order ({@link RuleEngine#ORDER}); in a failed session those
     *         before the evaluation that failed
     */
    public synchronized List<Finding> findings() {
        List<Finding> out = findingsInAnyOrder();
        out.sort(RuleEngine.ORDER);
        return out;
    }

    /** @return the findings of {@link #findings()}, in no particular order (cheaper) */
    public synchronized List<Finding> findingsInAnyOrder() {
        return lastGood != null ? new ArrayList<>(lastGood) : collector.findings();
    }

    /** @return how many findings hold now (in a failed session: before the evaluation that failed) */
    public synchronized int findingCount() {
        return lastGood != null ? lastGood.size() : collector.size();
    }

    /** @return whether an evaluation failed, so that the session takes no more edits and must be {@link #reopen reopened} */
    public synchronized boolean isFailed() {
        return failure != null;
    }

    /** @return why the session failed, or null if it did not */
    public synchronized RuleFailureException failure() {
        return failure;
    }

    /** @return the time each evaluation of this session is allowed */
    public Duration timeout() {
        return timeout;
    }

    /** Adds an initiative (or replaces the one with its id) and evaluates what it touches. */
    public synchronized void add(Initiative initiative) {
        update(initiative);
    }

    /**
     * Replaces the initiative with this one's id (or adds it) and evaluates what the edit touches.
     *
     * @throws RuleFailureException if the evaluation fails: the session is failed from then on (see the class)
     * @throws IllegalStateException if the session is closed or failed
     */
    public synchronized void update(Initiative initiative) {
        checkOpen();
        Initiative before = initiatives.put(initiative.getId(), initiative);
        if (initiative.equals(before)) {
            return;
        }
        long start = System.nanoTime();
        FactHandle handle = handles.get(initiative.getId());
        Map<String, java.math.BigInteger> totals = statistics.missionTotals(missionsOf(before, initiative));
        statistics.remove(before);
        statistics.add(initiative);
        if (before != null) {
            years.merge(before.getFiscalYear(), -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        years.merge(initiative.getFiscalYear(), 1, Integer::sum);
        RuleEngine.inEngine(() -> {
            evaluate(start, handle == null ? handles.size() + 1 : handles.size(), () -> {
                if (handle == null) {
                    handles.put(initiative.getId(), session.insert(initiative));
                } else { // every pattern on initiatives sees the new one: a finding's facts may come from any property
                    session.update(handle, initiative);
                }
                syncStatistics(before, initiative, totals);
            });
            return null;
        });
        notifyListeners();
    }

    /**
     * Removes the initiative with this id and evaluates what its absence touches.
     *
     * @return false if the session has no initiative with this id
     * @throws RuleFailureException if the evaluation fails: the session is failed from then on (see the class)
     * @throws IllegalStateException if the session is closed or failed
     */
    public synchronized boolean remove(String id) {
        checkOpen();
        FactHandle handle = handles.remove(id);
        if (handle == null) {
            return false;
        }
        Initiative gone = initiatives.remove(id);
        Map<String, java.math.BigInteger> totals = statistics.missionTotals(missionsOf(gone, null));
        statistics.remove(gone);
        if (gone != null) {
            years.merge(gone.getFiscalYear(), -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        long start = System.nanoTime();
        RuleEngine.inEngine(() -> {
            evaluate(start, handles.size(), () -> {
                session.delete(handle);
                syncStatistics(gone, null, totals);
            });
            return null;
        });
        notifyListeners();
        return true;
    }

    public void addListener(FindingsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FindingsListener listener) {
        listeners.remove(listener);
    }

    /**
     * Opens a session with this session's plan, reference, themes, outreach states, timeout and listeners on another rule set (the one
     * reloaded after rule authors changed the files, or the same to try a failed session again), tells the
     * listeners what changed since what they last heard, and closes this session. A failed session can be
     * reopened.
     *
     * @throws RuleFailureException if the new session's first evaluation fails: nothing is opened, and this
     *             session stays as it was (open, and failed if it was)
     * @throws IllegalStateException if this session is closed
     */
    public synchronized RuleSession reopen(RuleSet newRules) {
        if (closed) {
            throw new IllegalStateException("the rule session is closed");
        }
        if (!live) {
            throw new IllegalStateException("a session of one check takes no edits");
        }
        RuleSession next = open(newRules, initiatives.values(), reference, themes, outreachStates, true, timeout);
        List<Finding> now = next.findings();
        List<Finding> then = findings();
        List<Finding> added = new ArrayList<>(now);
        added.removeAll(new java.util.HashSet<>(then));
        List<Finding> removed = new ArrayList<>(then);
        removed.removeAll(new java.util.HashSet<>(now));
        next.listeners.addAll(listeners);
        close();
        if (!added.isEmpty() || !removed.isEmpty()) {
            FindingsChange change = new FindingsChange(added, removed);
            next.listeners.forEach(l -> l.findingsChanged(change));
        }
        return next;
    }

    /** Frees the engine's memory; the session cannot be used afterwards. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            RuleEngine.inEngine(() -> {
                session.dispose();
                return null;
            });
        }
    }

    private void notifyListeners() {
        FindingsChange change = collector.drain();
        if (change != null) {
            listeners.forEach(l -> l.findingsChanged(change));
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the rule session is closed");
        }
        if (!live) {
            throw new IllegalStateException("a session of one check takes no edits");
        }
        if (failure != null) {
            throw new IllegalStateException("the rule session failed and must be reopened: " + failure.getMessage(), failure);
        }
    }

    /** Brings every statistic's facts in the session up to date (when the plan is first given). */
    private void syncAllStatistics() {
        syncStatistics(null, null, null, null, true);
    }

    /** @return the missions of these versions of an initiative (either may be null) */
    private static java.util.Set<String> missionsOf(Initiative before, Initiative after) {
        java.util.Set<String> missions = new java.util.HashSet<>(2);
        for (Initiative i : java.util.Arrays.asList(before, after)) {
            if (i != null && i.getMission() != null) {
                missions.add(i.getMission());
            }
        }
        return missions;
    }

    /**
     * Brings the statistics' facts up to date after an edit from one version of an initiative to another (either may
     * be null: added, removed): only the kinds, missions, states and repeat keys of the two versions can have changed,
     * and the ranking of the missions only if the total of one of their missions did.
     *
     * @param totals the totals of the two versions' missions before the edit ({@link PlanStatistics#missionTotals})
     */
    private void syncStatistics(Initiative before, Initiative after, Map<String, java.math.BigInteger> totals) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        java.util.Set<String> states = new java.util.HashSet<>();
        java.util.Set<String> repeatKeys = new java.util.HashSet<>();
        for (Initiative i : java.util.Arrays.asList(before, after)) {
            if (i != null) {
                kinds.add(i.getKindCode());
                states.addAll(i.getStates());
                repeatKeys.addAll(i.getRepeatKeys());
            }
        }
        syncStatistics(kinds, totals.keySet(), states, repeatKeys,
                !statistics.missionTotals(totals.keySet()).equals(totals));
    }

    /**
     * Brings the statistics' facts in the session up to date: a fact whose value changed is updated, one that
     * appeared is inserted, one that went is deleted.
     *
     * @param kinds the kinds whose median an edit may have changed, or null for every kind
     * @param missions the missions whose figures an edit may have changed, or null for every mission
     * @param states the states an edit may have reached or left unreached, or null for every state
     * @param repeatKeys the repeat keys whose last year's work an edit may have changed, or null for every key
     * @param ranks whether the missions' ranking by budget may have changed (the major missions)
     */
    private void syncStatistics(java.util.Set<String> kinds, java.util.Set<String> missions, java.util.Set<String> states,
            java.util.Set<String> repeatKeys, boolean ranks) {
        syncKeyed(kinds, statistics::medians, statistics::median, medians, medianHandles);
        History held = new History(reference.getFiscalYear(), years.keySet());
        if (historyHandle != null && !held.equals(history)) {
            history = held;
            session.update(historyHandle, history);
        }
        sync("year", statistics.yearFigures(), figures, figuresHandles);
        syncKeyed(states, statistics::unreachedStates, statistics::unreachedState, unreached, unreachedHandles);
        syncKeyed(states, statistics::reachedStates, statistics::reachedState, reached, reachedHandles);
        syncKeyed(missions, statistics::missionFigures, statistics::missionFigures, missionFigures, missionFiguresHandles);
        if (ranks) {
            syncKeyed(null, statistics::majorMissions, null, majors, majorHandles);
        }
        syncKeyed(repeatKeys, statistics::lastYearWork, statistics::lastYearWork, lastYearWork, lastYearWorkHandles);
    }

    /**
     * Syncs one kind of statistic fact, held by key: with keys, the facts of those keys ({@code one}); with null, every
     * fact the statistics ({@code all}) or the session hold.
     */
    private <T> void syncKeyed(java.util.Set<String> keys, java.util.function.Supplier<Map<String, T>> all,
            java.util.function.Function<String, T> one, Map<String, T> facts, Map<String, FactHandle> factHandles) {
        if (keys == null) {
            Map<String, T> now = all.get();
            java.util.Set<String> every = new java.util.HashSet<>(now.keySet());
            every.addAll(facts.keySet());
            every.forEach(key -> sync(key, now.get(key), facts, factHandles));
        } else {
            keys.stream().filter(java.util.Objects::nonNull).forEach(key -> sync(key, one.apply(key), facts, factHandles));
        }
    }

    private <T> void sync(String key, T fact, Map<String, T> facts, Map<String, FactHandle> factHandles) {
        T old = facts.get(key);
        if (java.util.Objects.equals(old, fact)) {
            return;
        }
        FactHandle h = factHandles.get(key);
        if (fact == null) {
            session.delete(h);
            facts.remove(key);
            factHandles.remove(key);
        } else if (h == null) {
            factHandles.put(key, session.insert(fact));
            facts.put(key, fact);
        } else {
            session.update(h, fact);
            facts.put(key, fact);
        }
    }

    /** @return the facts of an evaluation that hold this many initiatives (see {@link RuleEngine#firingLimit}) */
    private long facts(int initiatives) {
        return initiatives + 1L + reference.getMissions().size() + themes.size();
    }

    /** Makes an edit and fires the rules within the limits; if that fails, the session fails. */
    private void evaluate(long start, int initiatives, Runnable edit) {
        try {
            new FiringGuard(rules, facts(initiatives), timeout, start).run(session, edit);
        } catch (RuleFailureException e) {
            failure = e;
            lastGood = collector.findingsAsLastDrained();
            throw e;
        }
    }
}
