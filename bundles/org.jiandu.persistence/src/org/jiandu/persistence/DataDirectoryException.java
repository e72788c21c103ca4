package org.jiandu.persistence;

/** The data directory cannot be used; the message says why in words a user can act on. */
public class DataDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataDirectoryException(String message) {
        super(message);
    }

    public DataDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
