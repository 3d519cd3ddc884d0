package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.assist.DrlCompletionProcessor;
import org.grassroots.planner.drl.editor.folder.RuleFileTemplate;
import org.grassroots.planner.drl.editor.problems.DrlReconcilingStrategy;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule templates write rules in the style of the shipped ones (the global {@code reference},
 * {@code Findings.report( drools, … )}), and a rule made from each of them compiles with the shipped rule set.
 */
class RuleTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void eachTemplateBetweenRulesMakesARuleThatCompiles() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        Path budget = dir.resolve("regions.drl"); // imports Initiative, Mission, Status, FiscalYearReference
        DrlEditor editor = Ui.open(budget);
        try {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            // the templates write the Findings.report form, whose imports a file of the New Rule File wizard has;
            // the shipped files report with Report and import neither
            document.set(document.get().replace("import org.grassroots.planner.rules.Report\n",
                    "import org.grassroots.planner.rules.Report\nimport org.grassroots.planner.rules.Findings\n"
                            + "import org.grassroots.planner.model.Severity\n"));
            String original = document.get();
            for (String kind : List.of(Messages.templateInitiative, Messages.templateMission, Messages.templateState,
                    Messages.templateYear)) {
                document.set(original + "\nru");
                ICompletionProposal[] proposals = new DrlCompletionProcessor().computeCompletionProposals(editor.viewer(),
                        document.getLength());
                ICompletionProposal template = Arrays.stream(proposals).filter(p -> p.getDisplayString().contains(kind))
                        .findFirst().orElseThrow(() -> new AssertionError(kind + " not in " + Arrays.toString(proposals)));
                ((ICompletionProposalExtension2) template).apply(editor.viewer(), (char) 0, 0, document.getLength());
                // where the template leaves the cursor for a condition, a rule author writes one
                String text = document.get().replace("status != Status.CANCELLED,  )",
                        "status != Status.CANCELLED, partners.isEmpty() )");
                String rule = text.substring(original.length());
                assertTrue(rule.contains("Findings.report( drools, Findings."), rule);
                assertFalse(rule.contains("insertLogical"), rule);
                assertFalse(rule.contains("$ref"), rule);
                assertEquals(List.of(), DrlReconcilingStrategy.diagnose(budget, text), kind + ":\n" + rule);
            }
        } finally {
            editor.getSite().getPage().closeEditor(editor, false);
        }
    }

    @Test
    void aNewRuleFileDeclaresTheReferenceGlobalAndCompiles() throws Exception {
        Files.writeString(dir.resolve("partners.drl"),
                RuleFileTemplate.text("partners", "Partners", "PARTNER-ANY", "INFO"), StandardCharsets.UTF_8);
        String text = Files.readString(dir.resolve("partners.drl"), StandardCharsets.UTF_8);
        assertTrue(text.contains("global FiscalYearReference reference"), text);
        assertTrue(text.contains("Findings.report( drools, Findings.initiative( \"PARTNER-ANY\", Severity.INFO, $i ) );"),
                text);
        RuleSet rules = RuleEngine.compile(dir);
        assertEquals(List.of("PARTNER-ANY"), rules.ruleIds());
    }
}
