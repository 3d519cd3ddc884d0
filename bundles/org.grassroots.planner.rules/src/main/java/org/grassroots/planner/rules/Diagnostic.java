package org.grassroots.planner.rules;

/**
 * A problem of a rule file: the file, the rule it is in (null outside a rule), 1-based line and
 * column, and Drools' message.
 */
public record Diagnostic(String file, String rule, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
    }
}
