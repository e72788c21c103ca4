package org.jiandu.patrol.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.patrol.RectificationStage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The rectification (整改) of a finding: owner, deadline, stage, evidence, closing and its reviewer. */
@Entity
@Table(name = "PT_RECTIFICATION")
@SequenceGenerator(name = "PT_RECTIFICATION_SEQ", sequenceName = "PT_RECTIFICATION_SEQ", allocationSize = 50)
public class RectificationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_RECTIFICATION_SEQ")
    long id;

    @Version
    long version;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(nullable = false, length = 100)
    String owner;

    @Column(nullable = false)
    LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    RectificationStage stage;

    @Column(name = "EVIDENCE_SHA", length = 64)
    String evidenceSha;

    @Column(name = "EVIDENCE_NAME", length = 260)
    String evidenceName;

    @Column(name = "EVIDENCE_ON")
    LocalDate evidenceOn;

    @Column(name = "CLOSED_ON")
    LocalDate closedOn;

    @Column(length = 64)
    String reviewer;

    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
}
