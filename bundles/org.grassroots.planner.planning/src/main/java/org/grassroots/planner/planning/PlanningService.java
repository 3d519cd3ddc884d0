package org.grassroots.planner.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.grassroots.planner.export.ProposalContent;
import org.grassroots.planner.export.ResultsContent;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.PlanDiff;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.reference.ReferenceResolver;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.store.ErrorFinding;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.Proposal;
import org.grassroots.planner.store.ProposalRefusedException;
import org.grassroots.planner.store.Snapshot;

/**
 * The application's decisions, headless, for the workbench and every command alike: which reference
 * a fiscal year is checked against, the findings of a year, the proposal workflow (propose with
 * justifications, approve, return, what changed) and the content of the documents. Views and
 * commands ask here and show the answer; none of them decides on its own.
 * <p>
 * A service works on one store (or on none, for a plan file); it does not own the store.
 */
public final class PlanningService {
    private final PlanStore store;
    private final ReferenceData shipped = ReferenceData.shipped();

    private PlanningService(PlanStore store) {
        this.store = store;
    }

    /** @return the service on this store's plans, references and proposals */
    public static PlanningService on(PlanStore store) {
        return new PlanningService(java.util.Objects.requireNonNull(store, "store"));
    }

    /** @return the service without a store: plan files and the shipped references */
    public static PlanningService withoutStore() {
        return new PlanningService(null);
    }

    /** @return the store, if this service has one */
    public Optional<PlanStore> store() {
        return Optional.ofNullable(store);
    }

    // ---- references ------------------------------------------------------------------------------

    /**
     * The reference a fiscal year is checked against (the contract's order): the file given, the
     * store's for the year, the shipped one for the year, else the newest earlier one carried over.
     *
     * @param file a reference file given for this check, or null
     * @throws NoReferenceException if the file is another year's, or there is no reference at all
     */
    public ReferenceResolution reference(int fiscalYear, FiscalYearReference file) throws NoReferenceException {
        return new ReferenceResolver(shipped, storedReferences()).resolve(fiscalYear, file);
    }

    /** @return the reference of the year, or null (with no reference at all for it or before it) */
    public ReferenceResolution referenceOrNull(int fiscalYear) {
        try {
            return reference(fiscalYear, null);
        } catch (NoReferenceException e) {
            return null;
        }
    }

    /**
     * The names a finding's message writes for the codes it holds (missions, states, themes, kinds, formats,
     * statuses), from this reference's missions, the shipped states and the theme catalogue the checks use: the
     * workbench, the commands and the documents all take their words from here.
     *
     * @param reference the year's reference, or null for the shipped missions only
     */
    public org.grassroots.planner.model.Names names(FiscalYearReference reference) {
        return new org.grassroots.planner.reference.ReferenceNames(reference, shipped);
    }

    /** @return the names of the codes of a resolved reference's year (null: the shipped missions only) */
    public org.grassroots.planner.model.Names names(ReferenceResolution reference) {
        return names(reference == null ? null : reference.reference());
    }

    private ReferenceResolver.StoredReferences storedReferences() {
        if (store == null) {
            return ReferenceResolver.StoredReferences.NONE;
        }
        return new ReferenceResolver.StoredReferences() {
            @Override
            public Optional<FiscalYearReference> reference(int fiscalYear) {
                return store.reference(fiscalYear);
            }

            @Override
            public SortedSet<Integer> years() {
                return store.referenceYears();
            }
        };
    }

    // ---- checking --------------------------------------------------------------------------------

    /**
     * Checks the initiatives of the reference's fiscal year against the rules.
     *
     * @param plan initiatives of any years: only those of the reference's year are checked
     */
    public YearCheck check(RuleSet rules, Collection<Initiative> plan, ReferenceResolution reference) {
        return check(rules, plan, reference, RuleEngine.DEFAULT_TIMEOUT);
    }

    /**
     * Checks the initiatives of the reference's fiscal year against the rules, within this time.
     *
     * @throws org.grassroots.planner.rules.RuleFailureException if the rules could not finish (a rule threw,
     *             looped past the firing limit, or ran out of time): there are no findings to trust
     */
    public YearCheck check(RuleSet rules, Collection<Initiative> plan, ReferenceResolution reference,
            java.time.Duration timeout) {
        int year = reference.fiscalYear();
        List<Initiative> ofYear = plan.stream().filter(i -> i.getFiscalYear() == year).toList();
        // the judgements that look back see the years before, as far as the plan holds them
        List<Finding> findings = RuleEngine.check(rules, checked(plan, year), reference.reference(), shipped.themes(),
                shipped.outreachStates(), timeout);
        return new YearCheck(year, reference, ofYear, findings);
    }

