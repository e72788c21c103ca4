package org.jiandu.persistence;

/** The database cannot be opened or migrated; the message names the database (without secrets) and the reason. */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
