package org.grassroots.planner.model;

import java.util.Map;
import java.util.Objects;

/**
 * What a rule found: which rule, how severe, about which initiative, mission or state (each may be
 * null), and the facts that made it fire, as named values for the explanation.
 */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final String initiative;
    private final String mission;
    private final String state;
    private final Map<String, Object> facts;
    /** the hash of the subject, computed once: sessions look findings up in hash maps at every report and undo */
    private final int hash;

    public Finding(String rule, Severity severity, String initiative, String mission, String state,
            Map<String, Object> facts) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.initiative = initiative;
        this.mission = mission;
        this.state = state;
        this.facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        this.hash = Objects.hash(rule, initiative, mission, state);
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getInitiative() {
        return initiative;
    }

    public String getMission() {
        return mission;
    }

    public String getState() {
        return state;
    }

    /**
     * @return the facts the rule matched, by name in the rule's order (for example {@code themes},
     *         {@code priority_themes}); a value may be null (a missing budget)
     */
    public Map<String, Object> getFacts() {
        return facts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && hash == f.hash && rule.equals(f.rule) && severity == f.severity
                && Objects.equals(initiative, f.initiative) && Objects.equals(mission, f.mission)
                && Objects.equals(state, f.state) && facts.equals(f.facts);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return severity.code() + " " + rule + (initiative != null ? " " + initiative : "")
                + (mission != null ? " " + mission : "") + (state != null ? " " + state : "") + " " + facts;
    }
}
