package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team shares one plan through an H2 TCP server on loopback, protected by a password. */
class SharedServerTest {

    @TempDir
    Path dir;

    @Test
    void twoPlannersSeeEachOthersWorkThroughTheServer() throws Exception {
        System.setProperty("h2.bindAddress", "127.0.0.1");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-tcpPassword", "server-admin",
                "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/team-plan";
            Initiative webinar = Initiative.builder().id("T-1").fiscalYear(2023).mission("co-portland").titleJa("ウェビナー")
                    .kind(Kind.INFO_DISSEMINATION).states(List.of("OR")).startDate(LocalDate.of(2023, 7, 1))
                    .status(Status.DRAFT).build();
            try (PlanStore alice = PlanStore.open(url, "planner", "team-secret");
                    PlanStore bob = PlanStore.open(url, "planner", "team-secret")) {
                alice.save(List.of(webinar));
                assertEquals(List.of(webinar), bob.initiatives(2023));
                bob.save(List.of(webinar.toBuilder().budgetJpy(800_000L).build()));
                assertEquals(800_000L, alice.initiatives(2023).get(0).getBudgetJpy());
            }
            assertThrows(StoreException.class, () -> PlanStore.open(url, "planner", "wrong-password"));
        } finally {
            server.stop();
        }
    }
}
