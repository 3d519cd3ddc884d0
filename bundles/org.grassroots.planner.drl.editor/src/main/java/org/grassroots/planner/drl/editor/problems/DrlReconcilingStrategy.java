package org.grassroots.planner.drl.editor.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.grassroots.planner.drl.editor.RuleFileKind;
import org.grassroots.planner.drl.editor.assist.FolderPhrases;
import org.grassroots.planner.drl.editor.structure.DrlStructure;
import org.grassroots.planner.rules.Diagnostic;
import org.grassroots.planner.rules.RuleEngine;
import org.grassroots.planner.rules.RuleSetException;

/**
 * Runs on the reconciler's thread a moment after the last key: finds the file's parts (for the outline and the
 * folding), then compiles the edited text together with the other rule files of its folder through the rules
 * facade and shows this file's errors as annotations.
 */
public final class DrlReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final Supplier<Path> file;
    private final Supplier<IAnnotationModel> model;
    private final Consumer<DrlStructure> structureListener;
    private IDocument document;
    private volatile List<Diagnostic> last = List.of();

    /**
     * @param file where the edited file is (null while unknown: then only the structure is found)
     * @param model the annotation model to show errors in
     * @param structureListener hears of the file's parts after each change (on this thread)
     */
    public DrlReconcilingStrategy(Supplier<Path> file, Supplier<IAnnotationModel> model,
            Consumer<DrlStructure> structureListener) {
        this.file = file;
        this.model = model;
        this.structureListener = structureListener;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // a compilation is short and not cancellable
    }

    @Override
    public void initialReconcile() {
        reconcileAll();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcileAll();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcileAll();
    }

    /** @return the diagnostics of this file found by the last compilation */
    public List<Diagnostic> lastDiagnostics() {
        return last;
    }

    private void reconcileAll() {
        IDocument doc = document;
        if (doc == null) {
            return;
        }
        String text = doc.get();
        structureListener.accept(DrlStructure.parse(text));
        Path path = file.get();
        IAnnotationModel annotations = model.get();
        if (path == null || annotations == null) {
            return;
        }
        List<Diagnostic> diagnostics = diagnose(path, text);
        last = diagnostics;
        if (text.equals(doc.get())) {
            ProblemAnnotations.replace(annotations, doc, diagnostics);
        }
    }

    /**
     * @return the errors of this file if it held this text, compiled with the other files of its folder (in a
     *         {@code .dslr} file, an error is on the line meant as a phrase that no phrase matches: {@link PhraseLines})
     */
    public static List<Diagnostic> diagnose(Path path, String text) {
        try {
            RuleEngine.compile(path.getParent(), Map.of(path, text));
            return List.of();
        } catch (RuleSetException e) {
            List<Diagnostic> mine = e.getDiagnostics().stream()
                    .filter(d -> d.file().isEmpty() || path.equals(Path.of(d.file()).toAbsolutePath().normalize()))
                    .toList();
            return RuleFileKind.of(path) == RuleFileKind.DSLR
                    ? PhraseLines.placed(mine, text, FolderPhrases.of(path.getParent()))
                    : mine;
        } catch (RuntimeException e) {
            return List.of(new Diagnostic(path.toString(), null, 1, 1, String.valueOf(e)));
        }
    }
}
