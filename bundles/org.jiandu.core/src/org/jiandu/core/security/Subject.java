package org.jiandu.core.security;

/**
 * The authenticated user on whose behalf a service call runs. Immutable and detached from persistence, so it
 * can be handed to any module. Every service that reads or writes scoped data takes one.
 *
 * @param username   login name
 * @param displayName name to show
 * @param role       the user's role
 * @param scopeCode  code of the organisation the user's scope is rooted at
 * @param scopeName  display name of that organisation
 * @param scopePath  materialised path of that organisation; a node is in scope when its path starts with it
 */
public record Subject(String username, String displayName, Role role, String scopeCode, String scopeName,
        String scopePath) {

    /** The user name of {@link #system}; reserved, no account may have it. */
    public static final String SYSTEM = "system";

    /** The identity used for work the system does itself (demo data, migrations). */
    public static Subject system(String scopePath) {
        return new Subject(SYSTEM, SYSTEM, Role.ADMINISTRATOR, SYSTEM, SYSTEM, scopePath);
    }

    /** Work the system does itself, not a person's: such reads are not audited as a person's. */
    public boolean isSystem() {
        return SYSTEM.equals(username);
    }

    public boolean covers(String path) {
        return path != null && path.startsWith(scopePath);
    }
}
