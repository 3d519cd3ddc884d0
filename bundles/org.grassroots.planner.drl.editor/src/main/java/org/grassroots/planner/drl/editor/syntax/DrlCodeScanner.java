package org.grassroots.planner.drl.editor.syntax;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.grassroots.planner.drl.editor.assist.FactTypes;
import org.grassroots.planner.drl.editor.assist.RuleAttributes;

/** Colours the code of a DRL file: keywords, rule attributes, fact types, {@code $bindings} and numbers. */
public final class DrlCodeScanner extends RuleBasedScanner {

    public DrlCodeScanner() {
        IToken keyword = DrlColors.KEYWORD.token();
        IToken attribute = DrlColors.ATTRIBUTE.token();
        IToken type = DrlColors.FACT_TYPE.token();
        IToken plain = DrlColors.DEFAULT.token();
        WordRule words = new WordRule(new Words(), plain);
        for (List<String> list : List.of(DrlWords.STRUCTURE, DrlWords.CONDITIONS, DrlWords.CONSEQUENCE, DrlWords.JAVA)) {
            list.forEach(w -> words.addWord(w, keyword));
        }
        RuleAttributes.NAMES.forEach(w -> words.addWord(w, attribute));
        FactTypes.all().forEach(c -> words.addWord(c.getSimpleName(), type));
        words.addWord("Findings", type);
        List<IRule> rules = new ArrayList<>();
        rules.add(new WhitespaceRule(Character::isWhitespace));
        rules.add(new WordRule(new Bindings(), DrlColors.VARIABLE.token()));
        rules.add(words);
        rules.add(new NumberRule(DrlColors.NUMBER.token()));
        setRules(rules.toArray(IRule[]::new));
        setDefaultReturnToken(plain);
    }

    /** Java identifiers, with inner hyphens for attributes such as {@code no-loop}. */
    private static final class Words implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isJavaIdentifierStart(c) && c != '$';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isJavaIdentifierPart(c) || c == '-';
        }
    }

    /** {@code $name}: a binding of a rule's conditions. */
    private static final class Bindings implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return c == '$';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isJavaIdentifierPart(c) && c != '$';
        }
    }
}
