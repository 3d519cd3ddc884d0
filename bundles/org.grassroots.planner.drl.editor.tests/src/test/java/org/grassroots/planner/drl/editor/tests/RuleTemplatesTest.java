package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.grassroots.planner.rules.RuleTestReport;
import org.grassroots.planner.rules.ShippedRules;
import org.grassroots.planner.ruletests.RuleSetVerification;
import org.grassroots.planner.ruletests.RuleTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule templates and the New Rule File wizard write rules in the form of the shipped ones: the rule's name is its
 * id, {@code @severity(...)} its severity, the global {@code reference}, {@code Report.initiative( drools, $i )} (never
 * the older {@code Findings.report( … Severity.X … )}). A rule made from each template in a copy of the shipped rules
 * compiles, its rule test passes, and {@code verify-rules} reports no problem for the folder.
 */
class RuleTemplatesTest {
    private static final String PLAN_HEADER = "id,fiscal_year,mission,title_ja,title_en,kind,themes,states,partners,format,"
            + "start_date,end_date,budget_jpy,status\n";

    @TempDir
    Path dir;

    @Test
    void eachTemplateBetweenRulesMakesARuleThatCompilesAndVerifiesClean() throws Exception {
        Ui.copyTree(ShippedRules.folder(), dir);
        Path regions = dir.resolve("regions.drl"); // imports Initiative, Mission, Status, FiscalYearReference, Report
        // each template with the id a rule author types over ${id}, and what he writes where the template leaves the
        // cursor (the text around the cursor, and the same with his condition)
        Map<String, String[]> rules = new LinkedHashMap<>();
        rules.put(Messages.templateInitiative, new String[] { "TPL-LARGE-BUDGET", "status != Status.CANCELLED,  )",
                "status != Status.CANCELLED, budgetJpy > 99000000 )" });
        rules.put(Messages.templateMission, new String[] { "TPL-MISSION-TOTAL", "longValue > 0 )", "longValue > 90000000 )" });
        rules.put(Messages.templateState, new String[] { "TPL-NO-FOOD-PR", "states contains $state )",
                "states contains $state, kindCode == \"food-pr\" )" });
        rules.put(Messages.templateYear, new String[] { "TPL-EVERY-YEAR", "FiscalYearReference()", "FiscalYearReference()" });
        DrlEditor editor = Ui.open(regions);
        String text;
        try {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            String original = document.get();
            text = original;
            for (Map.Entry<String, String[]> e : rules.entrySet()) {
                document.set(text + "\nru");
                ICompletionProposal[] proposals = new DrlCompletionProcessor().computeCompletionProposals(editor.viewer(),
                        document.getLength());
                ICompletionProposal template = Arrays.stream(proposals).filter(p -> p.getDisplayString().contains(e.getKey()))
                        .findFirst().orElseThrow(() -> new AssertionError(e.getKey() + " not in " + Arrays.toString(proposals)));
                ((ICompletionProposalExtension2) template).apply(editor.viewer(), (char) 0, 0, document.getLength());
                String rule = document.get().substring(text.length());
                assertTrue(rule.contains("rule \"id\" @severity(") && rule.contains(e.getValue()[1]), rule);
                rule = rule.replace("rule \"id\"", "rule \"" + e.getValue()[0] + "\"").replace(e.getValue()[1], e.getValue()[2]);
                assertTrue(rule.contains("rule \"" + e.getValue()[0] + "\" @severity("), rule);
                assertTrue(rule.contains("Report."), rule);
                assertFalse(rule.contains("Findings.") || rule.contains("Severity."), "the older form: " + rule);
                text = text + rule;
                assertEquals(List.of(), DrlReconcilingStrategy.diagnose(regions, text), e.getKey() + ":\n" + rule);
            }
        } finally {
            editor.getSite().getPage().closeEditor(editor, false);
        }
        Files.writeString(regions, text, StandardCharsets.UTF_8);
        // a message for each rule in both languages, and a rule test that fires each
        message("TPL-LARGE-BUDGET", "{initiative} has a large budget.", "{initiative} の予算が大きい。");
        message("TPL-MISSION-TOTAL", "{mission} plans JPY {total_jpy}.", "{mission} の予算は {total_jpy} 円。");
        message("TPL-NO-FOOD-PR", "No Japanese food PR in {state}.", "{state} に日本食PRの案件がない。");
        message("TPL-EVERY-YEAR", "FY{fiscal_year} was checked.", "{fiscal_year} 年度を確認した。");
        Path test = Files.createDirectories(dir.resolve("tests/templates"));
        Files.writeString(test.resolve("plan.csv"), PLAN_HEADER
                + "T-1,2023,cg-los-angeles,テンプレートの確認,Template check,info-dissemination,covid-19,CA,JASLA,in-person,"
                + "2023-05-01,2023-05-01,100000000,draft\n", StandardCharsets.UTF_8);
        Files.writeString(test.resolve("reference.json"), "{\"fiscal_year\": 2023, \"budget_cap_jpy\": 500000000, "
                + "\"mission_share_max\": 0.5, \"priority_themes\": [\"covid-19\"], \"priority_states\": [\"CA\"]}\n",
                StandardCharsets.UTF_8);
        Files.writeString(test.resolve("test.properties"), "description=The rules made from the templates\nrules=TPL-*\n",
                StandardCharsets.UTF_8);
        Files.writeString(test.resolve("expected.csv"), "rule,severity,initiative,mission,state\n"
                + "TPL-LARGE-BUDGET,warning,T-1,,\n"
                + "TPL-MISSION-TOTAL,warning,,cg-los-angeles,\n"
                + "TPL-NO-FOOD-PR,info,,,CA\n"
                + "TPL-EVERY-YEAR,error,,,\n", StandardCharsets.UTF_8);

        RuleSet compiled = RuleEngine.compile(dir);
        assertTrue(compiled.ruleIds().containsAll(List.of("TPL-LARGE-BUDGET", "TPL-MISSION-TOTAL", "TPL-NO-FOOD-PR",
                "TPL-EVERY-YEAR")), compiled.ruleIds().toString());
        RuleTestReport report = RuleTestRunner.run(compiled, dir.resolve("tests"), RuleTestRunner.Progress.NONE);
        assertTrue(report.results().stream().filter(r -> r.name().equals("templates")).allMatch(r -> r.passed()),
                report.results().toString());
        RuleSetVerification.Result verified = RuleSetVerification.verify(dir);
        assertTrue(verified.compiles(), verified.toString());
        assertEquals(List.of(), verified.problems(), "verify-rules on the shipped rules with the templates' rules");
    }

