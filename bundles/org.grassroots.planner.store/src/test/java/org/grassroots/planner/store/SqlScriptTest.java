package org.grassroots.planner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The migration runner splits at the {@code ;} that end statements, not those in bodies, text or comments. */
class SqlScriptTest {

    @Test
    void dollarQuotedBodiesTextAndCommentsKeepTheirSemicolons() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y');
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.a := 'z;'; -- inside the body
                    RETURN NEW;
                END
                $$;
                DO $body$ BEGIN PERFORM 1; END $body$;
                /* block; comment */
                SELECT "odd;name", $1 FROM t;
                -- only a comment at the end;
                """;
        List<String> statements = SqlScript.statements(script);
        assertEquals(4, statements.size(), statements.toString());
        assertEquals("-- a comment; with a semicolon\nCREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y')", statements.get(0));
        assertEquals(true, statements.get(1).endsWith("END\n$$"));
        assertEquals("DO $body$ BEGIN PERFORM 1; END $body$", statements.get(2));
        assertEquals("/* block; comment */\nSELECT \"odd;name\", $1 FROM t", statements.get(3));
    }
}
