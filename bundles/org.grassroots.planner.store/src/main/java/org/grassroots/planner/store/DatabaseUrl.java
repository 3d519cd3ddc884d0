package org.grassroots.planner.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The database URLs a planner may give (command line {@code --db}, the workbench preference, the
 * system property {@code planner.db.url}), checked before any connection is made.
 * <p>
 * Accepted: {@code jdbc:h2:file:…}, {@code jdbc:h2:tcp:…}, {@code jdbc:h2:ssl:…} and
 * {@code jdbc:postgresql:…}, with only the settings {@value #H2_ALLOWED} of H2 ({@code ;NAME=VALUE},
 * names in any case as H2 reads them, values {@code TRUE} or {@code FALSE}) and
 * {@value #POSTGRESQL_ALLOWED} of PostgreSQL ({@code ?name=value&…}, names as the driver spells them).
 * Everything else is refused, before the driver sees it: an {@code INIT} script (which H2 runs, from a
 * file or a web address, as it connects), any other setting, and credentials in the URL (H2
 * {@code USER}/{@code PASSWORD}, PostgreSQL {@code user}/{@code password} or {@code user:pass@host}):
 * the user and the password are given apart from the URL (see {@link DatabaseLogin}).
 * <p>
 * A refusal names what was refused with its value masked ({@code INIT=***}), never the value.
 */
public final class DatabaseUrl {
    /** What a masked value reads as. */
    public static final String MASK = "***";

    static final String H2_ALLOWED = "IFEXISTS, AUTO_SERVER, DB_CLOSE_ON_EXIT";
    static final String POSTGRESQL_ALLOWED = "ssl, sslmode, sslrootcert, connectTimeout, ApplicationName";
    private static final String ACCEPTED = "jdbc:h2:file:…, jdbc:h2:tcp:…, jdbc:h2:ssl:… or jdbc:postgresql:…";

    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final Set<String> H2_SETTINGS = Set.of("IFEXISTS", "AUTO_SERVER", "DB_CLOSE_ON_EXIT");
    private static final Set<String> POSTGRESQL_SETTINGS = Set.of("ssl", "sslmode", "sslrootcert", "connectTimeout",
            "ApplicationName");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    private DatabaseUrl() {
    }

    /**
     * @return the URL, unchanged, if a planner may give it
     * @throws DatabaseUrlException naming what is refused, values masked
     */
    public static String check(String url) {
        if (url == null || url.isBlank()) {
            throw new DatabaseUrlException("no database URL given");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new DatabaseUrlException(String.format("the database URL has a control character (U+%04X)", (int) c));
            }
        }
        if (url.startsWith(H2)) {
            checkH2(url);
        } else if (url.startsWith(POSTGRESQL)) {
            checkPostgresql(url);
        } else {
            throw notAccepted(url);
        }
        return url;
    }

    /** H2 reads the name up to the first {@code ;}, then settings split at {@code ;} ({@code \} escapes). */
    private static void checkH2(String url) {
        int semicolon = url.indexOf(';');
        String name = url.substring(H2.length(), semicolon < 0 ? url.length() : semicolon);
        if (name.startsWith("tcp:") || name.startsWith("ssl:")) {
            String server = name.substring("tcp:".length());
            int start = server.startsWith("//") ? 2 : 0;
            int slash = server.indexOf('/', start);
            String authority = server.substring(start, slash < 0 ? server.length() : slash);
            if (authority.indexOf('@') >= 0) {
                throw credentials(MASK + "@" + authority.substring(authority.lastIndexOf('@') + 1));
            }
        } else if (!name.startsWith("file:")) {
            throw notAccepted(url);
        }
        if (semicolon < 0) {
            return;
        }
        for (String setting : h2Settings(url.substring(semicolon + 1))) {
            if (setting.isEmpty()) {
                continue;
            }
            int equal = setting.indexOf('=');
            if (equal < 0) {
                throw new DatabaseUrlException("the database URL has a setting without '=' (" + MASK + ")");
            }
            String key = setting.substring(0, equal);
            String upper = key.toUpperCase(Locale.ENGLISH);
            if (upper.equals("USER") || upper.equals("PASSWORD")) {
                throw credentials(key + "=" + MASK);
            }
            if (!H2_SETTINGS.contains(upper)) {
                throw notAllowed(key, H2_ALLOWED);
            }
            if (!h2Boolean(setting.substring(equal + 1))) {
                throw new DatabaseUrlException("the database setting " + key + "=" + MASK + " takes TRUE or FALSE");
            }
        }
    }

    /** As H2's {@code StringUtils.arraySplit(s, ';', false)}: a backslash takes the next character as it is. */
    private static List<String> h2Settings(String settings) {
        List<String> list = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < settings.length(); i++) {
            char c = settings.charAt(i);
            if (c == ';') {
                list.add(b.toString());
                b.setLength(0);
            } else if (c == '\\' && i < settings.length() - 1) {
                b.append(settings.charAt(++i));
            } else {
                b.append(c);
            }
        }
        list.add(b.toString());
        return list;
    }

    private static boolean h2Boolean(String value) {
        return value.equalsIgnoreCase("TRUE") || value.equalsIgnoreCase("FALSE");
    }

    /** The driver reads the server part up to the first {@code ?}, then parameters split at {@code &}. */
    private static void checkPostgresql(String url) {
        int question = url.indexOf('?');
        String server = url.substring(POSTGRESQL.length(), question < 0 ? url.length() : question);
        int at = server.lastIndexOf('@');
        if (at >= 0) { // user:password@host (newer drivers read it): never in the URL
            throw credentials(MASK + "@" + server.substring(at + 1));
        }
        if (question < 0) {
            return;
        }
        for (String parameter : url.substring(question + 1).split("&", -1)) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equal = parameter.indexOf('=');
            String key = equal < 0 ? parameter : parameter.substring(0, equal);
            String value = equal < 0 ? "" : parameter.substring(equal + 1);
            if (key.equalsIgnoreCase("user") || key.equalsIgnoreCase("password")) {
                throw credentials(key + "=" + MASK);
            }
            if (!POSTGRESQL_SETTINGS.contains(key)) {
                throw notAllowed(key, POSTGRESQL_ALLOWED);
            }
            if (!postgresqlValue(key, value)) {
                throw new DatabaseUrlException("the database setting " + key + "=" + MASK + " takes "
                        + switch (key) {
                            case "ssl" -> "true or false";
                            case "sslmode" -> "disable, allow, prefer, require, verify-ca or verify-full";
                            case "connectTimeout" -> "a number of seconds";
                            default -> "a value";
                        });
            }
        }
    }

    /** @return whether the driver reads this value of an allowed parameter as what it looks like */
    private static boolean postgresqlValue(String key, String value) {
        return switch (key) {
            case "ssl" -> value.isEmpty() || value.equals("true") || value.equals("false");
            case "sslmode" -> SSL_MODES.contains(value);
            case "connectTimeout" -> value.matches("[0-9]{1,6}");
            default -> !value.isEmpty();
        };
    }

    private static DatabaseUrlException notAccepted(String url) {
        return new DatabaseUrlException("not a database URL the planner accepts (" + ACCEPTED + "): " + mask(url));
    }

    private static DatabaseUrlException notAllowed(String key, String allowed) {
        return new DatabaseUrlException("the database URL may not have the setting " + key + "=" + MASK
                + " (allowed: " + allowed + ")");
    }

    private static DatabaseUrlException credentials(String what) {
        return new DatabaseUrlException("the database URL may not carry credentials (" + what
                + "): give the user and the password apart from the URL");
    }

    /**
     * @return the URL as it may be shown or logged: the value of every setting masked unless it is an
     *         allowed one with a plain value ({@code IFEXISTS=TRUE}, {@code sslmode=require}), any
     *         {@code user:password@} masked, control characters replaced by {@code ?}
     */
    public static String mask(String url) {
        if (url == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(url.length());
        url.chars().forEach(c -> printable.append(c < 0x20 || c == 0x7f ? '?' : (char) c));
        String s = printable.toString();
        boolean h2 = s.startsWith(H2);
        boolean postgresql = s.startsWith(POSTGRESQL);
        int cut = firstOf(s, ";?");
        String head = cut < 0 ? s : s.substring(0, cut);
        int slashes = head.indexOf("//");
        int userinfo = slashes >= 0 ? slashes + 2
                : head.startsWith(H2 + "tcp:") || head.startsWith(H2 + "ssl:") ? H2.length() + "tcp:".length()
                : postgresql ? POSTGRESQL.length() : -1;
        int at = head.lastIndexOf('@');
        if (userinfo >= 0 && at >= userinfo) {
            head = head.substring(0, userinfo) + MASK + head.substring(at);
        }
        if (cut < 0) {
            return head;
        }
        StringBuilder masked = new StringBuilder(head);
        StringBuilder token = new StringBuilder();
        for (int i = cut; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ';';
            if (i == s.length() || c == ';' || c == '?' || c == '&') {
                if (i > cut) {
                    masked.append(maskSetting(token.toString(), h2, postgresql));
                    token.setLength(0);
                }
                if (i < s.length()) {
                    masked.append(c);
                }
            } else {
                token.append(c);
            }
        }
        return masked.toString();
    }

    private static String maskSetting(String setting, boolean h2, boolean postgresql) {
        if (setting.isEmpty()) {
            return "";
        }
        int equal = setting.indexOf('=');
        if (equal < 0) {
            return MASK;
        }
        String key = setting.substring(0, equal);
        String value = setting.substring(equal + 1);
        boolean plain = h2 && H2_SETTINGS.contains(key.toUpperCase(Locale.ENGLISH)) && h2Boolean(value)
                || postgresql && (key.equals("ssl") || key.equals("sslmode") || key.equals("connectTimeout"))
                        && postgresqlValue(key, value);
        return key + "=" + (plain ? value : MASK);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return a driver's message as it may be shown: the URL in it masked, the password (if any) too
     */
    static String redact(String text, String url, char[] password) {
        if (text == null) {
            return "";
        }
        String out = text;
        if (url != null && !url.isEmpty()) {
            out = out.replace(url, mask(url));
        }
        if (password != null && password.length > 0) {
            out = out.replace(new String(password), MASK);
        }
        return out;
    }
}
