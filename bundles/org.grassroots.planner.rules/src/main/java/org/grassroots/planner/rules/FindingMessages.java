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

    /** @return the finding's message in this locale's language (Japanese or English) */
    public String format(Finding finding, Locale locale) {
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
            m.appendReplacement(out, Matcher.quoteReplacement(render(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String render(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "-" : String.join(", ", c.stream().map(String::valueOf).toList());
        }
        if (value instanceof Long yen) {
            return String.format(Locale.ROOT, "%,d", yen); // amounts of yen; years are Integers
        }
        return String.valueOf(value);
    }
}
