package org.grassroots.planner.rules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.RuleSession;

/**
 * The edits a planner makes, at random: one value of one initiative (budget, themes, states,
 * partners, status, mission, dates, fiscal year, kind, English title), or an initiative removed or added.
 * Each edit is applied to the plan (a map by id) and to the session.
 */
final class RandomEdits {
    /** How many kinds of edit of one value there are. */
    private static final int EDITS = 11;
    private final SplittableRandom random;
    private final List<String> themeCodes = new ArrayList<>();
    private final List<String> states;
    private final List<Mission> missions;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> indexOf = new java.util.HashMap<>();
    private int added;
    /** Whether an edit may move an initiative to the other fiscal year (a profiler may leave those out: the tail) */
    private final boolean moves;

    RandomEdits(long seed, List<Theme> themes) {
        this(seed, themes, true);
    }

    RandomEdits(long seed, List<Theme> themes, boolean moves) {
        this.moves = moves;
        random = new SplittableRandom(seed);
        themes.forEach(t -> themeCodes.add(t.getCode()));
        themeCodes.add("unknown-theme");
        states = new ArrayList<>(ReferenceData.shipped().states().keySet());
        states.add("US");
        missions = ReferenceData.shipped().missions();
    }

    /**
     * Applies one edit to the plan and the session. The plan must not change but through this
     * method once it has been called.
     *
     * @return what was done, for messages
     */
    String apply(Map<String, Initiative> plan, RuleSession session) {
        if (ids.isEmpty()) {
            plan.keySet().forEach(this::track);
        }
        Initiative i = plan.get(ids.get(random.nextInt(ids.size())));
        int kind = random.nextInt(EDITS + 2);
        if (kind == EDITS && plan.size() > 1) {
            plan.remove(i.getId());
            untrack(i.getId());
            session.remove(i.getId());
            return "removed " + i.getId();
        }
        Initiative edited = kind == EDITS + 1 ? i.toBuilder().id("NEW-" + (++added)).build() : edit(i, kind % EDITS);
        if (plan.put(edited.getId(), edited) == null) {
            track(edited.getId());
        }
        session.update(edited);
        return (kind == EDITS + 1 ? "added" : "edit " + kind) + " of " + edited.getId();
    }

    /** @return the initiative with one value changed at random */
    Initiative edit(Initiative i) {
        return edit(i, random.nextInt(EDITS));
    }

    private Initiative edit(Initiative i, int kind) {
        Initiative.Builder b = i.toBuilder();
        switch (kind) {
            case 0 -> b.budgetJpy(random.nextInt(6) == 0 ? null : 100_000L * random.nextInt(-2, 80));
            case 1 -> b.themes(pick(themeCodes, random.nextInt(3)));
            case 2 -> b.states(pick(states, 1 + random.nextInt(2)));
            case 3 -> b.partners(i.getPartners().isEmpty() ? List.of("JETRO") : List.of());
            case 4 -> b.status(i.getStatus() == Status.CANCELLED ? Status.APPROVED : Status.CANCELLED);
            case 5 -> b.mission(missions.get(random.nextInt(missions.size())).getCode());
            case 6 -> b.startDate(i.getStartDate() == null ? null : i.getStartDate().plusDays(random.nextInt(-200, 200)));
            case 7 -> b.endDate(random.nextInt(5) == 0 ? null : i.getStartDate());
            case 8 -> {
                if (moves) {
                    b.fiscalYear(i.getFiscalYear() == 2023 ? 2022 : 2023);
                } else {
                    b.titleEn("Moved");
                }
            }
            case 9 -> b.kind(Kind.values()[random.nextInt(Kind.values().length)]);
            default -> b.titleEn(random.nextBoolean() ? null : "Edited");
        }
        return b.build();
    }

    private void track(String id) {
        indexOf.put(id, ids.size());
        ids.add(id);
    }

    private void untrack(String id) { // the last id takes the place of the removed one
        int at = indexOf.remove(id);
        String last = ids.remove(ids.size() - 1);
        if (!last.equals(id)) {
            ids.set(at, last);
            indexOf.put(last, at);
        }
    }

    private List<String> pick(List<String> from, int count) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }
}
