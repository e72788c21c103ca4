package org.jiandu.core.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log. {@link #getSeq() seq} is assigned by the log (1, 2, 3, …) and each entry
 * carries the hash of its predecessor, so an edited, removed or reordered row breaks the chain.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    @Id
    private long seq;

    /** Epoch milliseconds: stored as a number so the hashed value survives every database round trip unchanged. */
    @Column(name = "AT_MILLIS", nullable = false)
    private long atMillis;

    @Column(name = "ACTOR", nullable = false, length = 64)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 64)
    private String action;

    @Column(name = "TARGET", length = 400)
    private String target;

    @Column(name = "DETAIL", length = 2000)
    private String detail;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, Instant at, String actor, String action, String target, String detail,
            String prevHash) {
        this(seq, at, actor, action, target, detail, prevHash, null);
    }

    /** An entry whose hash is the MAC under {@code key} (the installation's audit key), or the plain hash when null. */
    public AuditEntry(long seq, Instant at, String actor, String action, String target, String detail,
            String prevHash, byte[] key) {
        this.seq = seq;
        this.atMillis = at.toEpochMilli();
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
        this.prevHash = prevHash;
        this.hash = key == null ? AuditChain.hashOf(this) : AuditChain.macOf(key, this);
    }

    /** An entry as it was read back from the database, with the hash it was stored with (to be verified). */
    public static AuditEntry stored(long seq, long atMillis, String actor, String action, String target, String detail,
            String prevHash, String hash) {
        AuditEntry e = new AuditEntry();
        e.seq = seq;
        e.atMillis = atMillis;
        e.actor = actor;
        e.action = action;
        e.target = target;
        e.detail = detail;
        e.prevHash = prevHash;
        e.hash = hash;
        return e;
    }

    public long getSeq() { return seq; }
    public Instant getAt() { return Instant.ofEpochMilli(atMillis); }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getTarget() { return target; }
    public String getDetail() { return detail; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
