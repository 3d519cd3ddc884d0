package org.grassroots.planner.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;

/**
 * Writes the codes a rule's message holds (missions, themes, kinds, formats, statuses, states) as the names a
 * Japanese reader knows: {@code cg-atlanta} → 在アトランタ日本国総領事館, {@code TX} → テキサス州. A state code is
 * replaced only where it stands alone (after a blank, a bracket or a comma), so that 日本食PR stays as it is.
 */
final class CodeNames {
    private static final Pattern STATE = Pattern.compile("(?<=^|[\\s(\\uff08,\\u3001:\\uff1a])([A-Z]{2})(?=$|[\\s)\\uff09,\\u3001.\\u3002])");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9-])([a-z][a-z0-9.]*(?:-[a-z0-9.]+)+|[a-z]+)(?![A-Za-z0-9-])");

    private final boolean japanese;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> states = new LinkedHashMap<>();

    CodeNames(ReferenceData data, Labels l) {
        boolean ja = l.japanese();
        this.japanese = ja;
        for (Mission m : data.missions()) {
            names.put(m.getCode(), ja ? m.getNameJa() : m.getNameEn());
        }
        for (Theme t : data.themes()) {
            names.put(t.getCode(), ja ? t.getLabelJa() : t.getLabelEn());
        }
        for (org.grassroots.planner.model.Kind k : org.grassroots.planner.model.Kind.values()) {
            names.put(k.code(), l.get("kind." + k.code()));
        }
        for (org.grassroots.planner.model.Format f : org.grassroots.planner.model.Format.values()) {
            names.put(f.code(), l.get("r.format." + f.code()));
        }
        for (org.grassroots.planner.model.Status s : org.grassroots.planner.model.Status.values()) {
            names.put(s.code(), l.get("status.name." + s.code()));
        }
        for (UsState s : data.states().values()) {
            states.put(s.code(), ja ? s.nameJa() : s.nameEn());
        }
        states.put("US", ja ? "\u5168\u7c73" : "nationwide");
    }

    /** @return the text with every known code written as its name */
    String names(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = japanese || m.group(1).indexOf('-') > 0 ? names.get(m.group(1)) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group(1) : name));
        }
        m.appendTail(out);
        Matcher s = STATE.matcher(out.toString());
        StringBuilder out2 = new StringBuilder();
        while (s.find()) {
            String name = states.get(s.group(1));
            s.appendReplacement(out2, Matcher.quoteReplacement(name == null ? s.group(1) : name));
        }
        s.appendTail(out2);
        return japanese ? out2.toString().replace(", ", "\u3001") : out2.toString();
    }

    /** @return the name of a code, or the code */
    String name(String code) {
        String n = names.get(code);
        return n != null ? n : states.getOrDefault(code, code);
    }
}
