package org.grassroots.planner.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Names;

/**
 * The messages of the rules, kept by rule authors beside the DRL files as
 * {@code messages.properties} (English) and {@code messages_ja.properties} (Japanese), keyed by
 * rule id; {@code {name}} stands for the finding's fact of that name.
 */
public final class FindingMessages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

    private final Properties english;
    private final Properties japanese;

    FindingMessages(Path folder) throws IOException {
        english = load(folder.resolve("messages.properties"));
        japanese = load(folder.resolve("messages_ja.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    /**
     * @return the finding's message in this locale's language (Japanese or English), every code a placeholder holds
     *         written as its name in that language: a placeholder named {@code mission} or {@code missions} (or
     *         ending in {@code _mission}, {@code _missions}) holds missions; {@code state}, {@code states},
     *         {@code jurisdiction} (or ending in {@code _state}, {@code _states}) states; {@code theme},
     *         {@code themes} (or ending in {@code _theme}, {@code _themes}) themes; {@code kind}, {@code format},
     *         {@code status} their codes. A code with no name stays as it is; the finding's facts keep the codes. A
     *         fact that is true or false is written as the text the messages file gives under the fact's name when
     *         true, and as nothing when false.
     */
    public String format(Finding finding, Names names, Locale locale) {
        Properties primary = "ja".equals(locale.getLanguage()) ? japanese : english;
        String template = primary.getProperty(finding.getRule(), english.getProperty(finding.getRule()));
        if (template == null) {
            return finding.getRule() + " " + finding.getFacts();
        }
        Map<String, Object> facts = finding.getFacts();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = facts.containsKey(name) ? facts.get(name) : switch (name) {
                case "initiative" -> finding.getInitiative();
                case "mission" -> finding.getMission();
                case "state" -> finding.getState();
                default -> null;
            };
            String text = value instanceof Boolean b // a true or false fact: the text the file gives under its name, or nothing
                    ? (b ? primary.getProperty(name, english.getProperty(name, "")) : "")
                    : render(name, value, names, locale);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @return one fact of a finding as its message writes it: codes by their names (by the fact's name, as
     *         {@link #format(Finding, Names, Locale)} says), lists joined, amounts with separators, shares in percent
     */
    public static String fact(String name, Object value, Names names, Locale locale) {
        return render(name, value, names, locale);
    }

    /** What codes a placeholder holds, by its name. */
    private enum Holds {
        MISSION, STATE, THEME, KIND, FORMAT, STATUS, OTHER;

        static Holds of(String placeholder) {
            String last = placeholder.substring(placeholder.lastIndexOf('_') + 1);
            return switch (last) {
                case "mission", "missions" -> MISSION;
                case "state", "states", "jurisdiction" -> STATE;
                case "theme", "themes" -> THEME;
                case "kind" -> placeholder.equals(last) ? KIND : OTHER;
                case "format" -> placeholder.equals(last) ? FORMAT : OTHER;
                case "status" -> placeholder.equals(last) ? STATUS : OTHER;
                default -> OTHER;
            };
        }

        String name(String code, Names names, Locale locale) {
            String n = switch (this) {
                case MISSION -> names.mission(code, locale);
                case STATE -> names.state(code, locale);
                case THEME -> names.theme(code, locale);
                case KIND -> names.kind(code, locale);
                case FORMAT -> names.format(code, locale);
                case STATUS -> names.status(code, locale);
                case OTHER -> code;
            };
            return n == null || n.isBlank() ? code : n;
        }
    }

    private static String render(String placeholder, Object value, Names names, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        if (value == null) {
            return "-";
        }
        Holds holds = Holds.of(placeholder);
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "-"
                    : String.join(ja ? "\u3001" : ", ", c.stream().map(v -> one(holds, v, names, locale)).toList());
        }
        if (value instanceof Long yen) {
            return String.format(Locale.ROOT, "%,d", yen); // amounts of yen; years are Integers
        }
        if (value instanceof Double d && (placeholder.endsWith("_share_max") || placeholder.endsWith("_share_min"))) {
            java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(ja ? Locale.JAPANESE : Locale.ENGLISH);
            percent.setMaximumFractionDigits(1);
            return percent.format(d);
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue()); // a factor of 3.0 reads 3
        }
        return one(holds, value, names, locale);
    }

    private static String one(Holds holds, Object value, Names names, Locale locale) {
        String code = value instanceof org.grassroots.planner.model.Kind k ? k.code()
                : value instanceof org.grassroots.planner.model.Format f ? f.code()
                : value instanceof org.grassroots.planner.model.Status s ? s.code() : String.valueOf(value);
        Holds h = value instanceof org.grassroots.planner.model.Kind ? Holds.KIND
                : value instanceof org.grassroots.planner.model.Format ? Holds.FORMAT
                : value instanceof org.grassroots.planner.model.Status ? Holds.STATUS : holds;
        return h.name(code, names, locale);
    }
}
