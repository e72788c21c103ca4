package org.jiandu.core.audit;

import java.util.List;

import org.jiandu.core.security.Subject;

/** The append-only, hash-chained audit log. Never takes secrets: callers pass names and ids, not passwords. */
public interface AuditLog {

    String LOGIN = "login";
    String LOGIN_FAILED = "login.failed";
    String CHANGE = "change";
    String EXPORT = "export";
    String READ = "read";

    /** Appends an entry in its own transaction and returns it. */
    AuditEntry append(String actor, String action, String target, String detail);

    default AuditEntry append(Subject subject, String action, String target, String detail) {
        return append(subject.username(), action, target, detail);
    }

    /** Walks the whole chain. */
    VerifyResult verify();

    /** The newest entries, newest first; only an administrator may read the log. */
    List<AuditEntry> latest(Subject subject, int max);

    /**
     * @param intact       true when every entry links and hashes correctly
     * @param entries      number of entries checked
     * @param firstBadSeq  seq of the first entry that fails, or -1
     * @param problem      what is wrong with it, or null
     */
    record VerifyResult(boolean intact, long entries, long firstBadSeq, String problem) {
    }
}
