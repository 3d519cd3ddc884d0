package org.grassroots.planner.export;

import org.grassroots.planner.model.Names;

/**
 * Writes the codes the documents show (missions, themes, kinds, states) as the names a reader knows, in the documents' language:
 * {@code cg-atlanta} → 在アトランタ日本国総領事館, {@code TX} → テキサス州. The names are the planning service's
 * ({@link ProposalContent#names()}); the findings' messages already hold names ({@link ExplainedFinding}).
 */
final class CodeNames {
    private final Names names;
    private final java.util.Locale locale;

    CodeNames(Names names, Labels l) {
        this.names = names;
        this.locale = l.locale();
    }

    /** @return the name of a mission, theme, kind or state code, or the code */
    String name(String code) {
        if (code == null) {
            return null;
        }
        for (String n : new String[] { names.mission(code, locale), names.theme(code, locale), names.kind(code, locale) }) {
            if (n != null && !n.equals(code)) {
                return n;
            }
        }
        return names.state(code, locale);
    }
}
