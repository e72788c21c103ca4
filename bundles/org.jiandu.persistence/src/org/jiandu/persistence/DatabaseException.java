package org.jiandu.persistence;

/** The database cannot be opened or migrated; the message names the database (without secrets) and the reason. */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, so a UI can say it in the user's language. */
    public enum Reason { IN_USE, DAMAGED, REFUSED_LOGIN, UNREACHABLE, MIGRATION, BAD_URL, SCHEMA_BEHIND, NO_KEY, OTHER }

    private final Reason reason;
    private final String database;
    private final String detail;

    public DatabaseException(Reason reason, String database, String detail, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.database = database;
        this.detail = detail;
    }

    public Reason reason() { return reason; }
    /** The database URL with secrets masked. */
    public String database() { return database; }
    /** The driver's own words, first line. */
    public String detail() { return detail; }
}
