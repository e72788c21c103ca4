package org.jiandu.core.security;

/**
 * The password was right, but it is a one-time password (a new account or an administrator's reset): the user
 * must choose a password of their own with {@link UserService#changePassword} before logging in.
 */
public class PasswordChangeRequiredException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final String username;

    public PasswordChangeRequiredException(String username, String message) {
        super(message);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
