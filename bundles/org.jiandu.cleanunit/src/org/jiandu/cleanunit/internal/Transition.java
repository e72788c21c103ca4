package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.cleanunit.CreationStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a creation's history (append-only). */
@Entity(name = "CuTransition")
@Table(name = "CU_TRANSITION")
public class Transition {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Column(name = "CREATION_ID", nullable = false)
    long creationId;
    @Column(nullable = false, length = 16)
    String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 16)
    CreationStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 16)
    CreationStatus to;
    @Column(length = 1000)
    String reason;
    @Column(name = "BY_USER", nullable = false, length = 64)
    String by;
    @Column(name = "EFFECTIVE_ON", nullable = false)
    LocalDate on;
    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
