package org.jiandu.core;

/** An edit was based on a version of a record that someone else has changed since (optimistic locking). */
public class StaleDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
        super(message);
    }
}
