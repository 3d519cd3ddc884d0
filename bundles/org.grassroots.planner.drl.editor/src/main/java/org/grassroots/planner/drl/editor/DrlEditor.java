package org.grassroots.planner.drl.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.grassroots.planner.drl.editor.outline.DrlOutlinePage;
import org.grassroots.planner.drl.editor.outline.RuleFolding;
import org.grassroots.planner.drl.editor.problems.RuleFileLocation;
import org.grassroots.planner.drl.editor.problems.RuleSetCheck;
import org.grassroots.planner.drl.editor.problems.RuleSetStatus;
import org.grassroots.planner.drl.editor.problems.VerifyAnnotations;
import org.grassroots.planner.drl.editor.problems.VerifyResults;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;
import org.grassroots.planner.ruletests.RuleSetVerification;

/**
 * The editor of DRL rule files: colours, errors while typing (the text is compiled with the other rule files of
 * its folder half a second after the last key), hovers, content assist, outline, folding, bracket matching and
 * rule templates. Saving compiles the folder's rule set and tells the planning views; while it does not compile,
 * a banner above the text says that the last good rule set stays in force; then the rule set is verified as
 * {@code planner verify-rules} does, and its problems in this file shown as warnings. The editor edits {@code .drl}
 * files, {@code .dslr} files (rules in the phrases of the folder's {@code .dsl} files: phrases coloured and proposed)
 * and the {@code .dsl} files themselves.
 */
public class DrlEditor extends TextEditor {
    public static final String ID = "org.grassroots.planner.drl.editor";
    private static final char[] BRACKETS = { '(', ')', '[', ']', '{', '}' };

    private ProjectionSupport projectionSupport;
    private DrlOutlinePage outline;
    private RuleSetBanner banner;
    private volatile DrlStructure structure = DrlStructure.EMPTY;
    private final Consumer<RuleSetStatus.State> statusListener = state -> RuleSetBanner.onUiThread(() -> showStatus(state));
    private final Consumer<RuleSetVerification.Result> verifyListener = result -> RuleSetBanner
            .onUiThread(() -> showVerified(result));

    public DrlEditor() {
        setDocumentProvider(new DrlDocumentProvider());
    }

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setPreferenceStore(DrlPreferences.store());
        setSourceViewerConfiguration(new DrlSourceViewerConfiguration(this, getPreferenceStore()));
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
        banner = new RuleSetBanner(root);
        Composite text = new Composite(root, SWT.NONE);
        text.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        super.createPartControl(text);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projectionSupport.install();
        if (!viewer.isProjectionMode()) {
            viewer.enableProjection();
        }
        RuleSetStatus.addListener(statusListener);
        VerifyResults.addListener(verifyListener);
        Path file = file();
        if (file != null) {
            showStatus(RuleSetStatus.of(file.getParent()));
            RuleSetCheck.ensureKnown(file.getParent());
            showVerified(VerifyResults.of(file.getParent()));
        }
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        super.configureSourceViewerDecorationSupport(support);
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(BRACKETS));
        support.setMatchingCharacterPainterPreferenceKeys(DrlPreferences.MATCHING_BRACKETS,
                DrlPreferences.MATCHING_BRACKETS_COLOR);
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle labels = ResourceBundle.getBundle("org.grassroots.planner.drl.editor.actions");
        ContentAssistAction assist = new ContentAssistAction(labels, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
    }

    @Override
    protected void performSave(boolean overwrite, IProgressMonitor progressMonitor) {
        super.performSave(overwrite, progressMonitor);
        Path file = file();
        if (file != null && !isDirty()) {
            RuleSetCheck.afterSave(file, Adapters.adapt(getEditorInput(), IFile.class));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> required) {
        if (IContentOutlinePage.class.equals(required)) {
            if (outline == null) {
                outline = new DrlOutlinePage(this::reveal);
                outline.setStructure(structure);
            }
            return required.cast(outline);
        }
        return super.getAdapter(required);
    }

    /** @return where the edited file is on disk, or null */
    public Path file() {
        IEditorInput input = getEditorInput();
        return RuleFileLocation.of(input);
    }

    /** @return the kind of the edited file ({@link RuleFileKind#DRL} while it is not known) */
    public RuleFileKind kind() {
        RuleFileKind kind = RuleFileKind.of(file());
        return kind == null ? RuleFileKind.DRL : kind;
    }

    /** @return the model the editor's problems are shown in, or null before the file is open */
    public IAnnotationModel annotationModel() {
        IEditorInput input = getEditorInput();
        return input == null || getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(input);
    }

    /** @return the parts of the file as last found */
    public DrlStructure structure() {
        return structure;
    }

    /** @return the banner above the text */
    public RuleSetBanner banner() {
        return banner;
    }

    /** @return what the viewer does (colours, checks, hovers, assist) */
    public DrlSourceViewerConfiguration configuration() {
        return (DrlSourceViewerConfiguration) getSourceViewerConfiguration();
    }

    /** @return the viewer of the text, for tests and commands */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** Hears of the file's parts after a change (on the reconciler's thread). */
    void structureChanged(DrlStructure next) {
        structure = next;
        RuleSetBanner.onUiThread(() -> {
            ISourceViewer viewer = getSourceViewer();
            if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
                return;
            }
            if (outline != null) {
                outline.setStructure(next);
            }
            ProjectionAnnotationModel folding = ((ProjectionViewer) viewer).getProjectionAnnotationModel();
            if (folding != null && viewer.getDocument() != null) {
                List<Position> regions = RuleFolding.regions(viewer.getDocument(), next);
                RuleFolding.update(folding, regions);
            }
        });
    }

    private void reveal(DrlElement element) {
        selectAndReveal(element.nameOffset(), element.nameLength());
    }

    private void showStatus(RuleSetStatus.State state) {
        Path file = file();
        if (banner == null || file == null || state != null && !state.folder().toAbsolutePath().normalize()
                .equals(file.getParent())) {
            return;
        }
        banner.show(state);
        String message = state == null || state.compiles() ? null : RuleSetBanner.message(state);
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        ISourceViewer viewer = getSourceViewer();
        if (state != null && kind() == RuleFileKind.DSLR && viewer != null && viewer.getTextWidget() != null
                && !viewer.getTextWidget().isDisposed()) {
            viewer.invalidateTextPresentation(); // a phrase file of the folder may have been saved
        }
    }

    /**
     * Shows what verify-rules found in this file as warnings (a workspace file shows them as markers instead, set
     * when it was saved).
     */
    private void showVerified(RuleSetVerification.Result result) {
        Path file = file();
        IAnnotationModel model = annotationModel();
        ISourceViewer viewer = getSourceViewer();
        if (result == null || file == null || model == null || viewer == null || viewer.getDocument() == null
                || !result.folder().toAbsolutePath().normalize().equals(file.getParent())
                || Adapters.adapt(getEditorInput(), IFile.class) != null) {
            return;
        }
        VerifyAnnotations.replace(model, viewer.getDocument(), VerifyResults.in(result, file));
    }

    @Override
    public void dispose() {
        RuleSetStatus.removeListener(statusListener);
        VerifyResults.removeListener(verifyListener);
        if (projectionSupport != null) {
            projectionSupport.dispose();
        }
        super.dispose();
    }
}
