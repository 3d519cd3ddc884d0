package org.grassroots.planner.drl.editor.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.grassroots.planner.drl.editor.Messages;
import org.grassroots.planner.rules.RuleVerifier;
import org.grassroots.planner.ruletests.RuleSetVerification;

/**
 * What verify-rules last found in each rules folder (on saving one of its files, or on a run of the Rule Tests view):
 * editors show each problem of their file as a warning, the Rule Tests view lists them all.
 */
public final class VerifyResults {
    private static final Map<Path, RuleSetVerification.Result> RESULTS = new ConcurrentHashMap<>();
    private static final List<Consumer<RuleSetVerification.Result>> LISTENERS = new CopyOnWriteArrayList<>();

    private VerifyResults() {
    }

    /** @return the last result of this folder, or null if it was not verified yet */
    public static RuleSetVerification.Result of(Path folder) {
        return folder == null ? null : RESULTS.get(folder.toAbsolutePath().normalize());
    }

    /** Records a folder's result and tells the listeners (on the caller's thread). */
    public static void put(RuleSetVerification.Result result) {
        RESULTS.put(result.folder().toAbsolutePath().normalize(), result);
        LISTENERS.forEach(l -> l.accept(result));
    }

    public static void addListener(Consumer<RuleSetVerification.Result> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<RuleSetVerification.Result> listener) {
        LISTENERS.remove(listener);
    }

    /** @return the problems of a result that are in this file */
    public static List<RuleVerifier.Problem> in(RuleSetVerification.Result result, Path file) {
        if (result == null || file == null) {
            return List.of();
        }
        Path wanted = file.toAbsolutePath().normalize();
        return result.problems().stream().filter(p -> p.file() != null && !p.file().isEmpty()
                && result.folder().resolve(p.file()).toAbsolutePath().normalize().equals(wanted)).toList();
    }

    /** @return what the problem is, in the user's language, without its file:line (verify-rules: rule "ID": …) */
    public static String text(RuleVerifier.Problem p) {
        String rule = p.rule() == null ? "" : NLS.bind(Messages.verifyRule, p.rule());
        return NLS.bind(Messages.verifyText, rule, what(p));
    }

    /** @return the kind of problem and its detail, in the user's language */
    public static String what(RuleVerifier.Problem p) {
        String pattern = switch (p.kind()) {
            case FORBIDDEN_CALL -> Messages.verifyForbiddenCall;
            case REPEATED_CONDITIONS -> Messages.verifyRepeatedConditions;
            case UNKNOWN_CODE -> Messages.verifyUnknownCode;
            case NO_TEST_FIRES -> Messages.verifyNoTestFires;
            case NO_MESSAGE -> Messages.verifyNoMessage;
        };
        return NLS.bind(pattern, p.detail() == null ? "" : p.detail());
    }

    /** @return the file name and line of a problem, as file:line */
    public static String where(RuleVerifier.Problem p) {
        String name = p.file() == null ? "" : Path.of(p.file()).getFileName().toString();
        return String.format(Locale.ROOT, "%s:%d", name, p.line());
    }
}
