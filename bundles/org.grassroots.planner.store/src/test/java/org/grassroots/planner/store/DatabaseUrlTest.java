package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database URLs a planner may give, and how a refused one is told without its secrets. */
class DatabaseUrlTest {
    @TempDir
    Path dir;

    @Test
    void theEmbeddedDatabaseAndTheDefaultPass() {
        String embedded = PlanStore.embeddedUrl(dir);
        assertEquals(embedded, DatabaseUrl.check(embedded));
        assertEquals(embedded, DatabaseLogin.of(embedded).url());
        DatabaseUrl.check(PlanStore.defaultUrl());
    }

    @Test
    void acceptedUrls() {
        for (String url : List.of(
                "jdbc:h2:file:/srv/plans/planner",
                "jdbc:h2:file:~/planner;IFEXISTS=TRUE;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE",
                "jdbc:h2:file:./planner;ifexists=true;Auto_Server=false",
                "jdbc:h2:file:C:\\Users\\planner\\db;;DB_CLOSE_ON_EXIT=FALSE",
                "jdbc:h2:tcp://127.0.0.1:9092/team-plan",
                "jdbc:h2:ssl://plans.example.org:9093/~/team-plan;IFEXISTS=TRUE",
                "jdbc:postgresql://db.example.org:5432/planner",
                "jdbc:postgresql:planner",
                "jdbc:postgresql://db.example.org/planner?ssl=true&sslmode=verify-full&sslrootcert=/etc/ssl/root.crt"
                        + "&connectTimeout=10&ApplicationName=grassroots-planner")) {
            assertEquals(url, DatabaseUrl.check(url));
        }
    }

    /** Each refused URL carries the secret {@code s3cr3t}; the message names what is refused, masked. */
    @Test
    void refusedUrlsAreNamedWithTheirValuesMasked() {
        String[][] refused = {
            {"jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM 'http://s3cr3t.example/x'", "INIT=***"},
            {"jdbc:h2:file:/tmp/x;init=s3cr3t", "init=***"},
            {"jdbc:h2:file:/tmp/x;IFEXISTS=TRUE\\;INIT=s3cr3t", "IFEXISTS=***"},
            {"jdbc:h2:file:/tmp/x;AUTO_SERVER=s3cr3t", "AUTO_SERVER=***"},
            {"jdbc:h2:tcp://127.0.0.1/x;PASSWORD=s3cr3t", "PASSWORD=***"},
            {"jdbc:h2:tcp://127.0.0.1/x;User=s3cr3t", "User=***"},
            {"jdbc:h2:tcp://planner:s3cr3t@127.0.0.1/x", "***@127.0.0.1"},
            {"jdbc:h2:ssl:planner:s3cr3t@127.0.0.1/x", "***@127.0.0.1"},
            {"jdbc:h2:file:/tmp/x;s3cr3t", "setting without '='"},
            {"jdbc:h2:file:/tmp/x;CIPHER=AES;PASSWORD_HASH=s3cr3t", "CIPHER=***"},
            {"jdbc:h2:mem:plans;INIT=s3cr3t", "not a database URL"},
            {"jdbc:h2:./plans;PASSWORD=s3cr3t", "not a database URL"},
            {"jdbc:mysql://db/x?password=s3cr3t", "password=***"},
            {"jdbc:postgresql://db/planner?user=planner&password=s3cr3t", "user=***"},
            {"jdbc:postgresql://db/planner?sslmode=require&password=s3cr3t", "password=***"},
            {"jdbc:postgresql://planner:s3cr3t@db/planner", "***@db/planner"},
            {"jdbc:postgresql://db/planner?socketFactory=s3cr3t", "socketFactory=***"},
            {"jdbc:postgresql://db/planner?SSLMODE=s3cr3t", "SSLMODE=***"},
            {"jdbc:postgresql://db/planner?sslmode=s3cr3t", "sslmode=***"},
        };
        for (String[] row : refused) {
            String url = row[0];
            String named = row[1];
            DatabaseUrlException e = assertThrows(DatabaseUrlException.class, () -> DatabaseUrl.check(url));
            assertTrue(e.getMessage().contains(named), e.getMessage());
            assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertThrows(DatabaseUrlException.class, () -> DatabaseLogin.of(url, "planner", "pw".toCharArray()));
        }
    }

    @Test
    void aUrlWithALineBreakIsRefused() {
        assertThrows(DatabaseUrlException.class, () -> DatabaseUrl.check("jdbc:h2:file:/tmp/x\n;INIT=x"));
        assertThrows(DatabaseUrlException.class, () -> DatabaseUrl.check(""));
        assertThrows(DatabaseUrlException.class, () -> DatabaseUrl.check(null));
    }

    @Test
    void maskKeepsPlainAllowedValuesAndHidesTheRest() {
        assertEquals("jdbc:h2:tcp://127.0.0.1/x;USER=***;PASSWORD=***;IFEXISTS=TRUE",
                DatabaseUrl.mask("jdbc:h2:tcp://127.0.0.1/x;USER=sa;PASSWORD=s3cr3t;IFEXISTS=TRUE"));
        assertEquals("jdbc:h2:file:/x;IFEXISTS=***;INIT=***", DatabaseUrl.mask("jdbc:h2:file:/x;IFEXISTS=TRUE\\;INIT=y"));
        assertEquals("jdbc:postgresql://***@db/planner?sslmode=require&password=***&ApplicationName=***",
                DatabaseUrl.mask("jdbc:postgresql://u:s3cr3t@db/planner?sslmode=require&password=s3cr3t&ApplicationName=p"));
        assertEquals("jdbc:h2:file:/x;***", DatabaseUrl.mask("jdbc:h2:file:/x;s3cr3t"));
        assertEquals("jdbc:h2:tcp:***@host/x", DatabaseUrl.mask("jdbc:h2:tcp:u:s3cr3t@host/x"));
        assertEquals("jdbc:postgresql:***@host/x", DatabaseUrl.mask("jdbc:postgresql:u:s3cr3t@host/x"));
        assertEquals(PlanStore.embeddedUrl(dir), DatabaseUrl.mask(PlanStore.embeddedUrl(dir)));
    }

    @Test
    void aLoginNeverShowsItsPassword() {
        DatabaseLogin login = DatabaseLogin.of("jdbc:h2:tcp://127.0.0.1/x", "planner", "s3cr3t".toCharArray());
        assertFalse(login.toString().contains("s3cr3t"), login.toString());
        assertTrue(login.toString().contains("planner"), login.toString());
        char[] copy = login.password();
        java.util.Arrays.fill(copy, 'x');
        assertEquals("s3cr3t", new String(login.password()));
    }
}