    @Test
    void aNewRuleFileIsWrittenInTheShippedFormAndVerifiesClean() throws Exception {
        Files.writeString(dir.resolve("partners.drl"),
                RuleFileTemplate.text("partners", "Partners", "PARTNER-ANY", "INFO"), StandardCharsets.UTF_8);
        String text = Files.readString(dir.resolve("partners.drl"), StandardCharsets.UTF_8);
        assertTrue(text.contains("global FiscalYearReference reference"), text);
        assertTrue(text.contains("rule \"PARTNER-ANY\" @severity(info)\nwhen\n"
                + "    $i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED )\n"
                + "then\n    Report.initiative( drools, $i );\nend\n"), text);
        assertFalse(text.contains("Findings") || text.contains("Severity"), text);
        RuleSet rules = RuleEngine.compile(dir);
        assertEquals(List.of("PARTNER-ANY"), rules.ruleIds());

        message("PARTNER-ANY", "{initiative} is an initiative of the year.", "{initiative} は今年度の案件。");
        Path test = Files.createDirectories(dir.resolve("tests/any"));
        Files.writeString(test.resolve("plan.csv"), PLAN_HEADER
                + "P-1,2023,cg-chicago,確認,Check,japan-event,covid-19,IL,JASC,in-person,2023-05-01,2023-05-01,1000000,draft\n",
                StandardCharsets.UTF_8);
        Files.writeString(test.resolve("expected.csv"), "rule,severity,initiative,mission,state\nPARTNER-ANY,info,P-1,,\n",
                StandardCharsets.UTF_8);
        RuleSetVerification.Result verified = RuleSetVerification.verify(dir);
        assertTrue(verified.compiles(), verified.toString());
        assertEquals(List.of(), verified.problems());
    }

    private void message(String rule, String english, String japanese) throws Exception {
        Files.writeString(dir.resolve("messages.properties"), rule + "=" + english + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("messages_ja.properties"), rule + "=" + japanese + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
