package org.jiandu.core.security;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.model.OrgNode;

/**
 * The one question every module asks before it shows or changes scoped data. Implementations answer from the
 * subject's scope path; callers filter queries with {@link Subject#scopePath()} and check single records here.
 */
public interface ScopeService {

    /** True when the node lies inside the subject's jurisdiction scope. */
    boolean canSee(Subject subject, OrgNode node);

    /** Throws {@link AccessDeniedException} naming the node when it lies outside the subject's scope. */
    default void checkRead(Subject subject, OrgNode node) {
        if (!canSee(subject, node)) {
            throw new AccessDeniedException(NLS.bind(SecurityMessages.denied_outside, node.getName(), subject.scopeName()));
        }
    }

    /** Read access plus a role that may edit. */
    default void checkEdit(Subject subject, OrgNode node) {
        checkRead(subject, node);
        if (!subject.role().canEdit()) {
            throw new AccessDeniedException(SecurityMessages.denied_change);
        }
    }
}
