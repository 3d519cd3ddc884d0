package org.grassroots.planner.rules;

import java.nio.file.Path;
import java.util.List;

import org.kie.api.KieBase;

/** A compiled rule set: the rules of one folder, and the messages that explain their findings. */
public final class RuleSet {
    /** The global through which rules may read the fiscal year's reference (also a fact). */
    public static final String REFERENCE_GLOBAL = "reference";
    /** The global through which rules may read the codes of the theme catalogue (the themes are also facts). */
    public static final String KNOWN_THEMES_GLOBAL = "knownThemes";

    private final Path folder;
    private final KieBase kieBase;
    private final FindingMessages messages;
    private final List<String> ruleIds;
    private final java.util.Set<String> globals;

    RuleSet(Path folder, KieBase kieBase, FindingMessages messages, List<String> ruleIds, java.util.Set<String> globals) {
        this.folder = folder;
        this.kieBase = kieBase;
        this.messages = messages;
        this.ruleIds = List.copyOf(ruleIds);
        this.globals = java.util.Set.copyOf(globals);
    }

    /** @return the names of the globals the rules declare */
    java.util.Set<String> globals() {
        return globals;
    }

    public Path folder() {
        return folder;
    }

    public FindingMessages messages() {
        return messages;
    }

    /** @return the names of the rules, sorted */
    public List<String> ruleIds() {
        return ruleIds;
    }

    KieBase kieBase() {
        return kieBase;
    }
}
