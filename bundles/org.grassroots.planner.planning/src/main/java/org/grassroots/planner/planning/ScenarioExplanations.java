package org.grassroots.planner.planning;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.reference.ReferenceData;

/**
 * A suggestion's explanation said in English or Japanese, for the workbench and the command line alike: the score with
 * its figures, and for each change the initiative (its id and title), what is done to it and the constraint it serves,
 * each named in words (a mission by its name, not its code). The words are those of {@code comparison*.properties}.
 */
public final class ScenarioExplanations {
    /** The figures behind a score, in the order they are said (the keys of the explanation's {@code figures}). */
    public static final List<String> FIGURES = List.of("hard", "soft", "over_cap_jpy", "over_shares_jpy", "priority_themes_covered",
            "priority_themes", "priority_states_covered", "priority_states", "outreach_states_reached", "outreach_states",
            "lines_off_even_points", "change_steps");

    private ScenarioExplanations() {
    }

    /**
     * @param plan the year's initiatives by id (for their titles; an id not there is said alone)
     * @return the score line, then one line per change ({@code id title: action → constraint})
     */
    public static List<String> lines(Scenario.Explanation e, Map<String, Initiative> plan, Locale locale) {
        ResourceBundle l = bundle(locale);
        List<String> out = new ArrayList<>();
        out.add(score(e, locale));
        for (Scenario.Reason r : e.reasons()) {
            Initiative i = plan.get(r.id());
            String title = i == null ? "" : " " + title(i, locale);
            out.add(MessageFormat.format(l.getString("explanation.change"), r.id() + title, action(r.action(), locale),
                    constraint(r.constraint(), locale)));
        }
        return out;
    }

    /** @return the score and, when the explanation keeps them, its figures in words */
    public static String score(Scenario.Explanation e, Locale locale) {
        ResourceBundle l = bundle(locale);
        Map<String, Long> f = e.figures();
        if (!f.keySet().containsAll(FIGURES)) {
            return MessageFormat.format(l.getString("explanation.scoreOnly"), e.score());
        }
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        Object[] args = new Object[FIGURES.size()];
        for (int k = 0; k < FIGURES.size(); k++) {
            args[k] = n.format(f.get(FIGURES.get(k)));
        }
        return new MessageFormat(l.getString("explanation.score"), locale).format(args);
    }

    /** @return what is done to an initiative ({@code trim-20}, {@code trim-40}, {@code move-next-year}) in words */
    public static String action(String code, Locale locale) {
        return word("action." + code, code, locale);
    }

    /**
     * @return the constraint a change serves in words: {@code budget-cap}, {@code mission-share:CODE} (the mission
     *         named), {@code policy-lines-balanced}, …
     */
    public static String constraint(String code, Locale locale) {
        if (code != null && code.startsWith("mission-share:")) {
            String mission = code.substring("mission-share:".length());
            return MessageFormat.format(word("constraint.mission-share", code, locale), missionName(mission, locale));
        }
        return word("constraint." + code, code, locale);
    }

    /** @return the name of the solver's suggestion for the year ({@code Suggested: FY2023 …}) in the language */
    public static String suggestionName(int fiscalYear, Locale locale) {
        return MessageFormat.format(bundle(locale).getString("suggestion.name"), String.valueOf(fiscalYear));
    }

    /** @return a severity in words */
    public static String severity(org.grassroots.planner.model.Severity severity, Locale locale) {
        return word("severity." + severity.code(), severity.code(), locale);
    }

    /**
     * @param key a key of {@link ScenarioComparison.Side#countsByRule()}: {@code SEVERITY RULE}
     * @return the severity in words, then the rule's id
     */
    public static String ruleCount(String key, Locale locale) {
        int space = key.indexOf(' ');
        if (space < 0) {
            return key;
        }
        String code = key.substring(0, space);
        return word("severity." + code, code, locale) + " " + key.substring(space + 1);
    }

    /** @return the mission's name in the language (its code if it is not a known mission) */
    public static String missionName(String code, Locale locale) {
        Mission m = ReferenceData.shipped().mission(code);
        if (m == null) {
            return code;
        }
        return japanese(locale) ? m.getNameJa() : m.getNameEn();
    }

    private static String title(Initiative i, Locale locale) {
        return !japanese(locale) && i.getTitleEn() != null && !i.getTitleEn().isBlank() ? i.getTitleEn() : i.getTitleJa();
    }

    private static boolean japanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    private static String word(String key, String fallback, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.grassroots.planner.planning.comparison", locale,
                ScenarioExplanations.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
