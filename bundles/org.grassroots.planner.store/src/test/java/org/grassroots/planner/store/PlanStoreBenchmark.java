package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing and reading 100,000 initiatives through {@link PlanStore} (one transaction, diffing,
 * history), against a baseline measured in the same run: plain JDBC batch inserts and a plain
 * SELECT of the same rows into an identical table. Run with
 * {@code ./mvnw verify -Pbenchmarks -pl bundles/org.grassroots.planner.store -am}.
 */
class PlanStoreBenchmark {
    private static final int COUNT = 100_000;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    static List<Initiative> plan() {
        List<Initiative> out = new ArrayList<>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            out.add(Initiative.builder().id(String.format("B-%06d", n)).fiscalYear(2023).mission("cg-chicago")
                    .titleJa("ベンチマーク案件 " + n).titleEn("Benchmark " + n).kind(Kind.COMPANY_SUPPORT)
                    .themes(List.of("digital", "innovation-science")).states(List.of("IL", "WI")).partners(List.of("JETRO"))
                    .startDate(LocalDate.of(2023, 5, 1)).endDate(LocalDate.of(2023, 5, 2)).budgetJpy(1_000_000L + n)
                    .status(Status.DRAFT).build());
        }
        return out;
    }

    @Test
    void writeAndRead100k() throws Exception {
        List<Initiative> plan = plan();
        long bestStoreWrite = Long.MAX_VALUE;
        long bestStoreRead = Long.MAX_VALUE;
        long bestJdbcWrite = Long.MAX_VALUE;
        long bestJdbcRead = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            Path storeDir = dir.resolve("store-" + round);
            try (PlanStore store = PlanStore.open(PlanStore.embeddedUrl(storeDir))) {
                long t0 = System.nanoTime();
                store.save(plan);
                long t1 = System.nanoTime();
                assertEquals(COUNT, store.initiatives(2023).size());
                long t2 = System.nanoTime();
                bestStoreWrite = Math.min(bestStoreWrite, t1 - t0);
                bestStoreRead = Math.min(bestStoreRead, t2 - t1);
            }
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(PlanStore.embeddedUrl(dir.resolve("jdbc-" + round)));
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE initiative (id VARCHAR(100) PRIMARY KEY, fiscal_year INTEGER, mission VARCHAR(40),"
                            + " title_ja VARCHAR(1000), title_en VARCHAR(1000), kind VARCHAR(40), themes VARCHAR(80) ARRAY,"
                            + " states VARCHAR(2) ARRAY, partners VARCHAR(400) ARRAY, format VARCHAR(20), start_date DATE,"
                            + " end_date DATE, budget_jpy BIGINT, status VARCHAR(20))");
                }
                long t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO initiative VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Initiative i : plan) {
                        ps.setString(1, i.getId());
                        ps.setInt(2, i.getFiscalYear());
                        ps.setString(3, i.getMission());
                        ps.setString(4, i.getTitleJa());
                        ps.setString(5, i.getTitleEn());
                        ps.setString(6, i.getKind().code());
                        ps.setArray(7, c.createArrayOf("VARCHAR", i.getThemes().toArray()));
                        ps.setArray(8, c.createArrayOf("VARCHAR", i.getStates().toArray()));
                        ps.setArray(9, c.createArrayOf("VARCHAR", i.getPartners().toArray()));
                        ps.setString(10, null);
                        ps.setDate(11, Date.valueOf(i.getStartDate()));
                        ps.setDate(12, Date.valueOf(i.getEndDate()));
                        ps.setLong(13, i.getBudgetJpy());
                        ps.setString(14, i.getStatus().code());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                long t1 = System.nanoTime();
                int rows = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM initiative ORDER BY id")) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getArray(7).getArray();
                        rs.getArray(8).getArray();
                        rs.getArray(9).getArray();
                        rows++;
                    }
                }
                long t2 = System.nanoTime();
                assertEquals(COUNT, rows);
                bestJdbcWrite = Math.min(bestJdbcWrite, t1 - t0);
                bestJdbcRead = Math.min(bestJdbcRead, t2 - t1);
            }
        }
        System.out.printf("PlanStore write 100k: %d ms; plain JDBC batch: %d ms; ratio %.2f%n", bestStoreWrite / 1_000_000,
                bestJdbcWrite / 1_000_000, (double) bestStoreWrite / bestJdbcWrite);
        System.out.printf("PlanStore read 100k: %d ms; plain JDBC select: %d ms; ratio %.2f%n", bestStoreRead / 1_000_000,
                bestJdbcRead / 1_000_000, (double) bestStoreRead / bestJdbcRead);
    }
}
