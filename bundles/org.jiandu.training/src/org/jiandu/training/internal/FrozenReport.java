package org.jiandu.training.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A period report as it stood when frozen: its lines and their SHA-256, so later edits show as differences. */
@Entity
@Table(name = "TR_FROZEN_REPORT")
@SequenceGenerator(name = "TR_FROZEN_SEQ", sequenceName = "TR_FROZEN_SEQ", allocationSize = 10)
public class FrozenReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_FROZEN_SEQ")
    long id;

    @Column(name = "REPORT_YEAR", nullable = false)
    int year;

    @Column(name = "SCOPE_PATH", nullable = false, length = 400)
    String scopePath;

    @Column(nullable = false, length = 64)
    String sha256;

    @Lob
    @Column(nullable = false)
    String content;

    @Column(name = "FROZEN_BY", nullable = false, length = 64)
    String frozenBy;

    @Column(name = "FROZEN_AT", nullable = false)
    Instant frozenAt;
}
