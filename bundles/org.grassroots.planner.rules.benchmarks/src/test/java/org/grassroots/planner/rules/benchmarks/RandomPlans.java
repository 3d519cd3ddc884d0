package org.grassroots.planner.rules.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.PlanGenerator;
import org.grassroots.planner.reference.ReferenceData;

/** Plans and references for the differential test and the benchmarks, the same for the same seed. */
final class RandomPlans {
    private RandomPlans() {
    }

    /**
     * @return a generated FY2023 plan of this size, with about a tenth as many FY2022 initiatives
     *         mixed in, and a value changed at random in every third initiative (so that flaws
     *         come together: a cancelled initiative without partner, a budget in another year)
     */
    static List<Initiative> mixedYears(int size, long seed) {
        List<Initiative> plan = new ArrayList<>(PlanGenerator.generate(size, seed, 2023));
        for (Initiative old : PlanGenerator.generate(size / 10 + 1, seed + 1, 2022)) {
            plan.add(old.toBuilder().id("OLD-" + old.getId()).build());
        }
        RandomEdits edits = new RandomEdits(seed, ReferenceData.shipped().themes());
        for (int n = 0; n < plan.size(); n += 3) {
            plan.set(n, edits.edit(edits.edit(plan.get(n))));
        }
        return plan;
    }

    /**
     * The generated plan made plausible where the generator draws at random what a task force never would, so that the
     * reviewer's judgements find what they would find in a real year, not an artefact of the generator:
     * <ul>
     * <li>themes: the generator gives every kind one or two themes at random, so 28 % of its initiatives have a theme
     * the kind and theme matrix says does not fit (the FY2023 sample: 3 in 97). Here a theme that does not fit is
     * replaced by one that does, but in {@code misfitPercent} in a hundred initiatives;</li>
     * <li>partners: the generator draws from eight, so each is the partner of an eighth of the plan, and one of last
     * year's initiatives without results is "repeated" by 12,500 of this year's. Here a partner is an organisation
     * in the state the initiative targets (one of twenty of its type there): about ten initiatives each.</li>
     * </ul>
     * Everything else (missions, states, dates, budgets, statuses, the flaws the contract rules look for) is as
     * generated.
     */
    static List<Initiative> plausible(List<Initiative> generated, org.grassroots.planner.rules.KindMisfits misfits,
            List<Theme> themes, int misfitPercent, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Initiative> out = new ArrayList<>(generated.size());
        for (Initiative i : generated) {
            Initiative.Builder b = i.toBuilder();
            Set<String> misfit = misfits.of(i.getKindCode());
            if (random.nextInt(100) >= misfitPercent && i.getThemes().stream().anyMatch(misfit::contains)) {
                List<String> fitting = themes.stream().map(Theme::getCode).filter(t -> !misfit.contains(t)).toList();
                b.themes(i.getThemes().stream().map(t -> misfit.contains(t) ? fitting.get(random.nextInt(fitting.size())) : t)
                        .distinct().toList());
            }
            if (!i.getPartners().isEmpty()) {
                String where = i.getStates().isEmpty() ? "US" : i.getStates().get(0);
                b.partners(i.getPartners().stream().map(p -> p + " " + where + " " + (1 + random.nextInt(20))).toList());
            }
            out.add(b.build());
        }
        return out;
    }

    /** @return the shipped FY2023 reference (every theme a priority, five priority states, JPY 220 million) */
    static FiscalYearReference shippedReference() {
        return ReferenceData.shipped().referenceFor(2023);
    }

    /** @return a FY2023 reference with a few random priority themes and states, a smaller cap and share, a larger least share reaching priority regions */
    static FiscalYearReference narrowReference(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ReferenceData data = ReferenceData.shipped();
        List<Theme> themes = data.themes();
        List<String> states = new ArrayList<>(data.states().keySet());
        Set<String> priorityThemes = new LinkedHashSet<>();
        while (priorityThemes.size() < 3) {
            priorityThemes.add(themes.get(random.nextInt(themes.size())).getCode());
        }
        Set<String> priorityStates = new LinkedHashSet<>(List.of("CA", "ID")); // split between two missions
        while (priorityStates.size() < 6) {
            priorityStates.add(states.get(random.nextInt(states.size())));
        }
        // a high least share reaching priority regions, so that REGION-PRIORITY-SHARE fires on random plans
        return new FiscalYearReference(2023, 50_000_000L, 0.1, priorityThemes, priorityStates, data.missions(), 0.9);
    }
}
