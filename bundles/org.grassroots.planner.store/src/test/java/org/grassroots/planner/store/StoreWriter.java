package org.grassroots.planner.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;

/** Child process of {@link KilledWriterTest}: writes many initiatives in one save, printing its progress. */
public final class StoreWriter {
    private StoreWriter() {
    }

    static Initiative initiative(String id) {
        return Initiative.builder().id(id).fiscalYear(2023).mission("cg-detroit").titleJa("日系企業支援セミナー")
                .kind(Kind.COMPANY_SUPPORT).themes(List.of("workers-middle-class")).states(List.of("MI", "OH"))
                .partners(List.of("JETRO")).startDate(LocalDate.of(2023, 10, 2)).endDate(LocalDate.of(2023, 10, 2))
                .budgetJpy(1_000_000L).status(Status.DRAFT).build();
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        List<Initiative> plan = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            plan.add(initiative(String.format("GEN-%06d", n)));
        }
        try (PlanStore store = PlanStore.open(args[0])) {
            store.save(plan, done -> {
                System.out.println("progress " + done);
                System.out.flush();
                if (done >= 2 * PlanStore.PROGRESS_STEP) {
                    sleepForever(); // hold the transaction open until the parent kills us
                }
            });
            System.out.println("committed");
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
