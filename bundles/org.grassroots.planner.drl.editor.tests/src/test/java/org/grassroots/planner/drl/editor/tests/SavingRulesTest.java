package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.ui.plan.PlanSession;
import org.junit.jupiter.api.Test;

/**
 * Saving a rule file of the planner's rules folder (a copy of the shipped rules in target/rules): the plan session
 * compiles the rules again; a rule set that does not compile leaves the last good one in force, and the editor says
 * so until it is fixed.
 */
class SavingRulesTest {

    @Test
    void aBrokenSaveKeepsTheLastGoodRuleSetAndSaysSoUntilFixed() throws Exception {
        Path data = ShippedRules.folder().resolve("data.dslr");
        String original = Files.readString(data, StandardCharsets.UTF_8);
        PlanSession session = Ui.session();
        assertTrue(Ui.waitUntil(() -> session.engine().current() != null), "the session has a rule set in force");
        RuleSet good = session.engine().current();
        DrlEditor editor = Ui.open(data);
        try {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            int at = document.get().indexOf("( startDate != null") + 2;
            document.replace(at, "startDate".length(), "startDATE");
            editor.doSave(new NullProgressMonitor());

            assertTrue(Ui.waitUntil(() -> editor.banner().isShowing()), "the editor says the rules do not compile");
            assertTrue(editor.banner().text().contains("data.dslr:"), editor.banner().text());
            assertTrue(Ui.waitUntil(() -> session.snapshot().problem() != null), "the plan says so too");
            assertTrue(session.snapshot().problem().contains("data.dslr"), session.snapshot().problem());
            assertSame(good, session.engine().current(), "the last good rule set stays in force");
            assertFalse(session.snapshot().findings().isEmpty(), "the plan keeps the findings of the last good rules");

            document.replace(at, "startDATE".length(), "startDate");
            editor.doSave(new NullProgressMonitor());
            assertTrue(Ui.waitUntil(() -> !editor.banner().isShowing()), "fixed and saved: the banner goes");
            assertTrue(Ui.waitUntil(() -> session.engine().current() != good), "the fixed rules are put in force");
            assertTrue(Ui.waitUntil(() -> session.snapshot().problem() == null), session.snapshot().problem());
            assertNotSame(good, session.engine().current());
            assertNotNull(session.engine().current());
        } finally {
            editor.getSite().getPage().closeEditor(editor, false);
            Files.writeString(data, original, StandardCharsets.UTF_8);
        }
        assertEquals(original, Files.readString(data, StandardCharsets.UTF_8));
    }
}
