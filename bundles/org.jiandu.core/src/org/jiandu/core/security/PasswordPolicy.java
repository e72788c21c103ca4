package org.jiandu.core.security;

import java.util.Locale;

/** What a password must be: long enough, and not the user's own name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException naming the rule the password breaks */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
        }
        String pw = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && pw.contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a password must not contain the user name");
        }
    }
}
