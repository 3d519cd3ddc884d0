package org.grassroots.planner.importer.tests;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.PlanStore;

/** Everything a store holds, year by year, to compare before and after. */
final class StoreContents {
    private StoreContents() {
    }

    static Map<Integer, List<Initiative>> of(PlanStore store) {
        Map<Integer, List<Initiative>> out = new TreeMap<>();
        for (int year : store.fiscalYears()) {
            out.put(year, store.initiatives(year));
        }
        return out;
    }
}
