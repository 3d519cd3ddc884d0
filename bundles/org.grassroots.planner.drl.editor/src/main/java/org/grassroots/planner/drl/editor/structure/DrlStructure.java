package org.grassroots.planner.drl.editor.structure;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.drl.editor.structure.DrlElement.Kind;

/**
 * The parts of a DRL file (package, imports, globals, functions, queries, declarations, rules), found by a
 * tolerant scan that skips comments and strings and survives text a rule author is still typing. Drools itself
 * judges the text; this only places things for the outline, the folding and content assist.
 */
public final class DrlStructure {
    public static final DrlStructure EMPTY = new DrlStructure(List.of());

    private final List<DrlElement> elements;

    private DrlStructure(List<DrlElement> elements) {
        this.elements = List.copyOf(elements);
    }

    public List<DrlElement> elements() {
        return elements;
    }

    /** @return the parts of this kind, in the order of the file */
    public List<DrlElement> of(Kind kind) {
        return elements.stream().filter(e -> e.kind() == kind).toList();
    }

    /** @return the rule, query, function or declaration this offset is in, or null */
    public DrlElement blockAt(int offset) {
        return elements.stream().filter(e -> e.kind() != Kind.PACKAGE && e.kind() != Kind.IMPORT
                && e.kind() != Kind.GLOBAL && e.contains(offset)).findFirst().orElse(null);
    }

    public static DrlStructure parse(String text) {
        return new DrlStructure(new Parser(text).run());
    }

    /** Walks the text word by word. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        List<DrlElement> run() {
            List<DrlElement> out = new ArrayList<>();
            int[] word;
            while ((word = nextWord()) != null) {
                String w = text.substring(word[0], word[1]);
                switch (w) {
                    case "package" -> out.add(line(Kind.PACKAGE, word[0], word[1]));
                    case "import" -> out.add(line(Kind.IMPORT, word[0], word[1]));
                    case "global" -> out.add(line(Kind.GLOBAL, word[0], word[1]));
                    case "rule", "query" -> out.add(block(w.equals("rule") ? Kind.RULE : Kind.QUERY, word[0], word[1]));
                    case "declare" -> out.add(block(Kind.DECLARE, word[0], word[1]));
                    case "function" -> out.add(function(word[0], word[1]));
                    default -> {
                        // a word outside any part: Drools will say what is wrong with it
                    }
                }
            }
            return out;
        }

        /** A part that is one line: its name is the rest of the line. */
        private DrlElement line(Kind kind, int start, int afterKeyword) {
            int eol = text.indexOf('\n', afterKeyword);
            int end = eol < 0 ? text.length() : eol;
            String rest = text.substring(afterKeyword, end);
            int comment = rest.indexOf("//");
            if (comment >= 0) {
                rest = rest.substring(0, comment);
            }
            String name = rest.strip();
            if (name.endsWith(";")) {
                name = name.substring(0, name.length() - 1).strip();
            }
            int nameOffset = name.isEmpty() ? afterKeyword : text.indexOf(name, afterKeyword);
            at = end;
            return new DrlElement(kind, name, start, end - start, nameOffset, name.length(), -1, -1);
        }

