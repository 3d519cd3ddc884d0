package org.grassroots.planner.rules;

import java.nio.file.Path;
import java.util.List;

import org.kie.api.KieBase;

/** A compiled rule set: the rules of one folder, and the messages that explain their findings. */
public final class RuleSet {
    private final Path folder;
    private final KieBase kieBase;
    private final FindingMessages messages;
    private final List<String> ruleIds;

    RuleSet(Path folder, KieBase kieBase, FindingMessages messages, List<String> ruleIds) {
        this.folder = folder;
        this.kieBase = kieBase;
        this.messages = messages;
        this.ruleIds = List.copyOf(ruleIds);
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
