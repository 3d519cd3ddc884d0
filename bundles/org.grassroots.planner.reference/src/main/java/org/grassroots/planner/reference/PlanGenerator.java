package org.grassroots.planner.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;

/**
 * Makes large plans for tests and benchmarks (10,000 or 100,000 initiatives): the same seed gives
 * the same plan. Most initiatives are plausible; a few in every hundred carry what the contract
 * rules look for (no or unknown themes, no partner, a state outside the jurisdiction, no budget,
 * reversed dates, cancelled), so that every rule has work to do.
 */
public final class PlanGenerator {
    private static final String[] PARTNERS = { "JETRO", "Japan Society", "Japan-America Society", "state government",
            "university", "Nikkei community association", "honorary consul", "chamber of commerce" };

    private PlanGenerator() {
    }

    public static List<Initiative> generate(int count, long seed, int fiscalYear) {
        ReferenceData data = ReferenceData.shipped();
        List<Mission> missions = data.missions();
        List<Theme> themes = data.themes();
        List<String> states = new ArrayList<>(data.states().keySet());
        FiscalYear fy = new FiscalYear(fiscalYear);
        SplittableRandom random = new SplittableRandom(seed);
        List<Initiative> plan = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            Mission mission = missions.get(random.nextInt(missions.size()));
            int flaw = random.nextInt(100);
            List<String> themeCodes = new ArrayList<>();
            themeCodes.add(themes.get(random.nextInt(themes.size())).getCode());
            if (random.nextBoolean()) {
                themeCodes.add(themes.get(random.nextInt(themes.size())).getCode());
            }
            if (flaw == 0) {
                themeCodes.clear();
            } else if (flaw == 1) {
                themeCodes.add("unknown-theme-" + random.nextInt(5));
            }
            List<String> targets = new ArrayList<>();
            targets.add(mission.getStates().get(random.nextInt(mission.getStates().size())));
            if (flaw == 2) {
                targets.add(states.get(random.nextInt(states.size())));
            } else if (flaw == 3) {
                targets.set(0, "US");
            }
            LocalDate start = fy.start().plusDays(random.nextInt(330));
            LocalDate end = start.plusDays(random.nextInt(1, 5));
            if (flaw == 4) {
                end = start.minusDays(1);
            } else if (flaw == 5) {
                start = fy.end().plusDays(10);
                end = start.plusDays(1);
            }
            Long budget = flaw == 6 ? null : 100_000L * random.nextInt(3, 60);
            Status status = flaw == 7 ? Status.CANCELLED : Status.values()[random.nextInt(3)];
            List<String> partners = flaw == 8 ? List.of() : List.of(PARTNERS[random.nextInt(PARTNERS.length)]);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            plan.add(Initiative.builder().id(String.format("GEN-%06d", n)).fiscalYear(fiscalYear)
                    .mission(mission.getCode()).titleJa("生成された案件 " + n).titleEn("Generated initiative " + n)
                    .kind(kind).themes(themeCodes).states(targets).partners(partners)
                    .format(Format.values()[random.nextInt(Format.values().length)]).startDate(start).endDate(end)
                    .budgetJpy(budget).status(status).build());
        }
        return plan;
    }
}
