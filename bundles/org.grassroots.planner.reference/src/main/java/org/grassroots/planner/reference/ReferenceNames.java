package org.grassroots.planner.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.grassroots.planner.model.CodeLabels;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Names;
import org.grassroots.planner.model.Theme;

/**
 * The names of a year's codes: its reference's missions (then the shipped ones), the shipped states and theme
 * catalogue, and the labels of kinds, formats and statuses ({@link CodeLabels}). A code with no known name is its
 * own name. Built by the planning service for the reference it resolved.
 */
public final class ReferenceNames implements Names {
    private final Map<String, Mission> missions = new HashMap<>();
    private final Map<String, Theme> themes = new HashMap<>();
    private final Map<String, UsState> states;

    /**
     * @param reference the year's reference (its missions come first), or null for the shipped missions only
     * @param data the shipped states, themes and missions
     */
    public ReferenceNames(FiscalYearReference reference, ReferenceData data) {
        for (Mission m : data.missions()) {
            missions.putIfAbsent(m.getCode(), m);
        }
        if (reference != null) {
            for (Mission m : reference.getMissions()) {
                missions.put(m.getCode(), m);
            }
        }
        for (Theme t : data.themes()) {
            themes.putIfAbsent(t.getCode(), t);
        }
        states = data.states();
    }

    @Override
    public String mission(String code, Locale locale) {
        Mission m = code == null ? null : missions.get(code);
        return m == null ? code : orCode(CodeLabels.japanese(locale) ? m.getNameJa() : m.getNameEn(), code);
    }

    @Override
    public String state(String code, Locale locale) {
        UsState s = code == null ? null : states.get(code);
        return s == null ? CodeLabels.nationwide(code, locale) : orCode(CodeLabels.japanese(locale) ? s.nameJa() : s.nameEn(), code);
    }

    @Override
    public String theme(String code, Locale locale) {
        Theme t = code == null ? null : themes.get(code);
        return t == null ? code : orCode(CodeLabels.japanese(locale) ? t.getLabelJa() : t.getLabelEn(), code);
    }

    private static String orCode(String name, String code) {
        return name == null || name.isBlank() ? code : name;
    }
}
