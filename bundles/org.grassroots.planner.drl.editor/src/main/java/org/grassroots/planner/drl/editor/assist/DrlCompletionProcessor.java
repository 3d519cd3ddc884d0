package org.grassroots.planner.drl.editor.assist;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.drl.editor.assist.CompletionContext.Section;
import org.grassroots.planner.drl.editor.syntax.DrlWords;
import org.grassroots.planner.rules.Phrases.Phrase;

/**
 * Proposes what fits where the cursor is: in a {@code .dslr} file first the phrases of the folder that begin with what
 * was typed of the line; the fields of the fact a pattern matches or a binding holds, enum
 * constants, reference codes inside strings, rule attributes in a rule's header, fact types, keywords, and the
 * templates of a new rule.
 */
public final class DrlCompletionProcessor implements IContentAssistProcessor {
    private final RuleTemplateProcessor templates = new RuleTemplateProcessor();
    private final Supplier<List<Phrase>> phrases;

    /** The proposals of a DRL file. */
    public DrlCompletionProcessor() {
        this(List::of);
    }

    /**
     * @param phrases the phrases that may be written where the cursor is ({@code .dslr} files: those of the folder's
     *            {@code .dsl} files), proposed first in a rule's conditions and consequence
     */
    public DrlCompletionProcessor(Supplier<List<Phrase>> phrases) {
        this.phrases = phrases;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        CompletionContext context = CompletionContext.at(text, offset);
        List<ICompletionProposal> out = new ArrayList<>();
        if (!context.inString() && context.qualifier() == null
                && (context.section() == Section.WHEN || context.section() == Section.THEN)) {
            out.addAll(PhraseProposal.at(text, offset, context.section() == Section.THEN, phrases.get()));
        }
        out.addAll(proposals(context, offset));
        if (!context.inString() && context.qualifier() == null && context.section() == Section.TOP) {
            out.addAll(Arrays.asList(templates.computeCompletionProposals(viewer, offset)));
        }
        return out.toArray(ICompletionProposal[]::new);
    }

    /** @return the proposals for this context (templates aside) */
    public static List<ICompletionProposal> proposals(CompletionContext context, int offset) {
        List<ICompletionProposal> out = new ArrayList<>();
        String prefix = context.prefix();
        if (context.inString()) {
            for (ReferenceCodes.Code code : ReferenceCodes.shipped()) {
                if (matches(code.code(), prefix)) {
                    out.add(proposal(code.code(), prefix, offset, code.code() + " \u2014 " + code.label() + " (" + code.list()
                            + ")", ISharedImages.IMG_OBJ_ELEMENT, null));
                }
            }
            return out;
        }
        if (context.qualifier() != null) {
            qualified(context, offset, out);
            return out;
        }
        switch (context.section()) {
            case HEADER -> {
                for (RuleAttributes.Attribute a : RuleAttributes.all()) {
                    if (matches(a.name(), prefix)) {
                        out.add(proposal(a.example(), prefix, offset, a.name() + " \u2014 " + a.description(),
                                ISharedImages.IMG_OBJ_ELEMENT, a.description()));
                    }
                }
                keywords(List.of("when"), prefix, offset, out);
            }
            case WHEN -> {
                Class<?> type = context.pattern() == null ? null : FactTypes.named(context.pattern());
                if (type != null) {
                    fields(type, prefix, offset, false, out);
                }
                bindings(context, prefix, offset, out);
                types(prefix, offset, out);
                keywords(DrlWords.CONDITIONS, prefix, offset, out);
                keywords(List.of("then"), prefix, offset, out);
            }
            case THEN -> {
                bindings(context, prefix, offset, out);
                types(prefix, offset, out);
                if (matches("Findings", prefix)) {
                    out.add(proposal("Findings.", prefix, offset, "Findings \u2014 " + Messages.assistFindings,
                            ISharedImages.IMG_OBJ_FILE, Messages.assistFindings));
                }
                keywords(DrlWords.CONSEQUENCE, prefix, offset, out);
                keywords(List.of("end"), prefix, offset, out);
            }
            default -> {
                types(prefix, offset, out);
                keywords(DrlWords.STRUCTURE, prefix, offset, out);
            }
        }
        return out;
    }

