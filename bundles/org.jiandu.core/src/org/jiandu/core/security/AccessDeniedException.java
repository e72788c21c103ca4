package org.jiandu.core.security;

/** Thrown when a subject asks for data outside its jurisdiction scope or beyond its role. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
