package org.grassroots.planner.drl.editor.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.grassroots.planner.drl.editor.assist.FactTypes;
import org.grassroots.planner.drl.editor.assist.RuleAttributes;
import org.grassroots.planner.rules.Phrases.Phrase;

/**
 * Colours the code of a DRL file: keywords, rule attributes, fact types, {@code $bindings} and numbers; in a
 * {@code .dslr} file also each line that is a phrase of the folder's {@code .dsl} files (matched as Drools' expander
 * matches it), with what was written in place of the phrase's {@code {name}}s in a colour of their own.
 */
public final class DrlCodeScanner extends RuleBasedScanner {
    private final Supplier<List<Phrase>> phraseSource;
    private List<Phrase> phrases = List.of();

    /** The scanner of a DRL file. */
    public DrlCodeScanner() {
        this(null);
    }

    /** @param phrases the phrases of the folder, for a {@code .dslr} file (null for a DRL file) */
    public DrlCodeScanner(Supplier<List<Phrase>> phrases) {
        this.phraseSource = phrases;
        IToken plain = DrlColors.DEFAULT.token();
        List<IRule> rules = new ArrayList<>();
        if (phrases != null) {
            rules.add(new PhraseRule());
        }
        rules.add(new WhitespaceRule(Character::isWhitespace));
        rules.add(new WordRule(new Bindings(), DrlColors.VARIABLE.token()));
        rules.add(words());
        rules.add(new NumberRule(DrlColors.NUMBER.token()));
        setRules(rules.toArray(IRule[]::new));
        setDefaultReturnToken(plain);
    }

    /** @return the rule that colours DRL's words: keywords, attributes, fact types */
    static WordRule words() {
        IToken keyword = DrlColors.KEYWORD.token();
        IToken attribute = DrlColors.ATTRIBUTE.token();
        IToken type = DrlColors.FACT_TYPE.token();
        WordRule words = new WordRule(new Words(), DrlColors.DEFAULT.token());
        for (List<String> list : List.of(DrlWords.STRUCTURE, DrlWords.CONDITIONS, DrlWords.CONSEQUENCE, DrlWords.JAVA)) {
            list.forEach(w -> words.addWord(w, keyword));
        }
        RuleAttributes.NAMES.forEach(w -> words.addWord(w, attribute));
        FactTypes.all().forEach(c -> words.addWord(c.getSimpleName(), type));
        words.addWord("Findings", type);
        return words;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        super.setRange(document, offset, length);
        phrases = phraseSource == null ? List.of() : phraseSource.get();
        pending.clear();
    }

    /** The parts of a phrase line still to be returned: their ends and tokens. */
    private final Deque<long[]> pending = new ArrayDeque<>();
    private final IToken phraseToken = DrlColors.PHRASE.token();
    private final IToken valueToken = DrlColors.PHRASE_VALUE.token();

    /**
     * A line whose text (after its indentation) is a phrase: the phrase's words in one token, each value written in
     * place of a {@code {name}} in another.
     */
    private final class PhraseRule implements IRule {
        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (!pending.isEmpty() && pending.peekFirst()[0] == fOffset) {
                return emit(scanner);
            }
            pending.clear();
            if (phrases.isEmpty()) {
                return Token.UNDEFINED;
            }
            try {
                IRegion line = fDocument.getLineInformationOfOffset(fOffset);
                if (!fDocument.get(line.getOffset(), fOffset - line.getOffset()).isBlank()) {
                    return Token.UNDEFINED;
                }
                int end = Math.min(line.getOffset() + line.getLength(), fRangeEnd);
                String text = fDocument.get(fOffset, end - fOffset);
                if (text.isEmpty() || Character.isWhitespace(text.charAt(0))) {
                    return Token.UNDEFINED;
                }
                Matcher best = null;
                for (Phrase p : phrases) {
                    Matcher m = p.pattern().matcher(text);
                    if (m.lookingAt() && m.end() > 0 && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
                if (best == null) {
                    return Token.UNDEFINED;
                }
                int at = 0;
                for (int g = 1; g <= best.groupCount(); g++) {
                    if (best.start(g) < 0 || best.end(g) <= best.start(g)) {
                        continue;
                    }
                    if (best.start(g) > at) {
                        pending.add(new long[] { fOffset + at, fOffset + best.start(g), 0 });
                    }
                    pending.add(new long[] { fOffset + best.start(g), fOffset + best.end(g), 1 });
                    at = best.end(g);
                }
                if (best.end() > at) {
                    pending.add(new long[] { fOffset + at, fOffset + best.end(), 0 });
                }
                return emit(scanner);
            } catch (BadLocationException e) {
                return Token.UNDEFINED;
            }
        }

        private IToken emit(ICharacterScanner scanner) {
            long[] part = pending.removeFirst();
            for (long i = part[0]; i < part[1]; i++) {
                scanner.read();
            }
            if (!pending.isEmpty()) {
                pending.peekFirst()[0] = part[1]; // the next part starts where this one ends
            }
            return part[2] == 1 ? valueToken : phraseToken;
        }
    }

    /** Java identifiers, with inner hyphens for attributes such as {@code no-loop}. */
    static final class Words implements IWordDetector {
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
    static final class Bindings implements IWordDetector {
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
