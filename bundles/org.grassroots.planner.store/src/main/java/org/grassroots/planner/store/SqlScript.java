package org.grassroots.planner.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into its statements at each {@code ;} that ends one, skipping the
 * {@code ;} inside quoted text ({@code '…'}, {@code "…"}), comments ({@code --}, {@code /* … *}{@code /})
 * and PostgreSQL's dollar-quoted bodies ({@code $$ … $$}, {@code $tag$ … $tag$}) of functions and
 * {@code DO} blocks. JDBC runs one statement at a time and H2's and PostgreSQL's own script tools are
 * not available to a driver, so the store does this itself.
 */
final class SqlScript {
    private SqlScript() {
    }

    /** @return the statements, stripped, without empty ones or those that are only comments */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean code = false; // the current statement holds more than comments and blanks
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(script, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(script, i, end);
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end);
                code = true;
                i = end;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(script, i, end);
                code = true;
                i = end;
            } else if (c == ';') {
                if (code) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
                code = false;
                i++;
            } else {
                current.append(c);
                code |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (code) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** @return the index after the quote that closes the one at {@code start} (a doubled quote is part of the text) */
    private static int closingQuote(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** @return the dollar-quote tag starting at {@code start} ({@code $$} or {@code $name$}), or null if there is none */
    private static String dollarTag(String s, int start) {
        int i = start + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(s.charAt(start + 1)))) {
            return s.substring(start, i + 1);
        }
        return null;
    }
}
