package org.grassroots.planner.drl.editor.folder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.model.Severity;

/** The one page of the New Rule File wizard: folder, file name, what the rules check, first rule's id and severity. */
public final class NewRuleFilePage extends WizardPage {
    private final Path initialFolder;
    private Text folder;
    private Text name;
    private Text description;
    private Text ruleId;
    private Combo severity;
    /** what the file is written in: DRL, the Japanese phrases or the English phrases (0, 1, 2) */
    private Combo writtenIn;

    NewRuleFilePage(Path initialFolder) {
        super("newRuleFile");
        this.initialFolder = initialFolder;
        setTitle(Messages.wizardTitle);
        setDescription(Messages.wizardDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        folder = field(c, Messages.wizardFolder, initialFolder == null ? "" : initialFolder.toString(), 1);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.wizardBrowse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        name = field(c, Messages.wizardFileName, "", 2);
        new Label(c, SWT.NONE).setText(Messages.wizardWrittenIn);
        writtenIn = new Combo(c, SWT.READ_ONLY);
        writtenIn.setItems(Messages.wizardWrittenDrl, Messages.wizardWrittenPhrasesJa, Messages.wizardWrittenPhrasesEn);
        writtenIn.select(0);
        writtenIn.addListener(SWT.Selection, e -> validate());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(writtenIn);
        description = field(c, Messages.wizardConcern, "", 2);
        ruleId = field(c, Messages.wizardRuleId, "", 2);
        new Label(c, SWT.NONE).setText(Messages.wizardSeverity);
        severity = new Combo(c, SWT.READ_ONLY);
        // named as the Findings view names them; the rule is written with the code (@severity(warning))
        for (Severity s : Severity.values()) {
            severity.add(switch (s) {
                case ERROR -> Messages.severityError;
                case WARNING -> Messages.severityWarning;
                case INFO -> Messages.severityInfo;
            });
        }
        severity.select(Severity.WARNING.ordinal());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(severity);
        setControl(c);
        validate();
        name.setFocus();
    }

    private Text field(Composite c, String label, String value, int span) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(360, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> validate());
        return t;
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (folder.getText().isBlank() || !Files.isDirectory(Path.of(folder.getText()))) {
            return Messages.wizardNoFolder;
        }
        if (!RuleFileTemplate.isFileName(name.getText())) {
            return Messages.wizardBadName;
        }
        if (Files.exists(file())) {
            return NLS.bind(Messages.wizardExists, file().getFileName());
        }
        if (!RuleFileTemplate.isRuleId(ruleId.getText())) {
            return Messages.wizardBadRuleId;
        }
        return null;
    }

    /** @return the file to create */
    Path file() {
        return Path.of(folder.getText()).resolve(name.getText() + (writtenIn.getSelectionIndex() > 0 ? ".dslr" : ".drl"));
    }

    String text() {
        String concern = description.getText().isBlank() ? name.getText() : description.getText();
        String sev = Severity.values()[Math.max(0, severity.getSelectionIndex())].code();
        if (writtenIn.getSelectionIndex() > 0) {
            return RuleFileTemplate.phrasesText(name.getText(), concern, ruleId.getText(), sev,
                    writtenIn.getSelectionIndex() == 1);
        }
        return RuleFileTemplate.text(name.getText(), concern, ruleId.getText(), sev);
    }

    /** @return the folder the file goes to, as the field shows it (for tests) */
    public String folderText() {
        return folder.getText();
    }

    /** Chooses what the file is written in, as a rule author would (for tests): 0 DRL, 1 Japanese phrases, 2 English phrases. */
    public void writeIn(int choice) {
        writtenIn.select(choice);
        validate();
    }

    /** Fills the page as a rule author would (for tests). */
    public void fill(Path targetFolder, String fileName, String concern, String id) {
        folder.setText(targetFolder.toString());
        name.setText(fileName);
        description.setText(concern);
        ruleId.setText(id);
    }
}
