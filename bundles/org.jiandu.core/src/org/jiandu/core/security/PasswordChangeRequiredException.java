package org.jiandu.core.security;

/** The password was right but is a one-time password: it must be changed before the user may do anything else. */
public class PasswordChangeRequiredException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    public PasswordChangeRequiredException(String message) {
        super(message);
    }
}
