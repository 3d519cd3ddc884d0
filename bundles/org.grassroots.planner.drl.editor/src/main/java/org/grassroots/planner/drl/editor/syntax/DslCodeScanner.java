package org.grassroots.planner.drl.editor.syntax;

import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

/**
 * Colours the code of a {@code .dsl} file (its comments and strings are partitions of their own): on each line the
 * section ({@code [when]}, {@code [then]}, {@code [*]}, {@code [keyword]}) as a keyword, the phrase up to {@code =} as
 * a phrase, its {@code {name}}s as variables, and the DRL after {@code =} as DRL.
 */
public final class DslCodeScanner extends RuleBasedScanner {
    /** The text of a line before a position that is still in the phrase: a section, and no {@code =} yet. */
    private static final Pattern IN_PHRASE = Pattern.compile("^\\s*\\[[^\\]]*\\](?:\\s*\\[[^\\]]*\\])?(?:[^=\\\\]|\\\\.)*$");

    public DslCodeScanner() {
        IToken variable = DrlColors.VARIABLE.token();
        setRules(new IRule[] { new Section(DrlColors.KEYWORD.token()), new Placeholder(variable), new PhraseText(),
            new WhitespaceRule(Character::isWhitespace), new WordRule(new DrlCodeScanner.Bindings(), variable),
            DrlCodeScanner.words(), new NumberRule(DrlColors.NUMBER.token()) });
        setDefaultReturnToken(DrlColors.DEFAULT.token());
    }

    private String lineBefore() throws BadLocationException {
        IRegion line = fDocument.getLineInformationOfOffset(fOffset);
        return fDocument.get(line.getOffset(), fOffset - line.getOffset());
    }

    /** {@code [when]}, {@code [then]} …: at a line's start, or right after the line's first section (a type). */
    private final class Section implements IRule {
        private final IToken token;

        Section(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            try {
                String before = lineBefore();
                if (!before.isBlank() && !before.strip().matches("\\[[^\\]]*\\]")) {
                    return Token.UNDEFINED;
                }
            } catch (BadLocationException e) {
                return Token.UNDEFINED;
            }
            int c = scanner.read();
            if (c != '[') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int n = 1;
            while ((c = scanner.read()) != ICharacterScanner.EOF && c != ']' && c != '\n' && c != '\r') {
                n++;
            }
            if (c == ']') {
                return token;
            }
            for (int i = 0; i <= n; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }
    }

    /** {@code {name}}: a value the rule author writes in place of it. */
    private static final class Placeholder implements IRule {
        private final IToken token;

        Placeholder(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (c != '{') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int n = 1;
            while ((c = scanner.read()) != ICharacterScanner.EOF && c != '}' && c != '\n' && c != '\r' && c != '{') {
                n++;
            }
            if (c == '}') {
                return token;
            }
            for (int i = 0; i <= n; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }
    }

    /** The words of a phrase: from after the section to {@code =} (or a {@code {name}}). */
    private final class PhraseText implements IRule {
        private final IToken token = DrlColors.PHRASE.token();

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            try {
                if (!IN_PHRASE.matcher(lineBefore()).matches()) {
                    return Token.UNDEFINED;
                }
            } catch (BadLocationException e) {
                return Token.UNDEFINED;
            }
            int n = 0;
            int c;
            while ((c = scanner.read()) != ICharacterScanner.EOF && c != '=' && c != '{' && c != '\n' && c != '\r') {
                n++;
            }
            scanner.unread();
            if (n == 0) {
                return Token.UNDEFINED;
            }
            return token;
        }
    }
}
