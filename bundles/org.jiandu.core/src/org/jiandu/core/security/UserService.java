package org.jiandu.core.security;

import java.util.List;
import java.util.Map;

/**
 * Users, their passwords and their scopes. Every login attempt, good or bad, and every change of an account goes to
 * the audit log, never with a password or a hash. Passwords follow {@link PasswordPolicy}; failed logins are slowed
 * down and finally lock the account as {@link LoginThrottle} says. Administration needs a subject whose role
 * {@link Role#canManageUsers() manages users} and whose scope covers the account (and its new scope).
 */
public interface UserService {

    /**
     * Checks the password; on success returns the subject, on failure throws with a message fit for the user that
     * never says whether the name exists. The password buffer is wiped.
     *
     * @throws PasswordChangeRequiredException the password was right but is a one-time password: call
     *         {@link #changePassword} first
     */
    Subject authenticate(String username, char[] password) throws AuthenticationException;

    /**
     * Changes one's own password; works while the password is a one-time one. The old password is checked like a
     * login (a wrong one counts towards throttling and lockout); the new one must pass {@link PasswordPolicy}.
     * Both buffers are wiped.
     *
     * @throws IllegalArgumentException the new password breaks a rule (named in the message)
     */
    void changePassword(String username, char[] oldPassword, char[] newPassword) throws AuthenticationException;

    /**
     * Creates a user with a generated one-time password, returned here and nowhere else: show it once. The user
     * must change it at the first login.
     */
    String addUser(Subject actor, String username, String displayName, Role role, String scopeCode);

    /** Replaces the user's password with a new one-time password (returned, shown once) and lifts a lockout. */
    String resetPassword(Subject actor, String username);

    /** Disables or enables an account; a disabled user cannot log in. An administrator cannot disable themself. */
    void setActive(Subject actor, String username, boolean active);

    /** Changes role and/or scope (null keeps it); effective at the user's next login. Not for one's own account. */
    void changeRoleAndScope(Subject actor, String username, Role role, String scopeCode);

    /** Lifts a lockout and forgets the failed logins. */
    void unlock(Subject actor, String username);

    /** The accounts inside the actor's scope, by name. */
    List<UserAccount> listUsers(Subject actor);

    /**
     * The names people are shown by, for the user names that records keep (who changed, closed or reviewed
     * something): every account's user name to its display name. Any logged-in user may ask, so that a history
     * shows "张明" rather than a login name; {@link Subject#SYSTEM} is not an account and not in the map.
     */
    Map<String, String> displayNames();

    /** True before the first user exists: demo data may then be loaded without a login. */
    boolean isEmpty();
}
