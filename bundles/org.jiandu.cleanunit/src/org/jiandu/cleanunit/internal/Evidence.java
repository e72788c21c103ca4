package org.jiandu.cleanunit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Evidence for one indicator; the file is files/cleanunit/&lt;sha256&gt;. */
@Entity(name = "CuEvidence")
@Table(name = "CU_EVIDENCE")
public class Evidence {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Column(name = "CREATION_ID", nullable = false)
    long creationId;
    @Column(nullable = false, length = 32)
    String indicator;
    @Column(name = "FILE_NAME", nullable = false, length = 260)
    String fileName;
    @Column(nullable = false, length = 64)
    String sha256;
    @Column(name = "SIZE_BYTES", nullable = false)
    long size;
    @Column(name = "ADDED_BY", nullable = false, length = 64)
    String addedBy;
    @Column(name = "ADDED_AT", nullable = false)
    Instant addedAt;
}
