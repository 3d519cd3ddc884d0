package org.grassroots.planner.drl.editor.syntax;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/** The colours of DRL text, kept in JFace's colour registry (which disposes them with the display). */
public enum DrlColors {
    KEYWORD(new RGB(127, 0, 85), SWT.BOLD),
    ATTRIBUTE(new RGB(0, 112, 112), SWT.BOLD),
    RULE_NAME(new RGB(0, 64, 170), SWT.BOLD),
    STRING(new RGB(42, 0, 255), SWT.NORMAL),
    COMMENT(new RGB(63, 127, 95), SWT.ITALIC),
    FACT_TYPE(new RGB(0, 100, 0), SWT.BOLD),
    VARIABLE(new RGB(160, 80, 0), SWT.NORMAL),
    NUMBER(new RGB(125, 60, 150), SWT.NORMAL),
    /** a phrase of the folder's {@code .dsl} files, in a {@code .dslr} file or where a {@code .dsl} file defines it */
    PHRASE(new RGB(0, 84, 150), SWT.BOLD),
    /** what a rule author wrote in place of a phrase's {@code {name}} */
    PHRASE_VALUE(new RGB(176, 64, 0), SWT.NORMAL),
    DEFAULT(new RGB(0, 0, 0), SWT.NORMAL);

    private final RGB rgb;
    private final int style;

    DrlColors(RGB rgb, int style) {
        this.rgb = rgb;
        this.style = style;
    }

    /** @return the token that paints text in this colour and style */
    public IToken token() {
        ColorRegistry registry = JFaceResources.getColorRegistry();
        String key = "org.grassroots.planner.drl.color." + name();
        if (!registry.hasValueFor(key)) {
            registry.put(key, rgb);
        }
        return new Token(new TextAttribute(registry.get(key), null, style));
    }

    public RGB rgb() {
        return rgb;
    }
}
