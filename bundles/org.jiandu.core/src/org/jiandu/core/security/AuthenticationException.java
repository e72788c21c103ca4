package org.jiandu.core.security;

/** Login failed. The message never says whether the user name or the password was wrong. */
public class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
