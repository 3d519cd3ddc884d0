package org.grassroots.planner.drl.editor.syntax;

import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/** Colours a string literal: as a rule name when it follows {@code rule} or {@code query}, else as a string. */
public final class DrlStringScanner implements ITokenScanner {
    private static final Pattern NAMED = Pattern.compile("(?:^|\\s)(rule|query)\\s+$");

    private final IToken ruleName = DrlColors.RULE_NAME.token();
    private final IToken string = DrlColors.STRING.token();
    private IToken current;
    private int offset;
    private int length;
    private boolean done;

    @Override
    public void setRange(IDocument document, int offset, int length) {
        this.offset = offset;
        this.length = length;
        this.done = false;
        this.current = isRuleName(document, offset) ? ruleName : string;
    }

    static boolean isRuleName(IDocument document, int offset) {
        try {
            IRegion line = document.getLineInformationOfOffset(offset);
            String before = document.get(line.getOffset(), offset - line.getOffset());
            return NAMED.matcher(before).find();
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public IToken nextToken() {
        if (done || length == 0) {
            return Token.EOF;
        }
        done = true;
        return current;
    }

    @Override
    public int getTokenOffset() {
        return offset;
    }

    @Override
    public int getTokenLength() {
        return length;
    }
}
