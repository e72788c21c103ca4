package org.jiandu.training.ui;

import java.util.Map;

import org.jiandu.core.security.Subject;

/** People shown by name where the records keep a login name (recorded by, changed by, the session's trainer). */
final class People {

    private final Map<String, String> names;

    People(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The display name of an account; the system's changes as "system"; an unknown login as it is. */
    String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (Subject.SYSTEM.equals(username)) {
            return Messages.system_user;
        }
        return names.getOrDefault(username, username);
    }
}
