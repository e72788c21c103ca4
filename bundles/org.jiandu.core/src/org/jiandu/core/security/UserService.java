package org.jiandu.core.security;

import java.util.List;

/** Users, their passwords and their scopes. Every login attempt, good or bad, goes to the audit log. */
public interface UserService {

    /** Checks the password; on success returns the subject, on failure throws with a message fit for the user. */
    Subject authenticate(String username, char[] password) throws AuthenticationException;

    /** Creates a user; only an administrator may. The password buffer is wiped afterwards. */
    Subject addUser(Subject actor, String username, String displayName, Role role, String scopeCode, char[] password);

    List<Subject> listUsers(Subject actor);

    /** True before the first user exists: demo data may then be loaded without a login. */
    boolean isEmpty();
}