    /** How many fiscal years before the one checked a check holds for the judgements that look back. */
    public static final int HISTORY_YEARS = 3;

    /** @return whether a check of the fiscal year {@code checked} holds initiatives of {@code year} as its history */
    public static boolean isHistoryOf(int checked, int year) {
        return year < checked && year >= checked - HISTORY_YEARS;
    }

    /** @return the plan's initiatives a check of this fiscal year holds: the year's own and its history's */
    static List<Initiative> checked(Collection<Initiative> plan, int fiscalYear) {
        return plan.stream().filter(i -> i.getFiscalYear() == fiscalYear || isHistoryOf(fiscalYear, i.getFiscalYear()))
                .collect(java.util.stream.Collectors.toList());
    }

    /** Checks a fiscal year of the store against its reference, with the years before it that the store holds. */
    public YearCheck check(RuleSet rules, int fiscalYear) throws NoReferenceException {
        return check(rules, withHistory(fiscalYear), reference(fiscalYear, null));
    }

    /**
     * @return the store's initiatives of this fiscal year and of the {@link #HISTORY_YEARS} before it (the judgements
     *         that look back need them; only the year's own are checked)
     */
    public List<Initiative> withHistory(int fiscalYear) {
        List<Initiative> out = new java.util.ArrayList<>(history(fiscalYear));
        out.addAll(requireStore().initiatives(fiscalYear));
        return out;
    }

    /**
     * @return the store's initiatives of the {@link #HISTORY_YEARS} before this fiscal year: what a check of the year
     *         holds beside the year's own (the command line's, the workbench's live session, a proposal's), so that
     *         the judgements that look back see the store's history rather than saying it was not held
     */
    public List<Initiative> history(int fiscalYear) {
        PlanStore s = requireStore();
        List<Initiative> out = new java.util.ArrayList<>();
        for (int y = fiscalYear - HISTORY_YEARS; y < fiscalYear; y++) {
            out.addAll(s.initiatives(y));
        }
        return out;
    }

    // ---- what-if scenarios -----------------------------------------------------------------------

    /**
     * Compares the year with a scenario: the plan and the scenario's changed plan, each checked against its reference
     * exactly as {@link #check} checks a plan (the scenario's changed reference in a check of its own).
     *
     * @param plan initiatives of any years (only the reference's year is checked)
     * @throws IllegalArgumentException if the scenario changes an initiative the plan does not have
     */
    public ScenarioComparison whatIf(RuleSet rules, List<Initiative> plan, ReferenceResolution reference, Scenario scenario,
            java.time.Duration timeout) {
        Scenario.Applied applied = scenario.applyTo(plan, reference.reference());
        YearCheck base = check(rules, plan, reference, timeout);
        YearCheck changed = check(rules, applied.plan(), ScenarioSessions.changed(reference, applied), timeout);
        return ScenarioComparison.of(scenario, base, changed, applied.changed());
    }

    /**
     * Opens incremental sessions over the year's plan for comparing several scenarios in turn (the workbench's
     * side-by-side view): see {@link ScenarioSessions}.
     */
    public ScenarioSessions scenarioSessions(RuleSet rules, List<Initiative> plan, ReferenceResolution reference) {
        return new ScenarioSessions(rules, plan, reference, RuleEngine.DEFAULT_TIMEOUT);
    }

    /** Keeps a scenario of the year in the store (replacing one of its name), open, for the team to see. */
    public org.grassroots.planner.store.ScenarioStore.StoredScenario saveScenario(int fiscalYear, Scenario scenario) {
        return requireStore().scenarios().save(fiscalYear, scenario.name(), ScenarioJson.write(scenario));
    }

    /** @return the scenarios of the year kept in the store, each read back from its file's text, by name */
    public Map<String, Scenario> scenarios(int fiscalYear) {
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (org.grassroots.planner.store.ScenarioStore.StoredScenario s : requireStore().scenarios().list(fiscalYear)) {
            if (s.state() == org.grassroots.planner.store.ScenarioStore.State.OPEN) {
                out.put(s.name(), ScenarioJson.read(s.content(), "scenario " + s.name()));
            }
        }
        return out;
    }

