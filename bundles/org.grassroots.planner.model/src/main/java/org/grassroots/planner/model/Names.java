package org.grassroots.planner.model;

import java.util.Locale;

/**
 * The names of the codes a planner reads in a finding's message, in the language asked (Japanese or English):
 * missions, states, themes, kinds, formats and statuses. A code with no known name is its own name (never blank).
 * The planning service builds these from the year's reference and the theme catalogue, so that the workbench, the
 * commands and the documents write the same words.
 */
public interface Names {
    /** @return the mission's name ({@code cg-denver} → 在デンバー日本国総領事館, Consulate-General of Japan in Denver) */
    String mission(String code, Locale locale);

    /** @return the state's, DC's or territory's name ({@code TX} → テキサス州, Texas; {@code US} → 全米, nationwide) */
    String state(String code, Locale locale);

    /** @return the theme's label of the catalogue ({@code covid-19} → コロナ対策, COVID-19) */
    String theme(String code, Locale locale);

    /** @return the kind's label ({@code food-pr} → 日本食PR, Japanese food PR) */
    default String kind(String code, Locale locale) {
        return CodeLabels.kind(code, locale);
    }

    /** @return the format's label ({@code in-person} → 対面, In person) */
    default String format(String code, Locale locale) {
        return CodeLabels.format(code, locale);
    }

    /** @return the status's label ({@code approved} → 承認済み, approved) */
    default String status(String code, Locale locale) {
        return CodeLabels.status(code, locale);
    }

    /** Names that know no mission, state or theme (each is its code); kinds, formats and statuses have their labels. */
    Names CODES = new Names() {
        @Override
        public String mission(String code, Locale locale) {
            return code;
        }

        @Override
        public String state(String code, Locale locale) {
            return CodeLabels.nationwide(code, locale);
        }

        @Override
        public String theme(String code, Locale locale) {
            return code;
        }
    };
}
