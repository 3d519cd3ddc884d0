package org.grassroots.planner.drl.editor.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;

/** The codes rules compare strings with: themes, states and missions of the shipped reference data. */
public final class ReferenceCodes {
    /** A code, what it stands for in the user's language, and which list it is from. */
    public record Code(String code, String label, String list) {
    }

    private static volatile List<Code> shipped;

    private ReferenceCodes() {
    }

    /** @return the codes of the shipped reference data: themes, then states, then missions */
    public static List<Code> shipped() {
        List<Code> codes = shipped;
        if (codes == null) {
            codes = read(ReferenceData.shipped(), "ja".equals(Locale.getDefault().getLanguage()));
            shipped = codes;
        }
        return codes;
    }

    static List<Code> read(ReferenceData data, boolean japanese) {
        List<Code> out = new ArrayList<>();
        for (Theme t : data.themes()) {
            out.add(new Code(t.getCode(), japanese ? t.getLabelJa() : t.getLabelEn(), Messages.codeTheme));
        }
        out.add(new Code("US", Messages.codeNationwide, Messages.codeState));
        data.states().values().stream().sorted(Comparator.comparing(UsState::code))
                .forEach(s -> out.add(new Code(s.code(), japanese ? s.nameJa() : s.nameEn(), Messages.codeState)));
        for (Mission m : data.missions()) {
            out.add(new Code(m.getCode(), japanese ? m.getNameJa() : m.getNameEn(), Messages.codeMission));
        }
        return List.copyOf(out);
    }
}
