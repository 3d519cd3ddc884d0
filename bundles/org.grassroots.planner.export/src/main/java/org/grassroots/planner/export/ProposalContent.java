package org.grassroots.planner.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.PlanDiff;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;

/**
 * What the proposal documents of one fiscal year (and optionally one mission) say: the initiatives,
 * their findings with explanations and justifications, the totals and the years before. Every
 * format (XLSX, HTML, PDF) is written from one of these, so they agree with each other.
 */
public final class ProposalContent {
    /**
     * A key (mission, kind, theme or state code) with its initiatives and budget (non-cancelled only). Every
     * budget total of the documents saturates at {@link Long#MAX_VALUE} instead of wrapping to a negative
     * value ({@link Budgets}).
     */
    public record Total(String key, int initiatives, long budgetJpy) {
    }

    /** What a comparison of the Changes section compares the plan with. */
    public enum Basis {
        /** the last proposed snapshot of the year and mission */
        LAST_PROPOSAL,
        /** the previous fiscal year of the plan */
        PREVIOUS_YEAR
    }

    /** Why a comparison has nothing to compare with. */
    public enum Missing {
        /** the mission's plan of the year was never proposed */
        NOT_PROPOSED,
        /** the documents are of the whole year; proposals are made per mission */
        WHOLE_YEAR,
        /** the plan was not read from the store (a plan file): its proposals are not known */
        NOT_KNOWN,
        /** the plan has no initiative of the previous year (of the mission) */
        NO_PREVIOUS_YEAR
    }

    /**
     * One comparison of the Changes section: the plan against the last proposal or the previous year,
     * with the diff, or without one and the reason ({@code diff} and {@code missing}: exactly one is null).
     *
     * @param proposedOn the day of the last proposal ({@link Basis#LAST_PROPOSAL} with a diff), else null
     * @param initiativesAfter the plan's initiatives that are not cancelled
     */
    public record Comparison(Basis basis, LocalDate proposedOn, PlanDiff diff, Missing missing, int initiativesAfter) {
        /** @return the initiatives (not cancelled) of the plan compared with */
        public int initiativesBefore() {
            return diff == null ? 0 : initiativesAfter - diff.added().size() + diff.dropped().size();
        }
    }

    private final int fiscalYear;
    private final String mission;
    private final FiscalYearReference reference;
    private final ReferenceData data;
    private final org.grassroots.planner.model.Names names;
    private final List<Initiative> initiatives;
    private final long yearBudgetJpy;
    private final List<ExplainedFinding> findings;
    private final List<YearBudget> years;
    private final Instant generatedAt;
    private final String proposalStatus;
    private final String proposalComment;
    private final Comparison sinceProposal;
    private final Comparison sinceYear;

    private ProposalContent(Builder b) {
        this.fiscalYear = b.fiscalYear;
        this.mission = b.mission;
        this.reference = b.reference;
        this.data = b.data;
        this.names = b.names;
        this.initiatives = b.initiatives;
        this.yearBudgetJpy = b.yearBudgetJpy;
        this.findings = b.findings;
        this.years = b.years;
        this.generatedAt = b.generatedAt;
        this.proposalStatus = b.proposalStatus;
        this.proposalComment = b.proposalComment;
        this.sinceProposal = b.sinceProposal;
        this.sinceYear = b.sinceYear;
    }