    /** Discards an open scenario of the year: the plan stays as it is. */
    public void discardScenario(int fiscalYear, String name) {
        requireStore().scenarios().discard(fiscalYear, name);
    }

    /**
     * Applies an open scenario of the year to the store as one change: the initiatives it changes (expected at the
     * versions read here, so that a change by another planner meanwhile is a conflict), its reference when it changes
     * it, the scenario marked applied and its audit entry; all or nothing.
     *
     * @return a one-line summary of what was changed (kept as the audit entry)
     * @throws NoReferenceException if the year has no reference
     * @throws org.grassroots.planner.store.StoreException if the scenario is not open, or the store refuses (a role,
     *             a conflict): nothing written
     */
    public String applyScenario(int fiscalYear, String name) throws NoReferenceException {
        PlanStore s = requireStore();
        org.grassroots.planner.store.ScenarioStore.StoredScenario stored = s.scenarios().get(fiscalYear, name)
                .orElseThrow(() -> new org.grassroots.planner.store.StoreException("FY" + fiscalYear + " has no scenario named \""
                        + name + "\"", null));
        Scenario scenario = ScenarioJson.read(stored.content(), "scenario " + name);
        List<Initiative> plan = new ArrayList<>(s.initiatives(fiscalYear));
        java.util.Set<String> inYear = new java.util.HashSet<>();
        plan.forEach(i -> inYear.add(i.getId()));
        List<String> elsewhere = scenario.initiatives().stream().map(Scenario.Change::id).filter(id -> !inYear.contains(id)).toList();
        plan.addAll(s.initiatives(elsewhere));
        ReferenceResolution reference = reference(fiscalYear, null);
        Scenario.Applied applied = scenario.applyTo(plan, reference.reference());
        List<Initiative> saved = applied.plan().stream().filter(i -> applied.changed().contains(i.getId())).toList();
        Map<String, Long> expected = new java.util.HashMap<>();
        for (Initiative i : saved) {
            Long v = s.seenVersion(i.getId());
            expected.put(i.getId(), v == null ? 0L : v);
        }
        String summary = summary(scenario, applied, reference.reference());
        s.scenarios().apply(fiscalYear, name, saved, expected, scenario.reference().isEmpty() ? null : applied.reference(), summary);
        return summary;
    }

    private static String summary(Scenario scenario, Scenario.Applied applied, FiscalYearReference before) {
        StringBuilder out = new StringBuilder();
        out.append(applied.changed().size()).append(applied.changed().size() == 1 ? " initiative changed" : " initiatives changed");
        if (!applied.changed().isEmpty()) {
            out.append(" (").append(String.join(", ", applied.changed().stream().limit(20).toList()))
                    .append(applied.changed().size() > 20 ? ", …" : "").append(")");
        }
        FiscalYearReference after = applied.reference();
        if (after.getBudgetCapJpy() != before.getBudgetCapJpy()) {
            out.append("; budget_cap_jpy ").append(before.getBudgetCapJpy()).append(" -> ").append(after.getBudgetCapJpy());
        }
        if (after.getMissionShareMax() != before.getMissionShareMax()) {
            out.append("; mission_share_max ").append(before.getMissionShareMax()).append(" -> ").append(after.getMissionShareMax());
        }
        if (!after.getPriorityStates().equals(before.getPriorityStates())) {
            out.append("; priority_states ").append(new java.util.TreeSet<>(before.getPriorityStates())).append(" -> ")
                    .append(new java.util.TreeSet<>(after.getPriorityStates()));
        }
        if (!after.getPriorityThemes().equals(before.getPriorityThemes())) {
            out.append("; priority_themes changed");
        }
        if (after.getPriorityShareMin() != before.getPriorityShareMin()) {
            out.append("; priority_share_min ").append(before.getPriorityShareMin()).append(" -> ").append(after.getPriorityShareMin());
        }
        return out.toString();
    }

    // ---- importing a plan ------------------------------------------------------------------------

