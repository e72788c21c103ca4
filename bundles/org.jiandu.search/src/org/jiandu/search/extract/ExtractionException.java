package org.jiandu.search.extract;

/** A file cannot be read; the message says why in one line (it goes into the index report). */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