    /**
     * Checks the plan's fiscal year with the rules and gathers what the documents show.
     *
     * @param plan every initiative known (all years: the other years give the comparison)
     * @param mission a mission code, or null for the whole year
     * @param names the names of the codes the findings' messages and the documents hold (the planning service's)
     * @param justifications by {@link FindingKeys#of finding key}; may be empty
     * @param generatedAt the one timestamp the documents carry
     */
    public static ProposalContent prepare(RuleSet rules, Collection<Initiative> plan, int fiscalYear, String mission,
            FiscalYearReference reference, org.grassroots.planner.model.Names names, Map<String, String> justifications,
            Instant generatedAt) {
        ReferenceData data = ReferenceData.shipped();
        List<Initiative> year = plan.stream().filter(i -> i.getFiscalYear() == fiscalYear).toList();
        List<Finding> found = RuleEngine.check(rules, year, reference, data.themes(), data.outreachStates());
        Builder b = new Builder();
        b.fiscalYear = fiscalYear;
        b.mission = mission;
        b.reference = reference;
        b.data = data;
        b.names = Objects.requireNonNull(names, "names");
        b.initiatives = year.stream().filter(i -> mission == null || mission.equals(i.getMission()))
                .sorted(Comparator.comparing(Initiative::getId)).toList();
        b.yearBudgetJpy = budget(year);
        java.util.Set<String> ids = new java.util.HashSet<>();
        b.initiatives.forEach(i -> ids.add(i.getId()));
        Mission m = mission == null ? null : reference.mission(mission);
        List<ExplainedFinding> explained = new ArrayList<>();
        for (Finding f : found) {
            if (mission != null && !concerns(f, ids, mission, m)) {
                continue;
            }
            String key = FindingKeys.of(f);
            explained.add(new ExplainedFinding(f, key, rules.messages().format(f, names, java.util.Locale.ENGLISH),
                    rules.messages().format(f, names, java.util.Locale.JAPANESE), justifications.get(key)));
        }
        b.findings = List.copyOf(explained);
        b.years = years(plan, fiscalYear, mission, data);
        b.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        int active = (int) b.initiatives.stream().filter(i -> !i.isCancelled()).count();
        // the last proposal is known only from the store: see withLastProposal and withoutProposal
        b.sinceProposal = new Comparison(Basis.LAST_PROPOSAL, null, null,
                mission == null ? Missing.WHOLE_YEAR : Missing.NOT_KNOWN, active);
        List<Initiative> previous = plan.stream()
                .filter(i -> i.getFiscalYear() == fiscalYear - 1 && (mission == null || mission.equals(i.getMission())))
                .toList();
        b.sinceYear = previous.isEmpty() ? new Comparison(Basis.PREVIOUS_YEAR, null, null, Missing.NO_PREVIOUS_YEAR, active)
                : new Comparison(Basis.PREVIOUS_YEAR, null, PlanDiff.sincePreviousYear(previous, b.initiatives), null, active);
        return b.build();
    }

    /**
     * @return whether the finding belongs to the proposal of this mission: it is about one of the
     *         mission's initiatives ({@code ids}), about the mission, or about a state of its jurisdiction. A
     *         finding about the year as a whole (the national cap, the year's mix) is the year's, for the task force
     *         to weigh, not one mission's to justify: it is in the whole year's documents, not a mission's
     */
    public static boolean concerns(Finding f, java.util.Set<String> ids, String mission, Mission m) {
        if (f.getInitiative() != null) {
            return ids.contains(f.getInitiative());
        }
        if (f.getMission() != null) {
            return f.getMission().equals(mission);
        }
        if (f.getState() != null) {
            return m != null && m.getStates().contains(f.getState());
        }
        return false; // the year as a whole: the task force's, not one mission's
    }

