package org.grassroots.planner.store;

import org.grassroots.planner.store.testing.ThrowAwayPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The tests of {@link PlanStoreTest} on a real PostgreSQL server: each test on a database of its own,
 * migrated by the server's administrator, who also makes the changes (the superuser holds every role).
 */
class PostgresPlanStoreTest extends PlanStoreTest {
    private static ThrowAwayPostgres server;
    private static int databases;
    private DatabaseLogin login;

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowAwayPostgres.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    DatabaseLogin login() {
        if (login == null) {
            try {
                String url = server.createDatabase("test" + ++databases);
                DatabaseLogin admin = server.admin();
                login = DatabaseLogin.of(url, admin.user(), admin.password());
                PlanStore.migrate(login);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return login;
    }

    @Override
    String expectedUser() {
        return "postgres";
    }
}
