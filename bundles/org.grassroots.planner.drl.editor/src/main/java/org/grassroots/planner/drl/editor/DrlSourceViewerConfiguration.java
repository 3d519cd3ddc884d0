package org.grassroots.planner.drl.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.grassroots.planner.drl.editor.assist.DrlCompletionProcessor;
import org.grassroots.planner.drl.editor.assist.FolderPhrases;
import org.grassroots.planner.drl.editor.structure.DrlStructure;
import org.grassroots.planner.drl.editor.syntax.DslCodeScanner;
import org.grassroots.planner.rules.Phrases.Phrase;
import org.grassroots.planner.drl.editor.problems.DrlReconcilingStrategy;
import org.grassroots.planner.drl.editor.problems.ProblemAnnotation;
import org.grassroots.planner.drl.editor.problems.VerifyAnnotation;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.grassroots.planner.drl.editor.syntax.DrlCodeScanner;
import org.grassroots.planner.drl.editor.syntax.DrlColors;
import org.grassroots.planner.drl.editor.syntax.DrlPartitions;
import org.grassroots.planner.drl.editor.syntax.DrlStringScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;

/**
 * What the DRL editor's viewer does: colours, error checking while typing, hovers, content assist; in a {@code .dslr}
 * file the phrases of the folder's {@code .dsl} files are coloured and proposed too, and a {@code .dsl} file is
 * coloured as phrases.
 */
public class DrlSourceViewerConfiguration extends TextSourceViewerConfiguration {
    /** How long after the last key the text is compiled, in milliseconds. */
    public static final int RECONCILE_DELAY = 500;

    private final DrlEditor editor;
    private DrlReconcilingStrategy strategy;

    public DrlSourceViewerConfiguration(DrlEditor editor, IPreferenceStore store) {
        super(store);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return DrlPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return DrlPartitions.TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(DrlPartitions.PARTITIONING);
        RuleFileKind kind = editor.kind();
        DefaultDamagerRepairer code = new DefaultDamagerRepairer(kind == RuleFileKind.DSL ? new DslCodeScanner()
                : kind == RuleFileKind.DSLR ? new DrlCodeScanner(this::phrases) : new DrlCodeScanner());
        reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
        DefaultDamagerRepairer strings = new DefaultDamagerRepairer(new DrlStringScanner());
        reconciler.setDamager(strings, DrlPartitions.STRING);
        reconciler.setRepairer(strings, DrlPartitions.STRING);
        RuleBasedScanner commentScanner = new RuleBasedScanner();
        commentScanner.setDefaultReturnToken(DrlColors.COMMENT.token());
        DefaultDamagerRepairer comments = new DefaultDamagerRepairer(commentScanner);
        reconciler.setDamager(comments, DrlPartitions.COMMENT);
        reconciler.setRepairer(comments, DrlPartitions.COMMENT);
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        strategy = new DrlReconcilingStrategy(editor::file, editor::annotationModel,
                structure -> editor.structureChanged(editor.kind() == RuleFileKind.DSL ? DrlStructure.EMPTY : structure));
        MonoReconciler reconciler = new MonoReconciler(strategy, false);
        reconciler.setDelay(RECONCILE_DELAY);
        return reconciler;
    }

    /** @return the phrases of the edited file's folder (saved {@code .dsl} files) */
    private List<Phrase> phrases() {
        Path file = editor.file();
        return file == null ? List.of() : FolderPhrases.of(file.getParent());
    }

    /** @return the strategy that checks the text while it is typed (null before the viewer is configured) */
    public DrlReconcilingStrategy strategy() {
        return strategy;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(DrlPartitions.PARTITIONING);
        DrlCompletionProcessor processor = new DrlCompletionProcessor(
                () -> editor.kind() == RuleFileKind.DSLR ? phrases() : List.of());
        for (String type : DrlPartitions.TYPES) {
            assistant.setContentAssistProcessor(processor, type);
        }
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new DefaultTextHover(sourceViewer) {
            @Override
            protected boolean isIncluded(Annotation annotation) {
                return annotation instanceof ProblemAnnotation || annotation instanceof VerifyAnnotation
                        || annotation instanceof MarkerAnnotation;
            }
        };
    }

    @Override
    public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
        return new DefaultAnnotationHover();
    }
}
