package org.grassroots.planner.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
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
 * A check never reports success when it could not finish: a rule that throws, a runaway rule (more than
 * {@linkplain #firingLimit 1,000 × (facts + 1)} firings) or an evaluation longer than its timeout make it
 * throw a {@link RuleFailureException} that names the rule and its file:line, instead of returning
 * findings. Nothing is printed.
 * <p>
 * Drools finds its parts through the thread's context class loader, so every call into it runs
 * with the engine's class loader ({@link DroolsClassLoader}: this bundle and the Drools bundles) as that loader
 * (see {@link #withEngineLoader}).
 * <p>
 * <b>Why Drools' internal {@code KnowledgeBuilder} (kie-internal) and not the public {@code KieBuilder}:</b> the
 * contract's diagnostics name file, rule, line and column, and the editor compiles unsaved texts every half second.
 * The public route builds a whole KieModule (a kmodule, a release id, an in-memory jar, Maven support) from a
 * {@code KieFileSystem} and reports its messages for all files together; {@code KnowledgeBuilder} takes one resource at
 * a time, so each error is tied to the file just added, and it builds the rule base with a configuration
 * ({@code drools.shareBetaNodes=false}, see {@link #newKieBase}) without a container. Its results carry the same line
 * and column. Kept for those reasons; the rest of the product sees only this facade.
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

    /**
     * Puts in force the rules of this folder: the given rule set if it is this folder's, loaded from the rule cache
     * ({@link #cached}) under the key of the folder's files as they are now (none changed since), else the folder
     * compiled as by {@link #load(Path)}. So a rule set loaded ahead, in parallel with other work, is used only if it
     * is not stale.
     *
     * @param ahead a rule set of {@link #cached}, or null
     * @throws RuleSetException with every diagnostic (file, rule, line, column)
     */
    public RuleSet load(Path folder, RuleSet ahead) throws RuleSetException {
        if (ahead != null && ahead.cacheKey() != null && ahead.folder().equals(folder)) {
            CompiledRuleCache now = CompiledRuleCache.of(folder);
            if (now != null && now.key().equals(ahead.cacheKey())) {
                current = ahead;
                return ahead;
            }
        }
        return load(folder);
    }

    /**
     * The rules of this folder if their compiled form is in the rule cache (the folder's files as they are now),
     * without putting them in force; null if it is not (then nothing is compiled: a caller that starts this beside
     * other work never spends a cold compile there).
     */
    public static RuleSet cached(Path folder) {
        return cached(folder, Files.isDirectory(folder) ? CompiledRuleCache.of(folder) : null);
    }

    private static RuleSet cached(Path folder, CompiledRuleCache cache) {
        if (cache == null) {
            return null;
        }
        try {
            return withEngineLoader(() -> {
                CompiledRuleCache.Entry entry = cache.load(DroolsClassLoader.INSTANCE);
                return entry == null ? null
                        : ruleSet(folder, newKieBase(entry.packages(), DroolsClassLoader.INSTANCE), entry.locations(),
                                entry.misfits()).fromCache(cache.key());
            });
        } catch (RuleSetException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Loads the engine's classes for building a rule base and running a session (an empty rule base with the rule sets'
     * configuration, a session on it, fired and disposed) on the calling thread, and nothing else: for a caller that
     * would otherwise wait while another thread loads or compiles its rules ({@code planner check} once the plan is
     * read), so that the building and the check that follow find them loaded. Any failure is ignored: then the
     * build or check loads them itself.
     */
    public static void prepare() {
        try {
            withEngineLoader(() -> {
                KieBase empty = newKieBase(List.of(), DroolsClassLoader.INSTANCE);
                org.kie.api.runtime.KieSession session = empty.newKieSession();
                try {
                    session.fireAllRules();
                } finally {
                    session.dispose();
                }
                return null;
            });
        } catch (RuleSetException | RuntimeException | LinkageError e) {
            // nothing prepared: the build and the check load what they need
        }
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
        // a folder compiled before (same files, same Drools and model) is loaded, not compiled: CompiledRuleCache. Its
        // key is the hash of the raw files, so a hit neither expands .dslr files nor parses the matrix (the entry keeps
        // what they give). Never for an editor's unsaved text.
        CompiledRuleCache cache = texts.isEmpty() && Files.isDirectory(folder) ? CompiledRuleCache.of(folder) : null;
        RuleSet loaded = cached(folder, cache);
        if (loaded != null) {
            return loaded;
        }
        RuleFiles.Read files = readRules(folder, texts);
        return withEngineLoader(() -> {
            Map<Path, String> read = files.drl();
            ClassLoader loader = DroolsClassLoader.INSTANCE;
            List<Diagnostic> diagnostics = new ArrayList<>(files.problems());
            Path matrixFile = folder.resolve(KindThemeMatrix.FILE);
            String matrixText = texts.get(matrixFile.toAbsolutePath().normalize());
            List<ThemeMisfit> misfits = KindThemeMatrix.read(matrixFile,
                    matrixText != null ? matrixText : KindThemeMatrix.text(folder), diagnostics).stream()
                    .map(KindThemeMatrix.Cell::misfit).toList();
            KnowledgeBuilder builder = KnowledgeBuilderFactory
                    .newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader));
            Map<String, String> locations = new HashMap<>();
            for (Map.Entry<Path, String> entry : read.entrySet()) {
                Path file = entry.getKey();
                String text = entry.getValue();
                Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(file.getFileName().toString());
                int before = builder.getErrors().size();
                builder.add(resource, ResourceType.DRL);
                List<KnowledgeBuilderError> errors = new ArrayList<>(builder.getErrors());
                DrlSource source = new DrlSource(text);
                Map<Integer, String> unexpanded = files.unexpanded().getOrDefault(file, Map.of());
                for (KnowledgeBuilderError error : errors.subList(before, errors.size())) {
                    Diagnostic d = diagnostic(file, source, error);
                    String phrase = unexpanded.get(d.line());
                    diagnostics.add(phrase != null ? new Diagnostic(d.file(), d.rule(), d.line(), d.column(),
                            "no phrase of the .dsl files matches \"" + phrase + "\" (read as DRL: " + d.message() + ")")
                            : onSourceLine(d, files.sources().get(file), text));
                }
                String packageName = source.packageName();
                source.ruleLines().forEach((name, line) -> locations.putIfAbsent(RuleSet.locationKey(packageName, name),
                        file + ":" + line));
                source.ruleLines().forEach((name, line) -> {
                    String rule = source.ruleText(line);
                    java.util.regex.Matcher m = SEVERITY.matcher(rule.substring(0, Math.max(0, rule.indexOf("when")) ));
                    if (m.find() ? Report.parse(m.group(1)) == null : rule.contains("Report.")) {
                        diagnostics.add(new Diagnostic(file.toString(), name, line, 1, "rule \"" + name
                                + "\" reports findings with Report but has no @severity(error), @severity(warning) or @severity(info)"
                                + (m.find(0) ? ": @severity(" + m.group(1) + ")" : "")));
                    }
                });
            }
            if (!diagnostics.isEmpty()) {
                diagnostics.removeIf(d -> d.message().startsWith("Parser returned a null Package"));
                throw new RuleSetException(diagnostics);
            }
            // a rule set that calls the system, threads, files, the network or reflection is never run
            List<Diagnostic> forbidden = new ArrayList<>();
            for (RuleVerifier.Problem p : RuleVerifier.forbiddenCalls(read)) {
                forbidden.add(new Diagnostic(p.file(), p.rule(), p.line(), 1, "forbidden call " + p.detail()
                        + ": a rule may call only the rule API and the model (not the system, threads, files, the network or reflection)"));
            }
            if (!forbidden.isEmpty()) {
                throw new RuleSetException(forbidden, true);
            }
            if (cache != null) { // only a folder without any diagnostic is kept
                cache.store(builder.getKnowledgePackages(), locations, misfits);
            }
            return ruleSet(folder, newKieBase(builder, loader), locations, misfits);
        });
    }

    private static final Pattern OFFENDING_INPUT = Pattern.compile("input '([^']+)'");

    /**
     * A diagnostic of an expanded {@code .dslr} line placed on the line the rule author wrote: Drools counts its
     * column in the expanded DRL, which is longer than the phrase. A phrase followed by words it does not take (
     * {@code - パートナーがいないよ}: the phrase, then {@code よ}) is matched and its leftover reported by Drools as
     * "mismatched input 'よ'"; the column is where that input is in the written line, and the message says so.
     */
    static Diagnostic onSourceLine(Diagnostic d, String source, String expanded) {
        if (source == null || source.equals(expanded) || d.line() < 1) {
            return d;
        }
        String[] written = source.split("\\R", -1);
        String[] drl = expanded.split("\\R", -1);
        if (d.line() > written.length || d.line() > drl.length || written[d.line() - 1].equals(drl[d.line() - 1])) {
            return d;
        }
        // the line Drools names, and the "- constraint" lines below it that the expander merged into it (left blank)
        int last = d.line();
        while (last < written.length && last < drl.length && drl[last].isBlank() && !written[last].isBlank()) {
            last++;
        }
        Matcher m = OFFENDING_INPUT.matcher(d.message());
        String input = m.find() ? m.group(1) : null;
        for (int n = last; input != null && n >= d.line(); n--) {
            String line = written[n - 1];
            int at = line.lastIndexOf(input);
            if (at >= 0) {
                return new Diagnostic(d.file(), d.rule(), n, at + 1, "\"" + input + "\" does not belong to the phrase before it on"
                        + " this line (\"" + line.substring(0, at).strip() + "\"): a phrase of the .dsl files takes no more words"
                        + " (read as DRL: " + d.message() + ")");
            }
        }
        String line = written[d.line() - 1];
        return new Diagnostic(d.file(), d.rule(), d.line(), line.length() - line.stripLeading().length() + 1, d.message());
    }

    private static RuleSet ruleSet(Path folder, KieBase kieBase, Map<String, String> locations, List<ThemeMisfit> misfits)
            throws IOException {
        List<String> ids = new ArrayList<>();
        java.util.Set<String> globals = new java.util.HashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                ids.add(r.getName());
            }
            p.getGlobalVariables().forEach(g -> globals.add(g.getName()));
        }
        ids.sort(Comparator.naturalOrder());
        return new RuleSet(folder, kieBase, new FindingMessages(folder), ids, globals, locations, misfits);
    }

    /**
     * The rule base, without beta-node sharing. Drools 10.2 with shared beta nodes leaves an {@code accumulate} stale
     * in a live session: two rules that both start {@code FiscalYearReference()} followed by an accumulate (as
     * BUDGET-OVER-CAP and REGION-PRIORITY-SHARE do) share that left input, and after an edit one of the two totals
     * keeps its old value (RuleSessionTest.everyEditLeavesTheFindingsOfAFreshCheck caught BUDGET-OVER-CAP missing).
     * A rule author cannot be asked to avoid that shape, so nothing beyond the alpha network is shared. The public
     * KIE API cannot build a rule base of a {@code KnowledgeBuilder} with a configuration: hence the cast.
     */
    private static KieBase newKieBase(KnowledgeBuilder builder, ClassLoader loader) {
        return ((org.drools.compiler.builder.impl.KnowledgeBuilderImpl) builder).newKnowledgeBase(configuration(loader));
    }

    /** The rule base of packages compiled before (CompiledRuleCache), configured as {@link #newKieBase}. */
    private static KieBase newKieBase(Collection<KiePackage> packages, ClassLoader loader) {
        org.drools.kiesession.rulebase.InternalKnowledgeBase kieBase =
                org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase(configuration(loader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static org.kie.api.KieBaseConfiguration configuration(ClassLoader loader) {
        java.util.Properties options = new java.util.Properties();
        options.setProperty("drools.shareBetaNodes", "false");
        return org.kie.api.KieServices.Factory.get().newKieBaseConfiguration(options, loader);
    }

    private static final java.util.regex.Pattern SEVERITY = java.util.regex.Pattern.compile("@severity\\s*\\(\\s*([^)]*)\\)");

    /** The time an evaluation is allowed unless the caller says otherwise (the command line's {@code --timeout} default). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    /** How many firings of rules one evaluation is allowed per fact (see {@link #firingLimit}). */
    public static final long FIRINGS_PER_FACT = 1_000;

    /**
     * The most rule firings one evaluation is allowed: 1,000 × (facts + 1). An evaluation is one
     * {@link #check}, or the opening of a {@link RuleSession}, or one edit of it (or its reopening). The facts
     * counted are those the engine inserts into the session: every initiative given (the whole plan, other
     * fiscal years and cancelled initiatives included; in a live session the initiatives it holds at that
     * edit), the fiscal year's reference (1), each of the reference's missions and each theme of the
     * catalogue. Facts that rules insert themselves ({@code insert}, {@code insertLogical}) do not count.
     * The shipped rules fire about once per finding, far below the limit; a rule over it is almost certainly
     * looping ({@code update($i)} without {@code no-loop}), and the evaluation throws
     * {@link RuleFiringLimitException}.
     *
     * @return {@code 1_000 × (facts + 1)}
     */
    public static long firingLimit(long facts) {
        return FIRINGS_PER_FACT * (facts + 1);
    }

    /**
     * Checks the initiatives of the reference's fiscal year against the rules, within
     * {@link #DEFAULT_TIMEOUT}.
     *
     * @return the findings, ordered by severity, rule and subject
     * @throws RuleFailureException if the rules could not finish: see {@link #check(RuleSet, Collection,
     *             FiscalYearReference, Collection, Set, Duration)}
     */
    public static List<Finding> check(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, Set<String> outreachStates) {
        return check(rules, plan, reference, themes, outreachStates, DEFAULT_TIMEOUT);
    }

    /**
     * Checks the initiatives of the reference's fiscal year against the rules. A check that cannot finish
     * has no findings: it throws.
     *
     * @param themes the theme catalogue (facts, and their codes the global {@code knownThemes})
     * @param outreachStates the codes of the outreach states, where no Japanese mission sits (the global
     *            {@code outreachStates}); the caller takes them from the same reference data as the themes
     * @param timeout how long the evaluation may take (positive)
     * @return the findings, ordered by severity, rule and subject
     * @throws RuleFailureException if a rule's consequence threw (the exception names the rule, its
     *             file:line and what it threw, its cause), {@link RuleFiringLimitException} if the rules fired
     *             more than {@link #firingLimit} times, {@link RuleTimeoutException} if they did not come to rest
     *             within the timeout
     */
    public static List<Finding> check(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, Set<String> outreachStates, Duration timeout) {
        List<Finding> findings = checkInAnyOrder(rules, plan, reference, themes, outreachStates, timeout);
        findings.sort(ORDER);
        return findings;
    }

    /**
     * The findings of {@link #check}, in no particular order: for callers that index them
     * themselves (by initiative, by state), a large plan is checked without sorting.
     *
     * @throws RuleFailureException as {@link #check(RuleSet, Collection, FiscalYearReference, Collection, Set, Duration)}
     */
    public static List<Finding> checkInAnyOrder(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, Set<String> outreachStates) {
        return checkInAnyOrder(rules, plan, reference, themes, outreachStates, DEFAULT_TIMEOUT);
    }

    /**
     * The findings of {@link #check(RuleSet, Collection, FiscalYearReference, Collection, Set, Duration)}, in no
     * particular order.
     *
     * @throws RuleFailureException as that method
     */
    public static List<Finding> checkInAnyOrder(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, Set<String> outreachStates, Duration timeout) {
        try (RuleSession session = RuleSession.open(rules, plan, reference, themes, outreachStates, false, timeout)) {
            return session.findingsInAnyOrder();
        }
    }

    /**
     * Opens a session that holds the plan in the engine and re-evaluates only what each edit touches,
     * telling its listeners which findings came and went. Each evaluation is allowed {@link #DEFAULT_TIMEOUT}.
     *
     * @throws RuleFailureException if the first evaluation fails (nothing stays open)
     */
    public static RuleSession open(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, Set<String> outreachStates) {
        return open(rules, plan, reference, themes, outreachStates, DEFAULT_TIMEOUT);
    }

    /**
     * Opens a session as {@link #open(RuleSet, Collection, FiscalYearReference, Collection, Set)}, each of whose
     * evaluations (this first one, each edit, a reopening) is allowed this time.
     *
     * @throws RuleFailureException if the first evaluation fails (nothing stays open)
     */
    public static RuleSession open(RuleSet rules, Collection<Initiative> plan, FiscalYearReference reference,
            Collection<Theme> themes, Set<String> outreachStates, Duration timeout) {
        return RuleSession.open(rules, plan, reference, themes, outreachStates, true, timeout);
    }

    /** Severity, then rule, then the subject: the order in which findings are reported. */
    public static final Comparator<Finding> ORDER = FindingOrder.INSTANCE;

    /** The folder's rule files as DRL ({@code .dslr} expanded); at least one rule file unless unsaved texts are given. */
    private static RuleFiles.Read readRules(Path folder, Map<Path, String> unsaved) throws RuleSetException {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException(List.of(new Diagnostic(folder.toString(), null, 0, 0, "not a folder of rules")));
        }
        try {
            RuleFiles.Read read = RuleFiles.read(folder, unsaved);
            if (read.drl().isEmpty() && read.problems().isEmpty() && unsaved.isEmpty()) {
                throw new RuleSetException(List.of(new Diagnostic(folder.toString(), null, 0, 0, "no .drl or .dslr file")));
            }
            return read;
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

    /** Runs this with the engine's class loader as the thread's context class loader. */
    static <T> T inEngine(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(DroolsClassLoader.INSTANCE);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** Runs this with the engine's class loader as the thread's context class loader. */
    static <T> T withEngineLoader(Callable<T> work) throws RuleSetException {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(DroolsClassLoader.INSTANCE);
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
