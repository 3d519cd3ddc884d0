package org.grassroots.planner.rules.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.rules.Findings;

/**
 * The rules of the shipped rule set (the eleven of the contract, and DATA-NO-TITLE-EN and
 * DATA-APPROVED-WITHOUT-DATES) written as one plain Java loop over the plan: the baseline that the
 * benchmark measures Drools against, and the second opinion of the differential test. It makes the
 * same findings as the shipped DRL files (same rule, severity, subject and facts), through the same
 * {@link Findings} factories, in no particular order and without duplicates.
 */
public final class HandWrittenChecks {
    private HandWrittenChecks() {
    }

    /**
     * @param outreachStates the outreach states, where no Japanese mission sits (the rules' global
     *            {@code outreachStates})
     */
    public static List<Finding> check(Collection<Initiative> plan, FiscalYearReference ref, Collection<Theme> themes,
            Set<String> outreachStates) {
        Set<String> known = new HashSet<>();
        for (Theme t : themes) {
            known.add(t.getCode());
        }
        Map<String, Mission> missions = new HashMap<>();
        for (Mission m : ref.getMissions()) {
            missions.putIfAbsent(m.getCode(), m);
        }
        Set<String> priorityThemes = ref.getPriorityThemes();
        Set<String> priorityStates = ref.getPriorityStates();
        LocalDate start = ref.getStart();
        LocalDate end = ref.getEnd();
        Set<String> uncovered = new HashSet<>(priorityStates);
        Map<String, long[]> missionTotals = new HashMap<>();
        long total = 0;
        long active = 0;
        long reaching = 0;
        Set<Finding> out = new LinkedHashSet<>();
        for (Initiative i : plan) {
            if (i.getFiscalYear() != ref.getFiscalYear() || i.getStatus() == Status.CANCELLED) {
                continue;
            }
            List<String> iThemes = i.getThemes();
            List<String> iStates = i.getStates();
            active++;
            boolean reaches = iStates.contains("US") || !noneIn(iStates, priorityStates) || !noneIn(iStates, outreachStates);
            if (reaches) {
                reaching++;
            }
            if (noneIn(iThemes, priorityThemes)) {
                out.add(Findings.initiative("AP2-NO-PRIORITY-THEME", Severity.ERROR, i, "themes", iThemes,
                        "priority_themes", priorityThemes));
            }
            for (String theme : iThemes) {
                if (!known.contains(theme)) {
                    out.add(Findings.initiative("AP2-UNKNOWN-THEME", Severity.WARNING, i, "theme", theme, "themes",
                            iThemes));
                }
            }
            if (i.getPartners().isEmpty()) {
                out.add(Findings.initiative("AP2-NO-PARTNER", Severity.INFO, i, "partners", i.getPartners(), "kind",
                        i.getKind().code()));
            }
            if (!iStates.isEmpty() && !reaches) {
                out.add(Findings.initiative("REGION-OUTSIDE-PRIORITY", Severity.WARNING, i, "states", iStates,
                        "priority_states", priorityStates));
            }
            Mission mission = missions.get(i.getMission());
            if (mission != null) {
                for (String state : iStates) {
                    if (!"US".equals(state) && !mission.getStates().contains(state)) {
                        out.add(Findings.initiativeState("REGION-OUTSIDE-JURISDICTION", Severity.ERROR, i, state,
                                "jurisdiction", mission.getStates()));
                    }
                }
            }
            Long budget = i.getBudgetJpy();
            if (budget != null) {
                total += budget;
                missionTotals.computeIfAbsent(i.getMission(), m -> new long[1])[0] += budget;
            }
            if (budget == null || budget <= 0) {
                out.add(Findings.initiative("DATA-NO-BUDGET", Severity.WARNING, i, "budget_jpy", budget));
            }
            LocalDate from = i.getStartDate();
            LocalDate to = i.getEndDate();
            if ((from != null && to != null && to.isBefore(from)) || outside(from, start, end) || outside(to, start, end)) {
                out.add(Findings.initiative("DATA-INVALID-DATES", Severity.ERROR, i, "start_date",
                        Objects.toString(from, null), "end_date", Objects.toString(to, null), "fiscal_year_start",
                        start.toString(), "fiscal_year_end", end.toString()));
            }
            if (!uncovered.isEmpty()) {
                uncovered.removeAll(iStates);
            }
            String titleEn = i.getTitleEn();
            if (titleEn == null || titleEn.isBlank()) {
                out.add(Findings.initiative("DATA-NO-TITLE-EN", Severity.INFO, i, "title_ja", i.getTitleJa()));
            }
            if ((i.getStatus() == Status.APPROVED || i.getStatus() == Status.DONE) && (from == null || to == null)) {
                out.add(Findings.initiative("DATA-APPROVED-WITHOUT-DATES", Severity.WARNING, i, "status",
                        i.getStatus().code(), "start_date", Objects.toString(from, null), "end_date", Objects.toString(to, null)));
            }
        }
        if (total > ref.getBudgetCapJpy()) {
            out.add(Findings.year("BUDGET-OVER-CAP", Severity.ERROR, "fiscal_year", ref.getFiscalYear(), "total_jpy",
                    total, "cap_jpy", ref.getBudgetCapJpy()));
        }
        if (active > 0 && reaching < active * ref.getPriorityShareMin()) {
            out.add(Findings.year("REGION-PRIORITY-SHARE", Severity.WARNING, "fiscal_year", ref.getFiscalYear(), "reaching",
                    reaching, "initiatives", active, "priority_share_min", ref.getPriorityShareMin()));
        }
        for (Mission m : ref.getMissions()) {
            long[] sum = missionTotals.get(m.getCode());
            if (sum != null && sum[0] > ref.getMissionShareCapJpy()) {
                out.add(Findings.mission("BUDGET-MISSION-SHARE", Severity.WARNING, m.getCode(), "total_jpy", sum[0],
                        "share_cap_jpy", ref.getMissionShareCapJpy(), "mission_share_max", ref.getMissionShareMax(),
                        "cap_jpy", ref.getBudgetCapJpy()));
            }
        }
        for (String state : uncovered) {
            List<String> missionsOfState = new ArrayList<>();
            for (Mission m : ref.getMissions()) {
                if (m.getStates().contains(state)) {
                    missionsOfState.add(m.getCode());
                }
            }
            out.add(Findings.state("COVERAGE-UNCOVERED-STATE", Severity.INFO, state, "fiscal_year", ref.getFiscalYear(),
                    "missions", missionsOfState));
        }
        return new ArrayList<>(out);
    }

    private static boolean noneIn(List<String> values, Set<String> set) {
        for (String v : values) {
            if (set.contains(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean outside(LocalDate date, LocalDate start, LocalDate end) {
        return date != null && (date.isBefore(start) || date.isAfter(end));
    }
}
