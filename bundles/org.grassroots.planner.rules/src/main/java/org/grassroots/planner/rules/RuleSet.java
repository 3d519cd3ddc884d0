package org.grassroots.planner.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/** A compiled rule set: the rules of one folder, and the messages that explain their findings. */
public final class RuleSet {
    /** The global through which rules may read the fiscal year's reference (also a fact). */
    public static final String REFERENCE_GLOBAL = "reference";
    /** The global through which rules may read the codes of the theme catalogue (the themes are also facts). */
    public static final String KNOWN_THEMES_GLOBAL = "knownThemes";
    /**
     * The global through which rules may read the outreach states (a {@code Set} of codes): every state, DC and
     * territory where no Japanese mission sits, as the caller's reference data says.
     */
    public static final String OUTREACH_STATES_GLOBAL = "outreachStates";
    /** The global with the kind and theme matrix ({@link KindMisfits}), when a rule file declares it. */
    public static final String KIND_MISFITS_GLOBAL = "kindMisfits";

    private final Path folder;
    private final KieBase kieBase;
    private final FindingMessages messages;
    private final List<String> ruleIds;
    private final java.util.Set<String> globals;
    private final Map<String, String> locations;
    private final List<ThemeMisfit> themeMisfits;
    private final KindMisfits kindMisfits;

    /**
     * @param locations "file:line" of each rule's declaration, by {@link #locationKey(String, String) package and
     *            name}
     */
    RuleSet(Path folder, KieBase kieBase, FindingMessages messages, List<String> ruleIds, java.util.Set<String> globals,
            Map<String, String> locations, List<ThemeMisfit> themeMisfits) {
        this.themeMisfits = List.copyOf(themeMisfits);
        this.kindMisfits = KindMisfits.of(this.themeMisfits);
        this.folder = folder;
        this.kieBase = kieBase;
        this.messages = messages;
        this.ruleIds = List.copyOf(ruleIds);
        this.globals = java.util.Set.copyOf(globals);
        this.locations = Map.copyOf(locations);
    }

    /** @return the cells of the folder's kind and theme matrix where a theme does not fit a kind ({@code kind-themes.csv}) */
    public List<ThemeMisfit> themeMisfits() {
        return themeMisfits;
    }

    /** @return the kind and theme matrix as the global {@code kindMisfits} gives it to the rules */
    public KindMisfits kindMisfits() {
        return kindMisfits;
    }

    static String locationKey(String packageName, String ruleName) {
        return packageName + '\u0000' + ruleName;
    }

    /**
     * @return where the rule of this package and name is declared, "file:line" (the file as the rules' folder was
     *         given, the 1-based line of {@code rule "NAME"}), or null if it is not known
     */
    String location(String packageName, String ruleName) {
        String exact = locations.get(locationKey(packageName, ruleName));
        return exact != null ? exact : location(ruleName); // a file without package is Drools' "defaultpkg"
    }

    /**
     * @return where the rule of this name is declared, "file:line", or null if no rule has this name (if rules of
     *         several packages share it, the first file's)
     */
    public String location(String ruleName) {
        return locations.entrySet().stream().filter(e -> e.getKey().endsWith('\u0000' + ruleName)).map(Map.Entry::getValue)
                .sorted().findFirst().orElse(null);
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

    /** The rule cache's key of the files this rule set was loaded from, or null if it was compiled. */
    private String cacheKey;

    RuleSet fromCache(String key) {
        this.cacheKey = key;
        return this;
    }

    String cacheKey() {
        return cacheKey;
    }
}
