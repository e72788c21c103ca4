package org.jiandu.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;

/**
 * Holds every transaction of {@link DatabaseImpl#tx} to the rule that a change commits with its audit entry. Added to
 * each unit's session when it is deployed, it notes what a flush or commit changes (entities, bulk and native
 * updates) and refuses, just before the database commits, a transaction that changed something and appended no entry.
 * Writes through the raw JDBC connection are not seen: only the audit log itself and backups use it.
 */
final class AuditedCommits extends SessionEventAdapter {

    static final AuditedCommits LISTENER = new AuditedCommits();

    /** EclipseLink's name for the change set in this event's properties. */
    private static final String CHANGE_SET = "UnitOfWorkChangeSet";

    private AuditedCommits() {
    }

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (event.getProperty(CHANGE_SET) instanceof UnitOfWorkChangeSet changes && changes.hasChanges()) {
            List<String> kinds = new ArrayList<>();
            kindsOf(changes.getAllChangeSets(), kinds);
            kindsOf(changes.getDeletedObjects(), kinds);
            DatabaseImpl.changed(kinds.isEmpty() ? List.of("rows") : kinds);
        }
    }

    @Override
    public void preExecuteQuery(SessionEvent event) {
        DatabaseQuery q = event.getQuery();
        if (q != null && q.isModifyQuery()) {
            Class<?> of = q.getReferenceClass();
            DatabaseImpl.changed(List.of(of != null ? of.getSimpleName() : "a native update"));
        }
    }

    @Override
    public void preCommitTransaction(SessionEvent event) {
        DatabaseImpl.refuseUnaudited();
    }

    private static void kindsOf(Map<?, ?> changeSets, List<String> into) {
        for (Object cs : changeSets.keySet()) {
            if (cs instanceof ObjectChangeSet ocs && ocs.getClassName() != null) {
                String name = ocs.getClassName();
                into.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
    }
}
