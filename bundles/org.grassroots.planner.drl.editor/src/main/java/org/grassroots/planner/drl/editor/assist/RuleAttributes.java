package org.grassroots.planner.drl.editor.assist;

import java.util.List;

import org.grassroots.planner.drl.editor.Messages;

/** The attributes a rule may carry between its name and {@code when}, with an example value and what each does. */
public final class RuleAttributes {
    /** An attribute: its name, the text proposed for it, and what it does. */
    public record Attribute(String name, String example, String description) {
    }

    /** The names of the attributes, for colouring. */
    public static final List<String> NAMES = List.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "auto-focus", "ruleflow-group", "date-effective", "date-expires", "enabled", "duration",
            "timer", "calendars", "dialect");

    private RuleAttributes() {
    }

    public static List<Attribute> all() {
        return List.of(
                new Attribute("salience", "salience 10", Messages.attributeSalience),
                new Attribute("no-loop", "no-loop true", Messages.attributeNoLoop),
                new Attribute("lock-on-active", "lock-on-active true", Messages.attributeLockOnActive),
                new Attribute("agenda-group", "agenda-group \"\"", Messages.attributeAgendaGroup),
                new Attribute("activation-group", "activation-group \"\"", Messages.attributeActivationGroup),
                new Attribute("auto-focus", "auto-focus true", Messages.attributeAutoFocus),
                new Attribute("ruleflow-group", "ruleflow-group \"\"", Messages.attributeRuleflowGroup),
                new Attribute("date-effective", "date-effective \"01-Apr-2023\"", Messages.attributeDateEffective),
                new Attribute("date-expires", "date-expires \"31-Mar-2024\"", Messages.attributeDateExpires),
                new Attribute("enabled", "enabled true", Messages.attributeEnabled),
                new Attribute("duration", "duration 1000", Messages.attributeDuration),
                new Attribute("timer", "timer ( int: 30s )", Messages.attributeTimer),
                new Attribute("calendars", "calendars \"\"", Messages.attributeCalendars),
                new Attribute("dialect", "dialect \"mvel\"", Messages.attributeDialect));
    }
}
