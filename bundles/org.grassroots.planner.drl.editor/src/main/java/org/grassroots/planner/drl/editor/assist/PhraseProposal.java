package org.grassroots.planner.drl.editor.assist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.rules.Phrases.Phrase;

/**
 * A phrase of the folder's {@code .dsl} files proposed in a {@code .dslr} file: it replaces what was typed of it on
 * the line (the line's text from its indentation to the cursor), and selects its first {@code {name}} for the rule
 * author to type over.
 */
public final class PhraseProposal implements ICompletionProposal, ICompletionProposalExtension2 {
    private final Phrase phrase;
    private final int start;
    private int length;
    private Point selection;

    private PhraseProposal(Phrase phrase, int start, int length) {
        this.phrase = phrase;
        this.start = start;
        this.length = length;
    }

    /**
     * @param text the document's text
     * @param offset the cursor
     * @param inConsequence whether the cursor is in a rule's consequence (else in its conditions)
     * @return the phrases that fit where the cursor is and begin with what was typed of the line (a constraint phrase's
     *         {@code -} may be left out), in the order of the {@code .dsl} files
     */
    public static List<ICompletionProposal> at(String text, int offset, boolean inConsequence, List<Phrase> phrases) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int start = lineStart;
        while (start < offset && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        String typed = text.substring(start, offset);
        List<ICompletionProposal> out = new ArrayList<>();
        for (Phrase p : phrases) {
            if ((inConsequence ? p.inConsequence() : p.inConditions()) && matches(p, typed)) {
                out.add(new PhraseProposal(p, start, offset - start));
            }
        }
        return out;
    }

    /** @return whether the phrase begins with what was typed (case aside), its {@code -} and blanks left out or not */
    static boolean matches(Phrase phrase, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        String p = phrase.text().toLowerCase(Locale.ROOT);
        if (p.startsWith(t)) {
            return true;
        }
        if (phrase.isConstraint()) {
            String words = p.substring(1).strip();
            String typedWords = t.startsWith("-") ? t.substring(1).strip() : t;
            return words.startsWith(typedWords);
        }
        return false;
    }

    public Phrase phrase() {
        return phrase;
    }

    @Override
    public void apply(IDocument document) {
        try {
            document.replace(start, length, phrase.text());
        } catch (BadLocationException e) {
            return;
        }
        int open = phrase.text().indexOf('{');
        int close = open < 0 ? -1 : phrase.text().indexOf('}', open);
        selection = close > open ? new Point(start + open, close - open + 1)
                : new Point(start + phrase.text().length(), 0);
    }

    @Override
    public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
        length = offset - start; // what was typed since the proposals were computed is replaced too
        apply(viewer.getDocument());
    }

    @Override
    public Point getSelection(IDocument document) {
        return selection;
    }

    @Override
    public String getAdditionalProposalInfo() {
        Path file = phrase.file() == null ? null : phrase.file().getFileName();
        return NLS.bind(Messages.assistPhraseInfo, new Object[] { phrase.text(), phrase.drl(),
                file == null ? "" : file + ":" + phrase.line() });
    }

    @Override
    public String getDisplayString() {
        String file = phrase.file() == null ? "" : " (" + phrase.file().getFileName() + ")";
        return phrase.text() + " \u2014 " + (phrase.inConditions() ? Messages.assistPhraseCondition
                : Messages.assistPhraseConsequence) + file;
    }

    @Override
    public Image getImage() {
        return PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT)
                : null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    @Override
    public void selected(ITextViewer viewer, boolean smartToggle) {
        // nothing to preview
    }

    @Override
    public void unselected(ITextViewer viewer) {
        // nothing to preview
    }

    @Override
    public boolean validate(IDocument document, int offset, DocumentEvent event) {
        if (offset < start) {
            return false;
        }
        try {
            return matches(phrase, document.get(start, offset - start));
        } catch (BadLocationException e) {
            return false;
        }
    }
}
