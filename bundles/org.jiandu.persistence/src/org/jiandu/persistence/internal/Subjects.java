package org.jiandu.persistence.internal;

import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.Subject;

final class Subjects {
    private Subjects() {
    }

    static Subject of(AppUser u) {
        return new Subject(u.getUsername(), u.getDisplayName(), u.getRole(), u.getScope().getCode(),
                u.getScope().getName(), u.getScope().getPath());
    }
}
