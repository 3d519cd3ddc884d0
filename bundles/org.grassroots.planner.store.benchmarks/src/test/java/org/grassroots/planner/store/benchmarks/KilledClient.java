package org.grassroots.planner.store.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.store.DatabaseLogin;
import org.grassroots.planner.store.PlanStore;

/**
 * The client the benchmark kills with SIGKILL: a child JVM (plain class path) that saves initiatives one by one,
 * printing each acknowledged save, then starts one large save and reports its progress inside the transaction, where
 * the parent kills it. Arguments: URL USER FISCAL_YEAR MISSION ID_PREFIX BUDGET_BASE SMALL_SAVES BIG_SAVE; the
 * password on standard input (never on the command line), then, after its small saves, the line {@code go}.
 */
public final class KilledClient {
    private KilledClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int fiscalYear = Integer.parseInt(args[2]);
        String mission = args[3];
        String prefix = args[4];
        long budget = Long.parseLong(args[5]);
        int small = Integer.parseInt(args[6]);
        int big = Integer.parseInt(args[7]);
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        char[] password = in.readLine().toCharArray();
        try (PlanStore store = PlanStore.open(DatabaseLogin.of(url, user, password))) {
            List<Initiative> mine = new ArrayList<>();
            for (int n = 1; n <= small; n++) {
                Initiative i;
                String kind;
                if (n % 3 == 0 && !mine.isEmpty()) {
                    Initiative before = mine.remove(0);
                    i = before.toBuilder().budgetJpy(++budget).build();
                    kind = "UPDATE";
                } else {
                    i = Planner.initiative(prefix + "-" + n, fiscalYear, mission, ++budget);
                    kind = "INSERT";
                }
                store.save(List.of(i));
                mine.add(i);
                System.out.println("ack " + kind + " " + i.getId() + " " + i.getBudgetJpy() + " " + store.seenVersion(i.getId()));
                System.out.flush();
            }
            System.out.println("ready");
            System.out.flush();
            if (!"go".equals(in.readLine())) {
                return;
            }
            List<Initiative> batch = new ArrayList<>(big);
            for (int n = 1; n <= big; n++) {
                batch.add(Planner.initiative(prefix + "-big-" + n, fiscalYear, mission, ++budget));
            }
            System.out.println("big " + prefix + "-big- " + big);
            System.out.flush();
            store.save(batch, done -> {
                System.out.println("progress " + done);
                System.out.flush();
            });
            System.out.println("big committed");
        }
    }
}