        /** A rule, query or declaration: its name, then everything up to its {@code end}. */
        private DrlElement block(Kind kind, int start, int afterKeyword) {
            at = afterKeyword;
            skipBlanks();
            int nameStart = at;
            int nameEnd;
            String name;
            if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                char quote = text.charAt(at);
                int close = at + 1;
                while (close < text.length() && text.charAt(close) != quote && text.charAt(close) != '\n') {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                nameStart = at + 1;
                nameEnd = Math.min(close, text.length());
                name = text.substring(nameStart, nameEnd);
                at = Math.min(close + 1, text.length());
            } else {
                int e = at;
                while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != '(') {
                    e++;
                }
                name = text.substring(at, e);
                at = e;
                nameEnd = e;
            }
            int when = -1;
            int then = -1;
            int[] word;
            while ((word = nextWord()) != null) {
                String w = text.substring(word[0], word[1]);
                if (isKeyword(word)) {
                    if (w.equals("when") && when < 0 && then < 0) {
                        when = word[0];
                    } else if (w.equals("then") && then < 0) {
                        then = word[0];
                    } else if (w.equals("end")) {
                        return new DrlElement(kind, name, start, word[1] - start, nameStart, nameEnd - nameStart, when, then);
                    } else if (then < 0 && (w.equals("rule") || w.equals("query")) && isLineStart(word[0])) {
                        at = word[0]; // an unfinished part: the next one starts here
                        return new DrlElement(kind, name, start, trimEnd(word[0]) - start, nameStart, nameEnd - nameStart,
                                when, then);
                    }
                }
            }
            return new DrlElement(kind, name, start, trimEnd(text.length()) - start, nameStart, nameEnd - nameStart, when,
                    then);
        }

        /** A function: its name, then up to the brace that closes its body. */
        private DrlElement function(int start, int afterKeyword) {
            int open = text.indexOf('(', afterKeyword);
            String head = open < 0 ? "" : text.substring(afterKeyword, open).strip();
            String name = head.contains(" ") ? head.substring(head.lastIndexOf(' ') + 1) : head;
            int nameOffset = open < 0 ? afterKeyword : text.lastIndexOf(name, open);
            at = afterKeyword;
            int depth = 0;
            boolean opened = false;
            while (at < text.length()) {
                skipCommentsAndStrings();
                if (at >= text.length()) {
                    break;
                }
                char c = text.charAt(at++);
                if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}' && --depth == 0 && opened) {
                    break;
                }
            }
            return new DrlElement(Kind.FUNCTION, name, start, at - start, nameOffset, name.length(), -1, -1);
        }

        /** A keyword stands alone: not a field ({@code $ref.end}) nor a call ({@code end(...)}). */
        private boolean isKeyword(int[] word) {
            int before = word[0] - 1;
            while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
                before--;
            }
            int after = word[1];
            while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                after++;
            }
            boolean dotBefore = before >= 0 && text.charAt(before) == '.';
            boolean dotOrCallAfter = after < text.length() && (text.charAt(after) == '.' || text.charAt(after) == '(');
            return !dotBefore && !dotOrCallAfter;
        }

        private boolean isLineStart(int offset) {
            int i = offset - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
            return i < 0 || text.charAt(i) == '\n';
        }

        private int trimEnd(int end) {
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        /** @return start and end of the next word outside comments and strings, or null at the end */
        private int[] nextWord() {
            while (at < text.length()) {
                skipCommentsAndStrings();
                if (at >= text.length()) {
                    return null;
                }
                char c = text.charAt(at);
                if (Character.isJavaIdentifierStart(c) && c != '$') {
                    int start = at;
                    while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                        at++;
                    }
                    return new int[] { start, at };
                }
                if (c == '$') {
                    at++;
                    while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                        at++;
                    }
                } else {
                    at++;
                }
            }
            return null;
        }

        private void skipCommentsAndStrings() {
            boolean moved = true;
            while (moved && at < text.length()) {
                moved = false;
                if (text.startsWith("//", at)) {
                    int eol = text.indexOf('\n', at);
                    at = eol < 0 ? text.length() : eol + 1;
                    moved = true;
                } else if (text.startsWith("/*", at)) {
                    int close = text.indexOf("*/", at + 2);
                    at = close < 0 ? text.length() : close + 2;
                    moved = true;
                } else if (text.charAt(at) == '"' || text.charAt(at) == '\'') {
                    char quote = text.charAt(at++);
                    while (at < text.length() && text.charAt(at) != quote && text.charAt(at) != '\n') {
                        at += text.charAt(at) == '\\' ? 2 : 1;
                    }
                    at = Math.min(at + 1, text.length());
                    moved = true;
                } else if (Character.isWhitespace(text.charAt(at))) {
                    at++;
                    moved = true;
                }
            }
        }

        private void skipBlanks() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }
    }
}