    /**
     * Stores a plan read from a file, all or nothing, for the command line and the workbench alike: new ids
     * are added, changed ones updated. A file whose rows carry a {@code version} (exported from a database)
     * is refused whole when a row's version is older than the database's; the others are saved expecting
     * the database's version, so a change saved meanwhile is a conflict, not overwritten.
     *
     * @param progress told how many initiatives were written so far (see {@link PlanStore#save(java.util.Collection,
     *            java.util.function.IntConsumer)})
     * @throws OlderVersionsException naming each row older than the database's; nothing stored
     * @throws org.grassroots.planner.store.StoreException when the store refuses (a role, a conflict); nothing stored
     */
    public org.grassroots.planner.store.SaveResult importPlan(org.grassroots.planner.importer.ImportedPlan plan,
            java.util.function.IntConsumer progress) {
        PlanStore s = requireStore();
        if (plan.versions().isEmpty()) {
            return s.save(plan.initiatives(), progress);
        }
        Map<String, Long> stored = s.versions(plan.versions().keySet());
        Map<String, Long> expected = new java.util.HashMap<>();
        List<String> older = new java.util.ArrayList<>();
        for (Initiative i : plan.initiatives()) {
            Long given = plan.versions().get(i.getId());
            Long now = stored.get(i.getId());
            if (given == null || now == null) {
                continue;
            }
            if (given < now) {
                older.add(plan.file() + ":" + plan.lineOfId().get(i.getId()) + ": " + i.getId() + " has version " + given
                        + ", the database version " + now);
            } else {
                expected.put(i.getId(), now);
            }
        }
        if (!older.isEmpty()) {
            throw new OlderVersionsException(plan.file(), older);
        }
        return s.apply(plan.initiatives(), List.of(), expected);
    }

    // ---- the proposal workflow -------------------------------------------------------------------

    /**
     * @return what the user of the store may do (on a team's server its roles; on the embedded database every
     *         role): the one answer the workbench and the command line ask before offering or taking a step
     */
    public org.grassroots.planner.store.Access access() {
        return requireStore().access();
    }

    /** @return the audit trail of the fiscal year, oldest first (see {@link PlanStore#audit(int)}) */
    public List<org.grassroots.planner.store.HistoryEntry> audit(int fiscalYear) {
        return requireStore().audit(fiscalYear);
    }

    /**
     * @return every mission of the year's reference (or the shipped missions), with its proposal's state, its
     *         initiatives and budget (not cancelled), its error findings among {@code findings} (those of the
     *         year's check) and its last change; by mission code
     */
    public List<MissionOverview> overview(int fiscalYear, List<org.grassroots.planner.model.Finding> findings) {
        PlanStore s = requireStore();
        ReferenceResolution resolution = referenceOrNull(fiscalYear);
        List<org.grassroots.planner.model.Mission> missions = resolution != null ? resolution.reference().getMissions()
                : org.grassroots.planner.reference.ReferenceData.shipped().missions();
        Map<String, org.grassroots.planner.store.Total> totals = new java.util.HashMap<>();
        s.totalsByMission(fiscalYear).forEach(t -> totals.put(t.key(), t));
        Map<String, org.grassroots.planner.store.HistoryEntry> last = s.lastChanges(fiscalYear);
        Map<String, String> missionOf = new java.util.HashMap<>();
        s.initiatives(fiscalYear).forEach(i -> missionOf.put(i.getId(), i.getMission()));
        Map<String, Integer> errors = new java.util.HashMap<>();
        for (org.grassroots.planner.model.Finding f : findings) {
            if (f.getSeverity() != org.grassroots.planner.model.Severity.ERROR) {
                continue;
            }
            String mission = f.getMission() != null ? f.getMission() : missionOf.get(f.getInitiative());
            if (mission != null) {
                errors.merge(mission, 1, Integer::sum);
            }
        }
        List<MissionOverview> out = new java.util.ArrayList<>();
        for (org.grassroots.planner.model.Mission m : missions) {
            org.grassroots.planner.store.Total t = totals.get(m.getCode());
            org.grassroots.planner.store.HistoryEntry e = last.get(m.getCode());
            out.add(new MissionOverview(m.getCode(), s.proposals().get(fiscalYear, m.getCode()).state(),
                    t == null ? 0 : t.initiatives(), t == null ? 0 : t.budgetJpy(), errors.getOrDefault(m.getCode(), 0),
                    e == null ? null : e.when(), e == null ? null : e.who()));
        }
        out.sort(java.util.Comparator.comparing(MissionOverview::mission));
        return out;
    }

