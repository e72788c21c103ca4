package org.jiandu.cleanunit.internal;

import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;

/**
 * Who may take which side of a creation. The unit's side (with the township commission that guides it): declare,
 * assess itself, appeal. The county commission's side ({@link Role#actsForCounty()}) reviews, verifies, notices,
 * publishes, revokes and scores on site.
 */
final class CleanUnitRoles {

    private CleanUnitRoles() {
    }

    static boolean unitSide(Role r) {
        return r.actsForCounty() || r == Role.TOWNSHIP_COMMISSION;
    }

    static void requireUnitSide(Subject s) {
        if (!unitSide(s.role())) {
            throw new AccessDeniedException(CuMessages.bind(CuMessages.may_not_edit, s.displayName()));
        }
    }

    static void requireCounty(Subject s, String what) {
        if (!s.role().actsForCounty()) {
            throw new AccessDeniedException(CuMessages.bind(CuMessages.county_only, what));
        }
    }
}
