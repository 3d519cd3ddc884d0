package org.grassroots.planner.suggest;

/**
 * Told how a suggestion's search goes, and asked whether to stop: headless callers give one of their own; the
 * workbench adapts an Eclipse progress monitor (its Job's Cancel).
 */
public interface SuggestionMonitor {
    /** A monitor that hears nothing and never cancels. */
    SuggestionMonitor NONE = new SuggestionMonitor() {
    };

    /**
     * Called about ten times a second while the solver searches, and whenever it finds a better plan.
     *
     * @param elapsedMillis time spent so far
     * @param limitMillis the time box
     * @param bestScore the best score so far ({@code 0hard/-120soft})
     */
    default void progress(long elapsedMillis, long limitMillis, String bestScore) {
    }

    /** @return true to stop the search now; the best plan found so far is kept */
    default boolean isCanceled() {
        return false;
    }
}
