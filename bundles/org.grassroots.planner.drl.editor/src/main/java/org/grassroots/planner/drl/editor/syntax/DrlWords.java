package org.grassroots.planner.drl.editor.syntax;

import java.util.List;

/** The words of the DRL language (Drools 10) that the editor colours and proposes. */
public final class DrlWords {
    /** Words that open or close the parts of a rule file. */
    public static final List<String> STRUCTURE = List.of("package", "import", "global", "function", "query", "declare",
            "rule", "when", "then", "end", "extends", "unit");
    /** Words of a rule's conditions. */
    public static final List<String> CONDITIONS = List.of("not", "exists", "forall", "from", "accumulate", "collect",
            "eval", "and", "or", "over", "window", "entry-point", "contains", "memberOf", "matches", "soundslike", "in",
            "str", "this", "init", "action", "reverse", "result");
    /** Words of a rule's consequence that DRL adds to Java. */
    public static final List<String> CONSEQUENCE = List.of("insert", "insertLogical", "update", "modify", "delete",
            "retract", "drools", "kcontext");
    /** Java words met in consequences and functions. */
    public static final List<String> JAVA = List.of("new", "return", "if", "else", "for", "while", "do", "break",
            "continue", "switch", "case", "default", "null", "true", "false", "instanceof", "final", "var", "int", "long",
            "double", "boolean", "void", "String", "throw", "try", "catch", "finally", "super");

    private DrlWords() {
    }
}
