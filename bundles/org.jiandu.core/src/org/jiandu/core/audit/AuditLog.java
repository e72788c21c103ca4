package org.jiandu.core.audit;

import java.time.Instant;
import java.util.List;

import org.jiandu.core.security.Subject;

import jakarta.persistence.EntityManager;

/**
 * The append-only, tamper-evident audit log (see {@link AuditChain}). Never takes secrets: callers pass names and ids,
 * not passwords.
 */
public interface AuditLog {

    String LOGIN = "login";
    String LOGIN_FAILED = "login.failed";
    String CHANGE = "change";
    String EXPORT = "export";
    String READ = "read";

    /** Appends an entry in its own transaction and returns it (logins and other events that change nothing). */
    AuditEntry append(String actor, String action, String target, String detail);

    default AuditEntry append(Subject subject, String action, String target, String detail) {
        return append(subject.username(), action, target, detail);
    }

    /**
     * Appends inside the transaction {@code em} is in — the entity manager of any persistence unit over this
     * database, a module's included — so a change and its entry commit or roll back together. {@code em} must come
     * from {@code Database.tx}.
     */
    AuditEntry append(EntityManager em, String actor, String action, String target, String detail);

    default AuditEntry append(EntityManager em, Subject subject, String action, String target, String detail) {
        return append(em, subject.username(), action, target, detail);
    }

    /** Walks the whole chain and compares it with the checkpoint kept outside the database. */
    VerifyResult verify();

    /** The newest entries, newest first; only an administrator may read the log. */
    default List<AuditEntry> latest(Subject subject, int max) {
        return list(subject, Filter.ALL, max);
    }

    /** The newest entries that match, newest first; only an administrator may read the log. */
    List<AuditEntry> list(Subject subject, Filter filter, int max);

    /**
     * What to list; null fields match everything.
     *
     * @param actor        exact user name
     * @param action       exact action ({@link #CHANGE}, {@link #READ}, …)
     * @param targetPrefix the target starts with it, e.g. {@code training-session:}
     * @param from         at or after
     * @param to           before
     */
    record Filter(String actor, String action, String targetPrefix, Instant from, Instant to) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /**
     * @param intact       true when every entry links and hashes correctly
     * @param entries      number of entries checked
     * @param firstBadSeq  seq of the first entry that fails, or -1
     * @param problem      what is wrong with it, or null
     */
    record VerifyResult(boolean intact, long entries, long firstBadSeq, String problem) {
    }
}
