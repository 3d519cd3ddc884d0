package org.grassroots.planner.drl.editor.assist;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateCompletionProcessor;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Offers the templates of a new rule; their variables ({@code ${id}}) are linked, so the id is typed once. */
final class RuleTemplateProcessor extends TemplateCompletionProcessor {

    @Override
    protected Template[] getTemplates(String contextTypeId) {
        return DrlTemplates.all().toArray(Template[]::new);
    }

    @Override
    protected TemplateContextType getContextType(ITextViewer viewer, IRegion region) {
        return DrlTemplates.type();
    }

    @Override
    protected Image getImage(Template template) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
    }
}
