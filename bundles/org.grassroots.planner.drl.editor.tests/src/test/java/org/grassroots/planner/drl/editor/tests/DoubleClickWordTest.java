package org.grassroots.planner.drl.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextDoubleClickStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Point;
import org.grassroots.planner.drl.editor.DrlEditor;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A double click in the DRL editor selects the word under it, in DRL and in the Japanese phrases, through the
 * text editor's default double-click strategy, whose word break iterator is ICU's API: in the product (and in this
 * test, whose platform is the product's) that API is org.grassroots.planner.icu.base, on the JDK, not ICU4J.
 */
class DoubleClickWordTest {

    @TempDir
    Path dir;

    private static String selectionAfterDoubleClick(DrlEditor editor, String word, int inside) throws Exception {
        ISourceViewer viewer = editor.viewer();
        IDocument document = viewer.getDocument();
        int at = document.get().indexOf(word);
        viewer.setSelectedRange(at + inside, 0);
        String type = document.getDocumentPartitioner() == null ? IDocument.DEFAULT_CONTENT_TYPE
                : document.getContentType(at + inside);
        ITextDoubleClickStrategy strategy = editor.configuration().getDoubleClickStrategy(viewer, type);
        assertNotNull(strategy, type);
        strategy.doubleClicked(viewer);
        Point range = viewer.getSelectedRange();
        return document.get().substring(range.x, range.x + range.y);
    }

    @Test
    void theTextEditorsIcuIsTheProductsJdkBackedOne() {
        BundleWiring jfaceText = Platform.getBundle("org.eclipse.jface.text").adapt(BundleWiring.class);
        String provider = null;
        for (BundleWire wire : jfaceText.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if ("com.ibm.icu.text".equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                provider = wire.getProvider().getSymbolicName();
            }
        }
        assertEquals("org.grassroots.planner.icu.base", provider);
    }

    @Test
    void aDoubleClickInDrlSelectsTheWord() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        DrlEditor editor = Ui.open(dir.resolve("regions.drl"));
        try {
            // a full stop between letters joins them into one word (Unicode's word boundaries, UAX #29, as in ICU)
            assertEquals("Status.CANCELLED", selectionAfterDoubleClick(editor, "CANCELLED", 3));
            assertEquals("fiscalYear", selectionAfterDoubleClick(editor, "fiscalYear ==", 2));
            assertEquals("Initiative", selectionAfterDoubleClick(editor, "Initiative(", 4));
        } finally {
            editor.getSite().getPage().closeEditor(editor, false);
        }
    }

    @Test
    void aDoubleClickInAJapanesePhraseSelectsTheWordNotTheLine() throws Exception {
        Ui.copy(ShippedRules.folder(), dir);
        DrlEditor editor = Ui.open(dir.resolve("themes.dslr"));
        try {
            // 今年度の案件: the kanji run under the click, up to the hiragana
            assertEquals("案件", selectionAfterDoubleClick(editor, "今年度の案件\n", 4));
            assertEquals("今年度", selectionAfterDoubleClick(editor, "今年度の案件\n", 1));
        } finally {
            editor.getSite().getPage().closeEditor(editor, false);
        }
    }
}
