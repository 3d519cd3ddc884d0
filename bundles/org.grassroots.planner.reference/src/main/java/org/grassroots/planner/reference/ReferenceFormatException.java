package org.grassroots.planner.reference;

/** A reference file that cannot be used, with the file and the reason. */
public class ReferenceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReferenceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