    /**
     * @return a hash of the rule set's files ({@code sha256:} and 64 hex digits): the rules a proposal was
     *         checked with, recorded beside it; the same files give the same hash wherever the folder is
     */
    public static String rulesHash(RuleSet rules) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(rules.folder())) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                digest.update(rules.folder().relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(java.nio.file.Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the rules to hash them: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Proposes the mission's plan of the year as the store has it: checks the whole year, and freezes the
     * mission's initiatives with a justification for each of its error findings. Nothing is stored
     * when one is missing.
     *
     * @param justifications by finding key ({@code RULE:SUBJECT})
     * @throws NoReferenceException when the year has no reference
     * @throws ProposalRefusedException when the proposal is not a draft or returned (nothing stored)
     * @throws IllegalArgumentException when the mission has no initiative in the year
     * @throws org.grassroots.planner.store.AccessRefusedException when the user is not a planner of the mission
     */
    public ProposalOutcome propose(RuleSet rules, int fiscalYear, String mission, Map<String, String> justifications)
            throws NoReferenceException {
        PlanStore s = requireStore();
        org.grassroots.planner.store.Access access = s.access();
        if (!access.plans(mission)) {
            throw org.grassroots.planner.store.AccessRefusedException.notPlannerOf(access, fiscalYear, mission);
        }
        List<Initiative> checked = withHistory(fiscalYear); // the same check as the workbench's and check --db
        List<Initiative> mine = checked.stream().filter(i -> i.getFiscalYear() == fiscalYear && i.getMission().equals(mission))
                .toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException(mission + " has no initiative in FY" + fiscalYear + "; nothing to propose");
        }
        ReferenceResolution reference = reference(fiscalYear, null);
        YearCheck check = check(rules, checked, reference);
        Map<String, ErrorFinding> errors = errorFindings(rules, check, mission);
        List<String> notErrors = justifications.keySet().stream().filter(k -> !errors.containsKey(k)).toList();
        Optional<Snapshot> previous = s.proposals().lastSnapshot(fiscalYear, mission);
        try {
            s.proposals().propose(fiscalYear, mission, mine, errors.values(), justifications, rulesHash(rules),
                    reference.describe());
        } catch (ProposalRefusedException e) {
            if (e.getUnjustified().isEmpty()) {
                throw e;
            }
            return new ProposalOutcome(fiscalYear, mission, reference, mine, errors, e.getUnjustified(), notErrors,
                    null, null);
        }
        return new ProposalOutcome(fiscalYear, mission, reference, mine, errors, List.of(), notErrors,
                previous.map(p -> PlanDiff.sinceSnapshot(p.initiatives(), mine)).orElse(null),
                PlanDiff.sincePreviousYear(s.initiativesOfMission(fiscalYear - 1, mission), mine));
    }

    /**
     * @return the error findings of the year's check that concern this mission's proposal, by finding key,
     *         each with its English explanation (findings of one key joined)
     */
    private static Map<String, ErrorFinding> errorFindings(RuleSet rules, YearCheck check, String mission) {
        Map<String, ErrorFinding> errors = new LinkedHashMap<>();
        for (Finding f : proposalErrors(check, mission)) {
            String key = org.grassroots.planner.export.FindingKeys.of(f);
            String message = rules.messages().format(f, check.names(), java.util.Locale.ENGLISH);
            errors.merge(key, new ErrorFinding(key, message),
                    (a, b) -> new ErrorFinding(a.key(), a.message() + " / " + b.message()));
        }
        return errors;
    }

    /**
     * @return the error findings of the year's check that a mission must justify to propose: those about its
     *         initiatives, about the mission or about a state of its jurisdiction (a finding about the year as a whole,
     *         such as the national cap, is the year's, not a mission's)
     */
    public static List<Finding> proposalErrors(YearCheck check, String mission) {
        Mission m = check.reference().reference().mission(mission);
        java.util.Set<String> ids = new java.util.HashSet<>();
        check.initiatives().stream().filter(i -> i.getMission().equals(mission)).forEach(i -> ids.add(i.getId()));
        return check.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
                .filter(f -> ProposalContent.concerns(f, ids, mission, m)).toList();
    }

    /** The reviewer approves the proposed plan (with an optional comment). */
    public Proposal approve(int fiscalYear, String mission, String comment) {
        return requireStore().proposals().approve(fiscalYear, mission, comment);
    }

    /** The reviewer returns the proposed plan with a comment (required). */
    public Proposal giveBack(int fiscalYear, String mission, String comment) {
        return requireStore().proposals().returnWithComment(fiscalYear, mission, comment);
    }

    /** @return the proposal's state and what changed since its last proposed snapshot and since the year before */
    public ProposalStatus status(int fiscalYear, String mission) {
        PlanStore s = requireStore();
        Proposal p = s.proposals().get(fiscalYear, mission);
        List<Initiative> mine = s.initiativesOfMission(fiscalYear, mission);
        Optional<Snapshot> last = s.proposals().lastSnapshot(fiscalYear, mission);
        return new ProposalStatus(p, mine, last.orElse(null),
                last.map(snap -> PlanDiff.sinceSnapshot(snap.initiatives(), mine)).orElse(null),
                PlanDiff.sincePreviousYear(s.initiativesOfMission(fiscalYear - 1, mission), mine));
    }

    // ---- documents -------------------------------------------------------------------------------

    /**
     * The content of the year's proposal documents from the store: the year checked against its reference,
     * the justifications kept with the last proposed snapshots (and those being written, which win), the
     * workflow state and what changed since the mission's last proposal.
     *
     * @param mission a mission code, or null for the whole year
     * @param writing justifications being written (the workbench's), by finding key; may be empty
     */
    public ProposalContent proposalDocument(RuleSet rules, int fiscalYear, String mission, Map<String, String> writing,
            Instant generatedAt) throws NoReferenceException {
        PlanStore s = requireStore();
        ReferenceResolution reference = reference(fiscalYear, null);
        List<Initiative> plan = new ArrayList<>();
        for (int y : s.fiscalYears()) {
            if (y <= fiscalYear) {
                plan.addAll(s.initiatives(y));
            }
        }
        Map<String, String> justifications = new LinkedHashMap<>();
        for (Mission m : shipped.missions()) {
            if (mission == null || m.getCode().equals(mission)) {
                s.proposals().lastSnapshot(fiscalYear, m.getCode()).ifPresent(snap -> snap.justifications()
                        .forEach((k, v) -> justifications.merge(k, v, (a, b) -> a + " / " + b)));
            }
        }
        justifications.putAll(writing);
        ProposalContent content = ProposalContent.prepare(rules, plan, fiscalYear, mission, reference.reference(),
                names(reference), justifications, generatedAt);
        if (mission == null) {
            return content;
        }
        Proposal p = s.proposals().get(fiscalYear, mission);
        Optional<Snapshot> last = s.proposals().lastSnapshot(fiscalYear, mission);
        content = content.withProposal(p.state().code(), p.comment());
        return last.isEmpty() ? content.withoutProposal()
                : content.withLastProposal(last.get().proposedAt().toLocalDate(), last.get().initiatives());
    }

    /**
     * The content of the year's proposal documents from a plan file (no proposals known).
     *
     * @param plan the file's initiatives, of any years (the year before gives the comparison)
     */
    public ProposalContent proposalDocument(RuleSet rules, Collection<Initiative> plan, int fiscalYear, String mission,
            FiscalYearReference referenceFile, Instant generatedAt) throws NoReferenceException {
        ReferenceResolution reference = reference(fiscalYear, referenceFile);
        return ProposalContent.prepare(rules, plan, fiscalYear, mission, reference.reference(), names(reference), Map.of(),
                generatedAt);
    }

    /**
     * The content of the year's results report from the store: the year's done initiatives with their results,
     * the years before for the counts since FY2017 and the states not reached, and the next year's reference
     * for the direction. A results report needs no reference of its own year (it reports what was done).
     */
    public ResultsContent resultsDocument(int fiscalYear, Instant generatedAt) {
        PlanStore s = requireStore();
        List<Initiative> plan = new ArrayList<>();
        for (int y : s.fiscalYears()) {
            if (y <= fiscalYear) {
                plan.addAll(s.initiatives(y));
            }
        }
        return ResultsContent.prepare(plan, fiscalYear, direction(fiscalYear + 1), generatedAt);
    }

    /** The content of the year's results report from a plan file (initiatives of any years). */
    public ResultsContent resultsDocument(Collection<Initiative> plan, int fiscalYear, Instant generatedAt) {
        return ResultsContent.prepare(plan, fiscalYear, direction(fiscalYear + 1), generatedAt);
    }

    /** @return the next year's direction: its reference as a check of that year would use it, or none */
    private ResultsContent.Direction direction(int nextYear) {
        ReferenceResolution r = referenceOrNull(nextYear);
        return r == null ? null : new ResultsContent.Direction(nextYear, r.reference(), r.source().code(),
                r.fromFiscalYear(), r.fromSource() == null ? null : r.fromSource().code());
    }

    private PlanStore requireStore() {
        if (store == null) {
            throw new IllegalStateException("this planning service has no store");
        }
        return store;
    }
}