    private static List<YearBudget> years(Collection<Initiative> plan, int fiscalYear, String mission, ReferenceData data) {
        TreeMap<Integer, List<Initiative>> byYear = new TreeMap<>();
        for (Initiative i : plan) {
            if (i.getFiscalYear() <= fiscalYear && (mission == null || mission.equals(i.getMission()))) {
                byYear.computeIfAbsent(i.getFiscalYear(), y -> new ArrayList<>()).add(i);
            }
        }
        TreeMap<Integer, Figure> sourced = new TreeMap<>();
        if (mission == null) { // the sourced budgets are the whole programme's
            for (Figure f : data.figures()) {
                if (Figure.BUDGET_JPY.equals(f.measure()) && f.year() <= fiscalYear) {
                    sourced.put(f.year(), f);
                }
            }
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(byYear.keySet());
        all.addAll(sourced.keySet());
        all.add(fiscalYear);
        List<YearBudget> out = new ArrayList<>();
        for (int y : all) {
            List<Initiative> is = byYear.get(y);
            Figure f = sourced.get(y);
            out.add(new YearBudget(y, is == null ? null : budget(is),
                    is == null ? 0 : (int) is.stream().filter(i -> !i.isCancelled()).count(),
                    f == null ? null : f.value(), f != null && f.approximate(), f == null ? null : f.source(),
                    f == null ? null : f.sourceJa()));
        }
        return List.copyOf(out);
    }

    /** @return the budgets of the initiatives that are not cancelled, saturated instead of wrapping ({@link Budgets}) */
    private static long budget(Collection<Initiative> is) {
        return Budgets.total(is.stream().filter(i -> !i.isCancelled()).toList());
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    /** @return the mission code, or null for the whole year */
    public String mission() {
        return mission;
    }

    public FiscalYearReference reference() {
        return reference;
    }

    public ReferenceData data() {
        return data;
    }

    /** @return the names of the codes the documents show (missions, states, themes, kinds …), the planning service's */
    public org.grassroots.planner.model.Names names() {
        return names;
    }

    /** @return the initiatives of the year (and mission), cancelled ones included, by id */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    public List<ExplainedFinding> findings() {
        return findings;
    }

    /** @return the proposal's year and those before it, oldest first */
    public List<YearBudget> years() {
        return years;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    /** @return the workflow state of the proposal (draft, proposed …), or null when not known */
    public String proposalStatus() {
        return proposalStatus;
    }

    public String proposalComment() {
        return proposalComment;
    }

    /** @return a copy that shows the proposal's workflow state and comment */
    public ProposalContent withProposal(String status, String comment) {
        Builder b = copy();
        b.proposalStatus = status;
        b.proposalComment = comment;
        return b.build();
    }

    /**
     * @return a copy whose Changes section compares the mission's initiatives with the last proposed
     *         snapshot of the year (matched by id)
     * @throws IllegalStateException for the documents of the whole year: proposals are per mission
     */
    public ProposalContent withLastProposal(LocalDate proposedOn, Collection<Initiative> snapshot) {
        if (mission == null) {
            throw new IllegalStateException("a proposal is of one mission; these documents are of the whole year");
        }
        Builder b = copy();
        b.sinceProposal = new Comparison(Basis.LAST_PROPOSAL, Objects.requireNonNull(proposedOn, "proposedOn"),
                PlanDiff.sinceSnapshot(snapshot, initiatives), null, activeInitiatives());
        return b.build();
    }

    /** @return a copy whose Changes section says that the mission's plan of the year was never proposed */
    public ProposalContent withoutProposal() {
        if (mission == null) {
            return this;
        }
        Builder b = copy();
        b.sinceProposal = new Comparison(Basis.LAST_PROPOSAL, null, null, Missing.NOT_PROPOSED, activeInitiatives());
        return b.build();
    }

    /** @return the comparisons of the Changes section: since the last proposal, since the previous year */
    public List<Comparison> comparisons() {
        return List.of(sinceProposal, sinceYear);
    }

    private Builder copy() {
        Builder b = new Builder();
        b.fiscalYear = fiscalYear;
        b.mission = mission;
        b.reference = reference;
        b.data = data;
        b.names = names;
        b.initiatives = initiatives;
        b.yearBudgetJpy = yearBudgetJpy;
        b.findings = findings;
        b.years = years;
        b.generatedAt = generatedAt;
        b.proposalStatus = proposalStatus;
        b.proposalComment = proposalComment;
        b.sinceProposal = sinceProposal;
        b.sinceYear = sinceYear;
        return b;
    }

    /** @return the budget of the documents' initiatives that are not cancelled */
    public long plannedJpy() {
        return budget(initiatives);
    }

    /** @return the budget of the whole year (every mission), which the cap limits */
    public long yearBudgetJpy() {
        return yearBudgetJpy;
    }

    /** @return the cap that applies: the year's, or the mission's share of it */
    public long capJpy() {
        return mission == null ? reference.getBudgetCapJpy() : reference.getMissionShareCapJpy();
    }

    /** @return the cap less the planned budget (negative when over the cap), saturated instead of wrapping */
    public long remainingJpy() {
        return Budgets.subtract(capJpy(), plannedJpy());
    }

    public int activeInitiatives() {
        return (int) initiatives.stream().filter(i -> !i.isCancelled()).count();
    }

    public List<Total> byMission() {
        Map<String, long[]> t = new TreeMap<>();
        for (Initiative i : initiatives) {
            add(t, i.getMission(), i);
        }
        return totals(t);
    }

    public List<Total> byKind() {
        Map<String, long[]> t = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            t.put(k.code(), new long[2]);
        }
        for (Initiative i : initiatives) {
            add(t, i.getKind().code(), i);
        }
        t.values().removeIf(v -> v[0] == 0);
        return totals(t);
    }

    /** An initiative counts under each of its themes: these totals overlap. */
    public List<Total> byTheme() {
        Map<String, long[]> t = new LinkedHashMap<>();
        for (Theme th : data.themes()) {
            t.put(th.getCode(), new long[2]);
        }
        for (Initiative i : initiatives) {
            for (String theme : i.getThemes()) {
                add(t, theme, i);
            }
        }
        t.values().removeIf(v -> v[0] == 0);
        return totals(t);
    }

    /** Budget per target state; an initiative's budget is split evenly over its states ({@code US} included). */
    public Map<String, long[]> byState() {
        Map<String, long[]> t = new TreeMap<>();
        for (Initiative i : initiatives) {
            if (i.isCancelled() || i.getStates().isEmpty()) {
                continue;
            }
            long share = i.getBudgetJpy() == null ? 0 : i.getBudgetJpy() / i.getStates().size();
            for (String s : i.getStates()) {
                long[] v = t.computeIfAbsent(s, k -> new long[2]);
                v[0]++;
                v[1] = Budgets.add(v[1], share);
            }
        }
        return t;
    }

    public Map<Severity, Long> findingCounts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, findings.stream().filter(f -> f.finding().getSeverity() == s).count());
        }
        return counts;
    }

    /** @return per rule (in report order) its severity and number of findings */
    public Map<String, Object[]> findingsByRule() {
        Map<String, Object[]> out = new LinkedHashMap<>();
        for (ExplainedFinding f : findings) {
            Object[] v = out.computeIfAbsent(f.finding().getRule(), r -> new Object[] { f.finding().getSeverity(), 0 });
            v[1] = (Integer) v[1] + 1;
        }
        return out;
    }

    /** @return the worst finding's severity per initiative id */
    public Map<String, Severity> worstByInitiative() {
        Map<String, Severity> out = new java.util.HashMap<>();
        for (ExplainedFinding f : findings) {
            String id = f.finding().getInitiative();
            if (id != null) {
                out.merge(id, f.finding().getSeverity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        return out;
    }

    private static void add(Map<String, long[]> t, String key, Initiative i) {
        if (i.isCancelled()) {
            return;
        }
        long[] v = t.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] = Budgets.add(v[1], Budgets.of(i));
    }

    private static List<Total> totals(Map<String, long[]> t) {
        List<Total> out = new ArrayList<>();
        t.forEach((k, v) -> out.add(new Total(k, (int) v[0], v[1])));
        return List.copyOf(out);
    }

    private static final class Builder {
        int fiscalYear;
        String mission;
        FiscalYearReference reference;
        ReferenceData data;
        org.grassroots.planner.model.Names names;
        List<Initiative> initiatives;
        long yearBudgetJpy;
        List<ExplainedFinding> findings;
        List<YearBudget> years;
        Instant generatedAt;
        String proposalStatus;
        String proposalComment;
        Comparison sinceProposal;
        Comparison sinceYear;

        ProposalContent build() {
            return new ProposalContent(this);
        }
    }
}
