package org.grassroots.planner.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.parser.ParserError;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Theme;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The facade of the rules engine: the only class through which the product uses Drools. It
 * compiles the {@code .drl} files of a folder into a {@link RuleSet}, keeps the last good one in
 * force when a new one does not compile, and checks a plan against a fiscal year's reference.
 * <p>
 * Drools finds its parts through the thread's context class loader, so every call into it runs
 * with this bundle's class loader as that loader (see {@link #withEngineLoader}).
 */
public final class RuleEngine {
    private volatile RuleSet current;

    /** @return the rule set in force, or null before the first successful {@link #load} */
    public RuleSet current() {
        return current;
    }

    /**
     * Compiles the rules of this folder and puts them in force. If they do not compile, the rule set
     * in force stays as it was.
     *
     * @throws RuleSetException with every diagnostic (file, rule, line, column)
     */
    public RuleSet load(Path folder) throws RuleSetException {
        RuleSet compiled = compile(folder);
        current = compiled;
        return compiled;
    }

    /** Compiles the rules of this folder without putting them in force. */
    public static RuleSet compile(Path folder) throws RuleSetException {
        return compile(folder, Map.of());
    }

    /**
     * Compiles the rules of this folder as they would be if the given {@code .drl} files held the given texts (an
     * editor's unsaved text; such a file need not exist yet), without putting them in force.
     *
     * @param unsaved texts by file, each in this folder
     */
    public static RuleSet compile(Path folder, Map<Path, String> unsaved) throws RuleSetException {
        Map<Path, String> texts = new HashMap<>();
        unsaved.forEach((file, text) -> texts.put(file.toAbsolutePath().normalize(), text));
        List<Path> files = new ArrayList<>(drlFiles(folder, !texts.isEmpty()));
        TreeSet<Path> onDisk = new TreeSet<>();
        files.forEach(f -> onDisk.add(f.toAbsolutePath().normalize()));
        texts.keySet().stream().filter(f -> !onDisk.contains(f)).forEach(files::add);
        return withEngineLoader(() -> {
            ClassLoader loader = RuleEngine.class.getClassLoader();
            KnowledgeBuilder builder = KnowledgeBuilderFactory
                    .newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader));
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (Path file : files) {
                String text = texts.get(file.toAbsolutePath().normalize());
                if (text == null) {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                }
                Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(file.getFileName().toString());
                int before = builder.getErrors().size();
                builder.add(resource, ResourceType.DRL);
                List<KnowledgeBuilderError> errors = new ArrayList<>(builder.getErrors());
                DrlSource source = new DrlSource(text);
                for (KnowledgeBuilderError error : errors.subList(before, errors.size())) {
                    diagnostics.add(diagnostic(file, source, error));
                }
            }
            if (!diagnostics.isEmpty()) {
                diagnostics.removeIf(d -> d.message().startsWith("Parser returned a null Package"));
                throw new RuleSetException(diagnostics);
            }
            KieBase kieBase = builder.newKieBase();
            List<String> ids = new ArrayList<>();
            java.util.Set<String> globals = new java.util.HashSet<>();
            for (KiePackage p : kieBase.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    ids.add(r.getName());
                }
                p.getGlobalVariables().forEach(g -> globals.add(g.getName()));
            }
            ids.sort(Comparator.naturalOrder());
            return new RuleSet(folder, kieBase, new FindingMessages(folder), ids, globals);
        });
    }

    /**
     * Checks the initiatives of the reference's fiscal year against the rules.
     *
     * @return the findings, ordered by severity, rule and subject
     */
    public static List<Finding> check(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes) {
        List<Finding> findings = checkInAnyOrder(rules, plan, reference, themes);
        findings.sort(ORDER);
        return findings;
    }

    /**
     * The findings of {@link #check}, in no particular order: for callers that index them
     * themselves (by initiative, by state), a large plan is checked without sorting.
     */
    public static List<Finding> checkInAnyOrder(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes) {
        try (RuleSession session = RuleSession.open(rules, plan, reference, themes, false)) {
            return session.findingsInAnyOrder();
        }
    }

    /**
     * Opens a session that holds the plan in the engine and re-evaluates only what each edit touches,
     * telling its listeners which findings came and went.
     */
    public static RuleSession open(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes) {
        return RuleSession.open(rules, plan, reference, themes, true);
    }

    /** Severity, then rule, then the subject: the order in which findings are reported. */
    public static final Comparator<Finding> ORDER = FindingOrder.INSTANCE;

    private static List<Path> drlFiles(Path folder, boolean mayBeEmpty) throws RuleSetException {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException(List.of(new Diagnostic(folder.toString(), null, 0, 0, "not a folder of rules")));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            if (files.isEmpty() && !mayBeEmpty) {
                throw new RuleSetException(List.of(new Diagnostic(folder.toString(), null, 0, 0, "no .drl file")));
            }
            return files;
        } catch (IOException e) {
            throw new RuleSetException(List.of(new Diagnostic(folder.toString(), null, 0, 0, e.toString())));
        }
    }

    private static Diagnostic diagnostic(Path file, DrlSource source, KnowledgeBuilderError error) {
        int line;
        int column;
        if (error instanceof DescrBuildError d) {
            line = d.getLine();
            column = d.getColumn();
        } else if (error instanceof ParserError p) {
            line = p.getRow();
            column = p.getCol();
        } else {
            int[] lines = error.getLines();
            line = lines != null && lines.length > 0 ? lines[0] : 0;
            column = 0;
        }
        String message = error.getMessage().strip();
        return new Diagnostic(file.toString(), source.ruleAt(line), line, source.column(line, column, message), message);
    }

    /** Runs this with the engine bundle's class loader as the thread's context class loader. */
    static <T> T inEngine(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleEngine.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** Runs this with the engine bundle's class loader as the thread's context class loader. */
    static <T> T withEngineLoader(Callable<T> work) throws RuleSetException {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleEngine.class.getClassLoader());
        try {
            return work.call();
        } catch (RuleSetException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuleSetException(List.of(new Diagnostic("", null, 0, 0, e.toString())));
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
