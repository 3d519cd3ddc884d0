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

    /** @return the text of a rule that makes a finding about an initiative */
    public static String initiativeRule(String id, String severity) {
        return "rule \"" + id + "\"\n"
                + "when\n"
                + "    $ref : FiscalYearReference()\n"
                + "    $i : Initiative( fiscalYear == $ref.fiscalYear, status != Status.CANCELLED )\n"
                + "then\n"
                + "    insertLogical( Findings.initiative( \"" + id + "\", Severity." + severity + ", $i ) );\n"
                + "end\n";
    }

    public static List<Template> all() {
        return List.of(
                new Template("rule", Messages.templateInitiative, CONTEXT, """
                        rule "${id}"
                        when
                            $$ref : FiscalYearReference()
                            $$i : Initiative( fiscalYear == $$ref.fiscalYear, status != Status.CANCELLED, ${cursor} )
                        then
                            insertLogical( Findings.initiative( "${id}", Severity.${WARNING}, $$i ) );
                        end
                        """, false),
                new Template("rule", Messages.templateMission, CONTEXT, """
                        rule "${id}"
                        when
                            $$ref : FiscalYearReference()
                            $$m : Mission()
                            $$total : Number( longValue > ${cursor}0 ) from accumulate(
                                Initiative( fiscalYear == $$ref.fiscalYear, status != Status.CANCELLED, mission == $$m.code,
                                            budgetJpy != null, $$b : budgetJpy ),
                                sum( $$b ) )
                        then
                            insertLogical( Findings.mission( "${id}", Severity.${WARNING}, $$m.getCode(),
                                "total_jpy", $$total.longValue() ) );
                        end
                        """, false),
                new Template("rule", Messages.templateState, CONTEXT, """
                        rule "${id}"
                        when
                            $$ref : FiscalYearReference()
                            $$state : String() from $$ref.priorityStates
                            not Initiative( fiscalYear == $$ref.fiscalYear, status != Status.CANCELLED, states contains $$state${cursor} )
                        then
                            insertLogical( Findings.state( "${id}", Severity.${INFO}, $$state, "fiscal_year", $$ref.getFiscalYear() ) );
                        end
                        """, false),
                new Template("rule", Messages.templateYear, CONTEXT, """
                        rule "${id}"
                        when
                            $$ref : FiscalYearReference()
                            ${cursor}
                        then
                            insertLogical( Findings.year( "${id}", Severity.${ERROR}, "fiscal_year", $$ref.getFiscalYear() ) );
                        end
                        """, false));
    }
}
