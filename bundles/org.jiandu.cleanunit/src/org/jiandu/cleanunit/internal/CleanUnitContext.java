package org.jiandu.cleanunit.internal;

import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;

import jakarta.persistence.EntityManager;

/**
 * What every part of the clean-unit service shares: the module's tables, the jurisdiction, the audit log (a change
 * and its entry go through the same entity manager, so they commit together) and the scope rule for creations.
 */
final class CleanUnitContext {

    final CleanUnitStore store;
    final OrgService orgs;
    final AuditLog audit;

    CleanUnitContext(CleanUnitStore store, OrgService orgs, AuditLog audit) {
        this.store = store;
        this.orgs = orgs;
        this.audit = audit;
    }

    Database db() {
        return store.db();
    }

    /** A creation in the subject's scope; one outside it is reported like one that does not exist. */
    static Creation creation(EntityManager em, Subject subject, long id) {
        Creation c = em.find(Creation.class, id);
        if (c == null || !subject.covers(c.orgPath)) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_creation, id));
        }
        return c;
    }

    /** The pattern matching every organisation path in the subject's scope. */
    static String like(Subject s) {
        return s.scopePath() + "%";
    }
}
