package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.drl.editor.assist.DrlCompletionProcessor;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What content assist proposes where: attributes, enum constants, getters of a binding, codes, templates; in data.dslr,
 * a file of rules in phrases whose lines that are no phrase are DRL (here DATA-INVALID-DATES's pattern).
 */
class AssistContextsTest {
    /** The start of the pattern of DATA-INVALID-DATES, up to where a constraint may be added. */
    private static final String PATTERN = "rule \"DATA-INVALID-DATES\" @severity(error)\nwhen\n"
            + "    $i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED,";
    @TempDir
    Path dir;
    private DrlEditor editor;
    private IDocument document;

    @BeforeEach
    void openData() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        editor = Ui.open(dir.resolve("data.dslr"));
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @AfterEach
    void close() {
        editor.getSite().getPage().closeEditor(editor, false);
    }

    private List<String> proposalsAfter(String anchor, String typed) throws Exception {
        int at = document.get().indexOf(anchor) + anchor.length();
        document.replace(at, 0, typed);
        ICompletionProposal[] proposals = new DrlCompletionProcessor().computeCompletionProposals(editor.viewer(),
                at + typed.length());
        return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
    }

    @Test
    void ruleAttributesBetweenTheNameAndWhen() throws Exception {
        List<String> shown = proposalsAfter("rule \"DATA-NO-BUDGET\" @severity(warning)\n", "sal");
        assertEquals(1, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("salience \u2014 "), shown.toString());
    }

    @Test
    void enumConstantsAfterTheirType() throws Exception {
        List<String> shown = proposalsAfter(PATTERN, " status == Status.");
        assertEquals(List.of("DRAFT", "PROPOSED", "APPROVED", "DONE", "CANCELLED"),
                shown.stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
    }

    @Test
    void gettersOfABindingInTheConsequence() throws Exception {
        // a binding of the rule itself
        editor.getSite().getPage().closeEditor(editor, false);
        editor = Ui.open(dir.resolve("regions.drl"));
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        List<String> shown = proposalsAfter("\"jurisdiction\", $m.getStates()", " + $m.getCo");
        assertEquals(List.of("code : String \u2014 Mission"), shown);
    }

    @Test
    void stateAndMissionCodesInsideAString() throws Exception {
        List<String> states = proposalsAfter(PATTERN, " states contains \"N");
        assertTrue(states.stream().anyMatch(s -> s.startsWith("ND \u2014 North Dakota")), states.toString());
        document.set(document.get().replace(" states contains \"N", ""));
        List<String> missions = proposalsAfter(PATTERN, " mission == \"cg-ch");
        assertEquals(1, missions.size(), missions.toString());
        assertTrue(missions.get(0).startsWith("cg-chicago \u2014 "), missions.toString());
    }

    @Test
    void aNewRuleFromATemplateBetweenRules() throws Exception {
        int end = document.getLength();
        document.replace(end, 0, "\nru");
        ICompletionProposal[] proposals = new DrlCompletionProcessor().computeCompletionProposals(editor.viewer(),
                document.getLength());
        ICompletionProposal template = Arrays.stream(proposals)
                .filter(p -> p.getDisplayString().contains("initiative")).findFirst().orElseThrow();
        ((ICompletionProposalExtension2) template).apply(editor.viewer(), (char) 0, 0, document.getLength());
        String text = document.get();
        assertTrue(text.contains("rule \"id\" @severity(warning)\nwhen\n    $i : Initiative( fiscalYear == reference.fiscalYear, "), text);
        assertTrue(text.contains("    Report.initiative( drools, $i );\nend"), text);
    }
}
