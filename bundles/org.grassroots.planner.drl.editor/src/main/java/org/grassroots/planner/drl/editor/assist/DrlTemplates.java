package org.grassroots.planner.drl.editor.assist;

import java.util.List;

import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.grassroots.planner.drl.editor.Messages;

/** The templates of a new rule, one per kind of finding the shipped rules make. */
public final class DrlTemplates {
    public static final String CONTEXT = "org.grassroots.planner.drl.rule";
    private static final TemplateContextType TYPE = contextType();

    private DrlTemplates() {
    }

    private static TemplateContextType contextType() {
        TemplateContextType type = new TemplateContextType(CONTEXT, Messages.templateContext);
        type.addResolver(new GlobalTemplateVariables.Cursor());
        type.addResolver(new GlobalTemplateVariables.Dollar());
        type.addResolver(new GlobalTemplateVariables.User());
        type.addResolver(new GlobalTemplateVariables.Date());
        return type;
    }

    public static TemplateContextType type() {
        return TYPE;
    }

    /**
     * @return the text of a rule that makes a finding about an initiative, in the form of the shipped rules: the rule's
     *         name is its id, {@code @severity(...)} its severity, the initiative is an active one of the year (of the
     *         global {@code reference}'s fiscal year, not cancelled), and the consequence reports it with
     *         {@code Report.initiative( drools, $i, … )}
     * @param severity error, warning or info (any case)
     */
    public static String initiativeRule(String id, String severity) {
        return "rule \"" + id + "\" @severity(" + severity.toLowerCase(java.util.Locale.ROOT) + ")\n"
                + "when\n"
                + "    $i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED )\n"
                + "then\n"
                + "    Report.initiative( drools, $i );\n"
                + "end\n";
    }

    /**
     * @return the templates of a new rule between rules, in the form of the shipped rules (the rule's name is its id,
     *         {@code @severity(...)}, {@code Report}); like the shipped rules they read the year's reference from the
     *         global {@code reference}, which every shipped file and every new rule file declares
     */
    public static List<Template> all() {
        return List.of(
                new Template("rule", Messages.templateInitiative, CONTEXT, """
                        rule "${id}" @severity(${warning})
                        when
                            $$i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED, ${cursor} )
                        then
                            Report.initiative( drools, $$i );
                        end
                        """, false),
                new Template("rule", Messages.templateMission, CONTEXT, """
                        rule "${id}" @severity(${warning})
                        when
                            $$m : Mission()
                            $$total : Number( longValue > ${cursor}0 ) from accumulate(
                                Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED, budgetJpy != null,
                                            mission == $$m.code, $$b : budgetJpy ),
                                sum( $$b ) )
                        then
                            Report.mission( drools, $$m.getCode(), "total_jpy", $$total.longValue() );
                        end
                        """, false),
                new Template("rule", Messages.templateState, CONTEXT, """
                        rule "${id}" @severity(${info})
                        when
                            $$state : String() from reference.priorityStates
                            not Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED, states contains $$state${cursor} )
                        then
                            Report.state( drools, $$state, "fiscal_year", reference.getFiscalYear() );
                        end
                        """, false),
                new Template("rule", Messages.templateYear, CONTEXT, """
                        rule "${id}" @severity(${error})
                        when
                            FiscalYearReference()
                            ${cursor}
                        then
                            Report.year( drools, "fiscal_year", reference.getFiscalYear() );
                        end
                        """, false));
    }
}
