package org.grassroots.planner.store;

/**
 * A database URL refused before any connection: not one of the accepted kinds, a setting that is not
 * allowed, or credentials in the URL. The message names what was refused with every value masked.
 */
public class DatabaseUrlException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseUrlException(String message) {
        super(message, null);
    }
}
