package org.jiandu.core.security;

import java.time.Instant;

/**
 * A user as an administrator sees it: identity, role and scope, and the state of the account.
 *
 * @param locked             too many failed logins; unlocks by itself at {@code lockedUntil}
 * @param mustChangePassword holds a one-time password that must be replaced before the first login
 * @param lastLogin          the last successful login, or null
 */
public record UserAccount(String username, String displayName, Role role, String scopeCode, String scopeName,
        boolean active, boolean locked, Instant lockedUntil, boolean mustChangePassword, Instant lastLogin,
        Instant createdAt) {
}
