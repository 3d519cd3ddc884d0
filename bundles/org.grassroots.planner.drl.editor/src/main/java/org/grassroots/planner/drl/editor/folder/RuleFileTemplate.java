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
                + "package " + packageFor(fileName) + "\n"
                + "\n"
                + "import org.grassroots.planner.model.FiscalYearReference\n"
                + "import org.grassroots.planner.model.Initiative\n"
                + "import org.grassroots.planner.model.Mission\n"
                + "import org.grassroots.planner.model.Severity\n"
                + "import org.grassroots.planner.model.Status\n"
                + "import org.grassroots.planner.model.Theme\n"
                + "import org.grassroots.planner.rules.Findings\n"
                + "\n"
                + "// the fiscal year's reference (it is also a fact), as in the shipped rules\n"
                + "global FiscalYearReference reference\n"
                + "\n"
                + DrlTemplates.initiativeRule(ruleId, severity);
    }
}
