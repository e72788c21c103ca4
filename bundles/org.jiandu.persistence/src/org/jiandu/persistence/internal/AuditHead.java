package org.jiandu.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that serialises audit appends and remembers the tail of the chain. */
@Entity
@Table(name = "AUDIT_HEAD")
public class AuditHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "LAST_SEQ", nullable = false)
    private long lastSeq;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    long getLastSeq() { return lastSeq; }
    String getLastHash() { return lastHash; }

    void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
