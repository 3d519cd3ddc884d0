package org.grassroots.planner.rules;

/**
 * Hears of the findings that a {@link RuleSession} gains and loses. It is called on the thread that
 * made the change, after the rules have run, while the session is held: it may read the session
 * but should hand lengthy work (and UI updates) to another thread.
 */
@FunctionalInterface
public interface FindingsListener {

    void findingsChanged(FindingsChange change);
}
