package org.grassroots.planner.drl.editor.folder;

import java.util.Locale;
import java.util.regex.Pattern;

import org.grassroots.planner.drl.editor.assist.DrlTemplates;

/**
 * The text of a new rule file: a comment, its package, the imports rules need, the global {@code reference} and a
 * first rule, in the style of the shipped rules.
 */
public final class RuleFileTemplate {
    private static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    private RuleFileTemplate() {
    }

    /** @return whether this is a good base name for a rule file (lower case, as the shipped ones) */
    public static boolean isFileName(String name) {
        return FILE_NAME.matcher(name).matches();
    }

    /** @return whether this is a rule id in the style of the contract (AREA-WHAT-IT-FINDS) */
    public static boolean isRuleId(String id) {
        return RULE_ID.matcher(id).matches();
    }

    /** @return the package of a rule file of this base name */
    public static String packageFor(String fileName) {
        return "rules." + fileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    public static String text(String fileName, String description, String ruleId, String severity) {
        return "// " + description + "\n"
                + "// The rule's name is its id; @severity is the severity of its findings (error, warning or info).\n"
                + "package " + packageFor(fileName) + "\n"
                + "\n"
                + "import org.grassroots.planner.model.FiscalYearReference\n"
                + "import org.grassroots.planner.model.Initiative\n"
                + "import org.grassroots.planner.model.Mission\n"
                + "import org.grassroots.planner.model.Status\n"
                + "import org.grassroots.planner.model.Theme\n"
                + "import org.grassroots.planner.rules.Report\n"
                + "\n"
                + "// the fiscal year's reference (it is also a fact), as in the shipped rules\n"
                + "global FiscalYearReference reference\n"
                + "\n"
                + DrlTemplates.initiativeRule(ruleId, severity);
    }

    /**
     * @return the text of a new rule file written in the phrases of the folder's {@code .dsl} files ({@code .dslr}), in
     *         the style of the shipped {@code themes.dslr} (Japanese) or {@code data.dslr} (English): a first rule about
     *         an initiative of the year without partner, reported with the phrase that reports it
     */
    public static String phrasesText(String fileName, String description, String ruleId, String severity, boolean japanese) {
        return "// " + description + "\n"
                + "// Written in the phrases of the folder's .dsl files (phrases.dsl); a line no phrase matches is DRL.\n"
                + "// The rule's name is its id; @severity is the severity of its findings (error, warning or info).\n"
                + "package " + packageFor(fileName) + "\n"
                + "\n"
                + "import org.grassroots.planner.model.FiscalYearReference\n"
                + "import org.grassroots.planner.model.Initiative\n"
                + "import org.grassroots.planner.model.Status\n"
                + "import org.grassroots.planner.rules.Report\n"
                + "\n"
                + "global FiscalYearReference reference\n"
                + "\n"
                + "rule \"" + ruleId + "\" @severity(" + severity.toLowerCase(Locale.ROOT) + ")\n"
                + "when\n"
                + (japanese ? "    今年度の案件\n    - パートナーがいない\n" : "    an active initiative of the year\n    - with no partner\n")
                + "then\n"
                + (japanese ? "    指摘する\n" : "    report it\n")
                + "end\n";
    }
}
