package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.training.RotationPost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One revision of a practical rotation (实践锻炼) at a post; like {@link Enrolment}, corrected by new revisions. */
@Entity
@Table(name = "TR_ROTATION")
@SequenceGenerator(name = "TR_ROTATION_SEQ", sequenceName = "TR_ROTATION_SEQ", allocationSize = 50)
public class Rotation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_ROTATION_SEQ")
    long id;

    /** Identifies the rotation across its revisions. */
    @Column(name = "ROTATION_KEY", nullable = false, length = 40)
    String key;

    @Column(nullable = false)
    int revision;

    @Column(name = "CURRENT_ROW", nullable = false)
    boolean current;

    @Column(name = "CADRE_CODE", nullable = false, length = 32)
    String cadreCode;

    @Column(name = "CADRE_NAME", nullable = false, length = 64)
    String cadreName;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    RotationPost post;

    @Column(length = 64)
    String mentor;

    @Column(name = "START_ON", nullable = false)
    LocalDate startOn;

    @Column(name = "END_ON")
    LocalDate endOn;

    @Column(name = "SIGNED_OFF_BY", length = 64)
    String signedOffBy;

    @Column(name = "SIGNED_OFF_ON")
    LocalDate signedOffOn;

    @Column(length = 400)
    String appraisal;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
