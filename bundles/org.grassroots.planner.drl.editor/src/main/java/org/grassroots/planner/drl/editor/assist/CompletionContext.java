package org.grassroots.planner.drl.editor.assist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;

/**
 * What surrounds the cursor when a rule author asks for proposals: the word typed so far, what it is qualified by
 * ({@code $i.} or {@code Status.}), whether it is inside a string, which part of a rule it is in, the fact type of
 * the pattern it is in, and the bindings of the rule so far.
 */
public record CompletionContext(String prefix, String qualifier, boolean inString, Section section, String pattern,
        Map<String, String> bindings) {

    /** Where in a file the cursor is. */
    public enum Section {
        /** outside any rule */
        TOP,
        /** between a rule's name and {@code when}: its attributes */
        HEADER,
        /** the conditions */
        WHEN,
        /** the consequence */
        THEN,
        /** a query, function or declaration */
        OTHER
    }

    private static final Pattern BINDING = Pattern.compile("(\\$[\\w]+)\\s*:\\s*([A-Z][\\w]*)\\s*\\(");

    public static CompletionContext at(String text, int offset) {
        DrlStructure structure = DrlStructure.parse(text);
        int start = offset;
        boolean inString = false;
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int quote = openQuote(text, lineStart, offset);
        if (quote >= 0) {
            inString = true;
            start = quote + 1;
        } else {
            while (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
        }
        String prefix = text.substring(start, offset);
        String qualifier = null;
        if (!inString && start > 0 && text.charAt(start - 1) == '.') {
            int q = start - 1;
            while (q > 0 && Character.isJavaIdentifierPart(text.charAt(q - 1))) {
                q--;
            }
            qualifier = text.substring(q, start - 1);
        }
        DrlElement block = structure.blockAt(offset);
        Section section = section(block, offset);
        Map<String, String> bindings = new LinkedHashMap<>();
        String pattern = null;
        if (block != null && block.kind() == DrlElement.Kind.RULE) {
            String upToCursor = text.substring(block.offset(), offset);
            Matcher m = BINDING.matcher(upToCursor);
            while (m.find()) {
                bindings.put(m.group(1), m.group(2));
            }
            if (section == Section.WHEN) {
                pattern = enclosingPattern(text, Math.max(block.whenOffset(), block.offset()), start);
            }
        }
        return new CompletionContext(prefix, qualifier, inString, section, pattern, bindings);
    }

    private static Section section(DrlElement block, int offset) {
        if (block == null) {
            return Section.TOP;
        }
        if (block.kind() != DrlElement.Kind.RULE) {
            return Section.OTHER;
        }
        if (block.thenOffset() >= 0 && offset > block.thenOffset() + 3) {
            return Section.THEN;
        }
        if (block.whenOffset() >= 0 && offset > block.whenOffset() + 3) {
            return Section.WHEN;
        }
        return offset > block.nameOffset() + block.nameLength() ? Section.HEADER : Section.TOP;
    }

    /** @return the offset of the quote that opens a string the cursor is in on this line, or -1 */
    private static int openQuote(String text, int lineStart, int offset) {
        int open = -1;
        for (int i = lineStart; i < offset; i++) {
            char c = text.charAt(i);
            if (open < 0 && c == '/' && i + 1 < offset && text.charAt(i + 1) == '/') {
                return -1;
            }
            if (c == '\\' && open >= 0) {
                i++;
            } else if (c == '"') {
                open = open >= 0 ? -1 : i;
            }
        }
        return open;
    }

    /** @return the type name before the innermost parenthesis still open at this offset, or null */
    static String enclosingPattern(String text, int from, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    int e = i;
                    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    int s = e;
                    while (s > from && Character.isJavaIdentifierPart(text.charAt(s - 1))) {
                        s--;
                    }
                    String word = text.substring(s, e);
                    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                        return word;
                    }
                    // a group or a call inside the pattern: look further out
                } else {
                    depth--;
                }
            }
        }
        return null;
    }
}
