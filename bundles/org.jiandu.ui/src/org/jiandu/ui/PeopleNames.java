package org.jiandu.ui;

import java.util.Map;

import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;

/**
 * People shown by name where records keep a login name (recorded by, changed by, reviewer, trainer): built once per
 * screen from {@link UserService#displayNames()}. The system's own changes read "system (automatic)", no one reads as
 * blank, and a login no longer known (a removed account) is shown as it is.
 */
public final class PeopleNames {

    private final Map<String, String> names;

    public PeopleNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The names of every account the user service knows now. */
    public static PeopleNames of(UserService users) {
        return new PeopleNames(users.displayNames());
    }

    /** The display name of {@code username}. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (Subject.SYSTEM.equals(username)) {
            return Messages.people_system;
        }
        return names.getOrDefault(username, username);
    }
}
