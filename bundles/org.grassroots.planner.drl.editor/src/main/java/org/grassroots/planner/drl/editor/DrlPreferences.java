package org.grassroots.planner.drl.editor;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.grassroots.planner.drl.editor.syntax.DrlColors;

/** The DRL editor's settings (bracket matching), before the text editors' own. */
public final class DrlPreferences {
    public static final String BUNDLE = "org.grassroots.planner.drl.editor";
    public static final String MATCHING_BRACKETS = "drl.matchingBrackets";
    public static final String MATCHING_BRACKETS_COLOR = "drl.matchingBracketsColor";

    private static IPreferenceStore store;

    private DrlPreferences() {
    }

    /** @return the editor's store: its own keys, then those of every text editor */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            ScopedPreferenceStore own = new ScopedPreferenceStore(InstanceScope.INSTANCE, BUNDLE);
            own.setDefault(MATCHING_BRACKETS, true);
            PreferenceConverter.setDefault(own, MATCHING_BRACKETS_COLOR, DrlColors.KEYWORD.rgb());
            store = new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
        }
        return store;
    }
}
