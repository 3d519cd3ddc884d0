package org.grassroots.planner.ui.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.grassroots.planner.rules.RulesFolderPreference;
import org.grassroots.planner.store.PlanStore;

/**
 * Where the plan and the rules are: the database (empty: the embedded H2 database in the
 * workspace; or a JDBC URL such as a team's H2 server, without credentials: the session asks for the
 * user and password when the server refuses the login) and the rules folder (empty: the shipped rules). A change
 * reconnects the plan session.
 */
public class PlannerPreferences extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public static final String NODE = "org.grassroots.planner.ui";
    public static final String DATABASE_URL = "database.url";
    /** The user on a team's server; its password is asked once per session, never kept on disk. */
    public static final String DATABASE_USER = "database.user";

    private final ScopedPreferenceStore rulesStore = new ScopedPreferenceStore(InstanceScope.INSTANCE,
            RulesFolderPreference.NODE);
    private DirectoryFieldEditor rules;

    public PlannerPreferences() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE));
        setDescription(Messages.preferencesDescription);
        RulesFolderPreference.configured(); // a folder kept under this bundle's node before moves to the rules bundle's
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to prepare
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(DATABASE_URL, Messages.preferenceDatabase, getFieldEditorParent()));
        addField(new StringFieldEditor(DATABASE_USER, Messages.preferenceUser, getFieldEditorParent()));
        // the rules folder is the rules bundle's preference (RulesFolderPreference), kept in its own store
        rules = new DirectoryFieldEditor(RulesFolderPreference.KEY, Messages.preferenceRules, getFieldEditorParent());
        addField(rules);
    }

    @Override
    protected void initialize() {
        super.initialize();
        rules.setPreferenceStore(rulesStore);
        rules.load();
    }

    @Override
    public boolean performOk() {
        if (!UnsavedEdits.settle(getShell(), session())) {
            return false;
        }
        boolean ok = super.performOk();
        try {
            rulesStore.save();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        session().reconnect();
        return ok;
    }

    private static org.grassroots.planner.ui.plan.PlanSession session() {
        return org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.e4.core.contexts.IEclipseContext.class)
                .get(org.grassroots.planner.ui.plan.PlanSession.class);
    }

    private static String get(String key) {
        return InstanceScope.INSTANCE.getNode(NODE).get(key, "").strip();
    }

    /** @return the database to open: the preference if set, else the default of the store */
    public static String databaseUrl() {
        return get(DATABASE_URL).isEmpty() ? PlanStore.defaultUrl() : get(DATABASE_URL);
    }

    /** @return the user on a team's server, empty for none (the embedded database) */
    public static String databaseUser() {
        return get(DATABASE_USER);
    }

    /** @return the rules folder to use: the preference if set, else the shipped rules */
    public static Path rulesFolder() {
        return RulesFolderPreference.current();
    }
}
