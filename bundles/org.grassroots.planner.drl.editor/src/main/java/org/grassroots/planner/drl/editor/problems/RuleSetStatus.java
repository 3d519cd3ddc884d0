package org.grassroots.planner.drl.editor.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.grassroots.planner.rules.Diagnostic;

/**
 * Whether the saved rule set of each folder compiles, as last found on saving one of its files; editors and the
 * rules folder view listen, so that a rule set that does not compile is shown as such until it is fixed.
 */
public final class RuleSetStatus {
    /** The state of a folder's saved rule set: it compiles (with this many rules) or not (with these diagnostics). */
    public record State(Path folder, boolean compiles, int rules, List<Diagnostic> diagnostics) {
        public static State compiled(Path folder, int rules) {
            return new State(folder, true, rules, List.of());
        }

        public static State broken(Path folder, List<Diagnostic> diagnostics) {
            return new State(folder, false, 0, List.copyOf(diagnostics));
        }
    }

    private static final Map<Path, State> STATES = new ConcurrentHashMap<>();
    private static final List<Consumer<State>> LISTENERS = new CopyOnWriteArrayList<>();

    private RuleSetStatus() {
    }

    /** @return the last known state of this folder's rule set, or null if none was found yet */
    public static State of(Path folder) {
        return folder == null ? null : STATES.get(folder.toAbsolutePath().normalize());
    }

    /** Records a folder's state and tells the listeners (on the caller's thread). */
    public static void put(State state) {
        Path key = state.folder().toAbsolutePath().normalize();
        STATES.put(key, state);
        LISTENERS.forEach(l -> l.accept(state));
    }

    public static void addListener(Consumer<State> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<State> listener) {
        LISTENERS.remove(listener);
    }
}
