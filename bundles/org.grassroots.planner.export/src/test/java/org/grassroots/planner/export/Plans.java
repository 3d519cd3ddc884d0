package org.grassroots.planner.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.rules.ShippedRules;

/** A constructed plan with known totals, and the shipped rules compiled once. */
final class Plans {
    static final Instant AT = Instant.parse("2026-11-28T09:00:00Z");
    private static RuleSet rules;

    private Plans() {
    }

    static synchronized RuleSet rules() throws RuleSetException {
        if (rules == null) {
            rules = RuleEngine.compile(ShippedRules.folder());
        }
        return rules;
    }

    static Initiative.Builder initiative(String id, int year, String mission, long budget) {
        return Initiative.builder().id(id).fiscalYear(year).mission(mission).titleJa("日米イノベーション対話 " + id)
                .titleEn("Japan-US innovation dialogue " + id).kind(Kind.INFO_DISSEMINATION)
                .themes(List.of("innovation-science")).states(List.of("IL")).partners(List.of("JETRO Chicago"))
                .format(Format.IN_PERSON).startDate(LocalDate.of(year, 9, 1)).endDate(LocalDate.of(year, 9, 2))
                .budgetJpy(budget).status(Status.DRAFT);
    }

    /**
     * FY2023: four Chicago initiatives (one cancelled, one targeting TX outside the jurisdiction: an
     * error finding), two New York ones; FY2022: two Chicago ones.
     */
    static List<Initiative> plan() {
        List<Initiative> plan = new ArrayList<>();
        plan.add(initiative("C-1", 2023, "cg-chicago", 3_000_000).build());
        plan.add(initiative("C-2", 2023, "cg-chicago", 2_500_000).kind(Kind.FOOD_PR).themes(List.of("dgc-agriculture"))
                .states(List.of("IN", "OH")).build());
        plan.add(initiative("C-3", 2023, "cg-chicago", 1_000_000).status(Status.CANCELLED).build());
        plan.add(initiative("C-4", 2023, "cg-chicago", 700_000).states(List.of("TX")).build());
        plan.add(initiative("N-1", 2023, "cg-new-york", 4_000_000).states(List.of("NY")).build());
        plan.add(initiative("N-2", 2023, "cg-new-york", 1_200_000).states(List.of("PA")).build());
        plan.add(initiative("C-1", 2022, "cg-chicago", 2_000_000).startDate(LocalDate.of(2022, 9, 1))
                .endDate(LocalDate.of(2022, 9, 2)).build());
        plan.add(initiative("C-9", 2022, "cg-chicago", 900_000).startDate(LocalDate.of(2022, 10, 1))
                .endDate(LocalDate.of(2022, 10, 1)).build());
        return plan;
    }

    static ProposalContent content(String mission, Map<String, String> justifications) throws RuleSetException {
        return ProposalContent.prepare(rules(), plan(), 2023, mission, ReferenceData.shipped().referenceFor(2023),
                names(), justifications, AT);
    }

    /** @return the names of FY2023's codes, as the planning service builds them (its reference, the shipped catalogue) */
    static org.grassroots.planner.model.Names names() {
        return new org.grassroots.planner.reference.ReferenceNames(ReferenceData.shipped().referenceFor(2023),
                ReferenceData.shipped());
    }
}
