package org.jiandu.persistence.internal;

import java.util.Set;

/**
 * A transaction that changed data and was about to commit without an audit entry: it is rolled back. Every change is
 * audited in its own transaction (non-negotiable), and an update's backup stands in for a migration's only because of
 * it ({@code MigrationBackups}), so a write path that forgets its entry fails at once instead of going unseen. Names
 * only what kinds of rows changed, never their values.
 */
final class UnauditedChange extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    UnauditedChange(Set<String> changed) {
        super("a change (" + String.join(", ", changed) + ") was about to be committed without an audit entry, so it"
                + " was rolled back: append the entry in the same transaction (AuditLog.append(em, ...))");
    }

    /** The refusal behind {@code e} (EclipseLink wraps what a listener throws at commit), else {@code e}. */
    static RuntimeException in(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnauditedChange refused) {
                return refused;
            }
        }
        return e;
    }
}
