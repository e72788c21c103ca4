package org.jiandu.persistence;

import java.nio.file.Path;

/** The data directory cannot be used; the message says why in words a user can act on. */
public class DataDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, so a UI can say it in the user's language. */
    public enum Reason { IN_USE, CANNOT_CREATE, CANNOT_LOCK, CANNOT_READ_SETTINGS, CANNOT_WRITE_SETTINGS }

    private final Reason reason;
    private final transient Path path;
    private final String detail;

    public DataDirectoryException(Reason reason, Path path, String detail, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
        this.detail = detail;
    }

    public Reason reason() { return reason; }
    public Path path() { return path; }
    /** The holder of the lock (IN_USE) or the operating system's reason. */
    public String detail() { return detail; }
}