    private static void qualified(CompletionContext context, int offset, List<ICompletionProposal> out) {
        String qualifier = context.qualifier();
        String prefix = context.prefix();
        if (qualifier.equals("Findings")) {
            for (Method m : FactTypes.findingMakers()) {
                if (matches(m.getName(), prefix)) {
                    String parameters = Arrays.stream(m.getParameters()).map(DrlCompletionProcessor::parameter)
                            .collect(Collectors.joining(", "));
                    out.add(proposal(m.getName() + "( ", prefix, offset, m.getName() + "(" + parameters + ") : Finding",
                            ISharedImages.IMG_OBJ_ELEMENT, null));
                }
            }
            return;
        }
        String typeName = qualifier.startsWith("$") ? context.bindings().get(qualifier) : qualifier;
        Class<?> type = typeName == null ? null : FactTypes.named(typeName);
        if (type == null) {
            return;
        }
        if (type.isEnum()) {
            for (String constant : FactTypes.constants(type)) {
                if (matches(constant, prefix)) {
                    out.add(proposal(constant, prefix, offset, constant + " \u2014 " + type.getSimpleName(),
                            ISharedImages.IMG_OBJ_ELEMENT, null));
                }
            }
        } else if (qualifier.startsWith("$")) {
            fields(type, prefix, offset, context.section() == Section.THEN, out);
        }
    }

    private static String parameter(Parameter p) {
        String type = p.getType().getSimpleName();
        return p.isVarArgs() ? type.replace("[]", "...") + " facts" : type;
    }

    private static void fields(Class<?> type, String prefix, int offset, boolean asGetters, List<ICompletionProposal> out) {
        for (FactTypes.Field f : FactTypes.fields(type)) {
            if (matches(f.name(), prefix) || asGetters && matches(f.getter(), prefix)) {
                String replacement = asGetters ? f.getter() + "()" : f.name();
                out.add(proposal(replacement, prefix, offset, f.name() + " : " + f.type() + " \u2014 " + type.getSimpleName(),
                        ISharedImages.IMG_OBJ_ELEMENT, NLS.bind(Messages.assistField, new Object[] { f.name(),
                                type.getSimpleName(), f.type(), f.getter() + "()" })));
            }
        }
    }

    private static void bindings(CompletionContext context, String prefix, int offset, List<ICompletionProposal> out) {
        context.bindings().forEach((name, type) -> {
            if (matches(name, prefix) || prefix.isEmpty()) {
                out.add(proposal(name, prefix, offset, name + " : " + type, ISharedImages.IMG_OBJ_ELEMENT, null));
            }
        });
    }

    private static void types(String prefix, int offset, List<ICompletionProposal> out) {
        for (Class<?> type : FactTypes.all()) {
            if (matches(type.getSimpleName(), prefix)) {
                boolean fact = FactTypes.facts().contains(type);
                String replacement = fact ? type.getSimpleName() + "( )" : type.getSimpleName() + ".";
                out.add(new CompletionProposal(replacement, offset - prefix.length(), prefix.length(),
                        fact ? replacement.length() - 1 : replacement.length(), image(ISharedImages.IMG_OBJ_FILE),
                        type.getSimpleName() + " \u2014 " + (fact ? Messages.assistFactType : Messages.assistEnum) + " ("
                                + type.getPackageName() + ")",
                        null, NLS.bind(Messages.assistImport, type.getName())));
            }
        }
    }

    private static void keywords(List<String> words, String prefix, int offset, List<ICompletionProposal> out) {
        for (String w : words) {
            if (matches(w, prefix) && !w.equals(prefix)) {
                out.add(proposal(w, prefix, offset, w, null, null));
            }
        }
    }

    private static boolean matches(String candidate, String prefix) {
        return candidate.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private static ICompletionProposal proposal(String replacement, String prefix, int offset, String display,
            String image, String info) {
        return new CompletionProposal(replacement, offset - prefix.length(), prefix.length(), replacement.length(),
                image == null ? null : image(image), display, null, info);
    }

    private static Image image(String key) {
        return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getSharedImages().getImage(key) : null;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.', '"' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
