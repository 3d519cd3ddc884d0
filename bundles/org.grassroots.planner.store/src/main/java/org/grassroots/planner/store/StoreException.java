package org.grassroots.planner.store;

/** A database operation that failed; nothing of it was written. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
