package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something that creates training obligations: a township re-election ({@code REELECTION}, org = the township) or
 * a cadre confirmed on post after the pre-job pipeline ({@code POSTED}, cadre code set). Append-only.
 */
@Entity
@Table(name = "TR_EVENT")
@SequenceGenerator(name = "TR_EVENT_SEQ", sequenceName = "TR_EVENT_SEQ", allocationSize = 50)
public class TrainingEvent {

    static final String REELECTION = "REELECTION", POSTED = "POSTED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_EVENT_SEQ")
    long id;

    @Column(nullable = false, length = 16)
    String type;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "ORG_NAME", nullable = false, length = 100)
    String orgName;

    @Column(name = "CADRE_CODE", length = 32)
    String cadreCode;

    @Column(name = "HAPPENED_ON", nullable = false)
    LocalDate happenedOn;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
