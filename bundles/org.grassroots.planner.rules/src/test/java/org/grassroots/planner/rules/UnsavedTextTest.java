package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor compiles while a rule author types: its unsaved text with the other files of the folder. */
class UnsavedTextTest {
    private static final String GOOD = """
            package t
            import org.grassroots.planner.model.Initiative
            rule "T-ONE"
            when
                Initiative( partners.isEmpty() )
            then
            end
            """;

    @Test
    void unsavedTextReplacesTheFileOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.drl");
        Files.writeString(file, GOOD);
        Files.writeString(dir.resolve("two.drl"), GOOD.replace("T-ONE", "T-TWO").replace("package t", "package u"));
        String broken = GOOD.replace("partners.isEmpty()", "partnerz.isEmpty()");

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleEngine.compile(dir, Map.of(file, broken)));
        Diagnostic d = e.getDiagnostics().get(0);
        assertEquals(file.toString(), d.file());
        assertEquals(5, d.line(), d.toString());
        assertEquals("T-ONE", d.rule());
        assertEquals(List.of("T-ONE", "T-TWO"), RuleEngine.compile(dir).ruleIds(), "the file on disk is untouched");
    }

    @Test
    void aFileNotYetOnDiskCompilesWithTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.drl"), GOOD);
        Path fresh = dir.resolve("new.drl");
        RuleSet set = RuleEngine.compile(dir, Map.of(fresh, GOOD.replace("T-ONE", "T-NEW").replace("package t", "package n")));
        assertEquals(List.of("T-NEW", "T-ONE"), set.ruleIds());
        assertTrue(Files.notExists(fresh));
    }

    @Test
    void anEmptyFolderWithOneUnsavedFileCompiles(@TempDir Path dir) throws Exception {
        RuleSet set = RuleEngine.compile(dir, Map.of(dir.resolve("only.drl"), GOOD));
        assertEquals(List.of("T-ONE"), set.ruleIds());
    }
}
