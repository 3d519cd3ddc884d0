package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleSetException;
import org.grassroots.planner.rules.ShippedRules;

/** The {@code --rules DIR} option the commands share: the folder (the shipped rules by default), compiled. */
final class RulesOption {
    private RulesOption() {
    }

    /** @return the rules folder the options name, else the shipped one */
    static Path folder(Options options) {
        return Path.of(options.get("rules", ShippedRules.folder().toString()));
    }

    /** @return the rule set of the folder, or null after telling {@code err} why it does not compile */
    static RuleSet compile(Path folder, PrintStream err) {
        try {
            return RuleEngine.compile(folder);
        } catch (RuleSetException e) {
            broken(folder, e, err);
            return null;
        }
    }

    /** Tells {@code err} that the folder's rules do not compile, with every diagnostic. */
    static void broken(Path folder, RuleSetException e, PrintStream err) {
        err.println("planner: the rules in " + folder + " do not compile:");
        e.getDiagnostics().forEach(err::println);
    }
}
