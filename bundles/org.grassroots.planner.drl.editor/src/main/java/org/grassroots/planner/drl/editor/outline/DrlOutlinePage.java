package org.grassroots.planner.drl.editor.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;

/** The outline of a rule file: its package, imports, globals, functions, queries and rules, in file order. */
public final class DrlOutlinePage extends ContentOutlinePage {
    private final Consumer<DrlElement> reveal;
    private DrlStructure structure = DrlStructure.EMPTY;

    /** @param reveal shows an element in the editor when it is selected here */
    public DrlOutlinePage(Consumer<DrlElement> reveal) {
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ElementTree());
        viewer.setLabelProvider(new ElementLabels());
        viewer.setInput(structure.elements());
    }

    /** Shows these parts (on the UI thread). */
    public void setStructure(DrlStructure next) {
        this.structure = next;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(next.elements());
        }
    }

    /** @return the parts shown */
    public List<DrlElement> shown() {
        return structure.elements();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DrlElement e) {
            reveal.accept(e);
        }
    }

    /** The imports of a file, shown as one node. */
    private record Imports(List<DrlElement> imports) {
    }

    /** The file's parts in order, its imports under one node. */
    private static final class ElementTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            List<Object> out = new ArrayList<>();
            List<DrlElement> imports = new ArrayList<>();
            for (Object o : (List<?>) input) {
                DrlElement e = (DrlElement) o;
                if (e.kind() == DrlElement.Kind.IMPORT) {
                    if (imports.isEmpty()) {
                        out.add(new Imports(imports));
                    }
                    imports.add(e);
                } else {
                    out.add(e);
                }
            }
            return out.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Imports i ? i.imports().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Imports i && !i.imports().isEmpty();
        }
    }

    /** The label of a part: its keyword and its name. */
    private static final class ElementLabels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof Imports i) {
                return NLS.bind(Messages.outlineImports, i.imports().size());
            }
            DrlElement e = (DrlElement) element;
            return switch (e.kind()) {
                case RULE -> e.name();
                case PACKAGE -> "package " + e.name();
                case IMPORT -> "import " + e.name();
                default -> e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.name();
            };
        }

        @Override
        public Image getImage(Object element) {
            if (!(element instanceof DrlElement e)) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
            }
            String key = switch (e.kind()) {
                case RULE, QUERY -> ISharedImages.IMG_OBJ_ELEMENT;
                case PACKAGE -> ISharedImages.IMG_OBJ_FOLDER;
                default -> ISharedImages.IMG_OBJ_FILE;
            };
            return PlatformUI.getWorkbench().getSharedImages().getImage(key);
        }
    }
}
