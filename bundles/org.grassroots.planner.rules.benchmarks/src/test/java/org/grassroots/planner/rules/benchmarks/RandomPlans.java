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
